package dev.schemac.gen.sqlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.support.TestModels;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.testing.PythonHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Functional parity of the SQLModel output with the DDL, proven by the real tools for every
 * example, every SQL test model and the reserved-word stress models (the Alembic and PostgreSQL
 * comparisons of those on demand, see TestModels#everyReservedRun): real SQLModel imports it and its create_all builds
 * exactly the Catalog (on SQLite and PostgreSQL), Alembic finds nothing to migrate between
 * the models and the databases OUR DDL builds, and mypy (strict) and ruff accept it. The
 * only differences forgiven are those in the allow-list.
 */
class SqlModelParityTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> models() {
        return TestModels.relationalAndReserved().stream().map(p -> Arguments.of(name(p), p));
    }

    /** For the slower comparisons (Alembic, PostgreSQL): the stress models only on demand. */
    static Stream<Arguments> modelsOnDemand() {
        return TestModels.relationalAndReservedOnDemand().stream().map(p -> Arguments.of(name(p), p));
    }

    private static String name(Path schema) {
        return schema.getFileName().toString().replace(".schema", "");
    }

    record Generated(Catalog catalog, Map<String, String> files) {}

    static Generated generate(Path schema) {
        Compilation c = Compiler.compile(List.of(schema));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("sqlmodel").orElseThrow(), Targets.byName("sqlite").orElseThrow(),
                Targets.byName("postgres").orElseThrow()), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        return new Generated(c.catalog(), r.files());
    }

    /** The module in a directory of its own, as models.py: mypy and imports see it by that name. */
    private Path write(String name, String source) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        return Files.writeString(dir.resolve("models.py"), source);
    }

    static List<String> diffs(JsonNode compare) {
        var out = new ArrayList<String>();
        compare.get("diffs").forEach(d -> out.add(d.get("summary").asText()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void mypyStrictAndRuffFindNothing(String name, Path schema) throws Exception {
        Path models = write(name, generate(schema).files().get("sqlmodel/models.py"));
        JsonNode r = PythonHarness.typecheck(models);
        assertThat(r.at("/mypy/output").asText()).as("mypy --strict").contains("Success: no issues found");
        assertThat(r.at("/mypy/findings")).as("mypy findings").isEmpty();
        assertThat(r.at("/ruff/findings")).as("ruff findings").isEmpty();
        assertThat(r.at("/ruff_format/ok").asBoolean()).as("ruff format --check: %s", r.at("/ruff_format/output").asText()).isTrue();
        assertThat(r.get("ok").asBoolean()).isTrue();
    }

    /** pydantic and SQLAlchemy accept every name as written: importing the module warns about nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void importsWithoutAWarning(String name, Path schema) throws Exception {
        Path models = write(name, generate(schema).files().get("sqlmodel/models.py"));
        Path script = Files.writeString(models.resolveSibling("import_strict.py"),
                "import warnings\n\nwarnings.simplefilter(\"error\")\nimport models  # noqa: E402,F401\n");
        JsonNode r = PythonHarness.run(Map.of("DATABASE_URL", "sqlite://"), "run", script.toString());
        assertThat(r.get("exit_code").asInt()).as("importing with warnings as errors: %s", r.get("stderr").asText()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void createAllOnSqliteBuildsTheCatalog(String name, Path schema) throws Exception {
        var g = generate(schema);
        Path models = write(name, g.files().get("sqlmodel/models.py"));
        try (var db = ProvenDatabase.sqlite(name)) {
            JsonNode created = PythonHarness.modelsCreate(models, db.sqlalchemyUrl());
            assertThat(created.get("dialect").asText()).isEqualTo("sqlite");
            assertThat(db.differencesFrom(g.catalog())).as("create_all's database against the Catalog").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelsOnDemand")
    void alembicFindsNothingBetweenTheModelsAndOurSqliteDdl(String name, Path schema) throws Exception {
        var g = generate(schema);
        Path models = write(name, g.files().get("sqlmodel/models.py"));
        try (var db = ProvenDatabase.sqlite(name)) {
            db.run(g.files().get("sql/sqlite/schema.sql"));
            JsonNode r = PythonHarness.compare(models, db.sqlalchemyUrl());
            assertThat(r.at("/options/compare_server_default").asBoolean()).isTrue();
            assertThat(r.at("/options/check_constraints_by_name").asBoolean()).isTrue();
            assertThat(r.get("metadata_tables")).as("every table is compared").hasSize(g.catalog().tables().size());
            assertThat(diffs(r)).as("Alembic compare_metadata against the SQLite DDL").isEmpty();
        }
    }

    /**
     * Server defaults are left out of Alembic's PostgreSQL comparison: Alembic 1.20.1
     * crashes there ('Identity' object has no attribute 'arg') when a compare hook meets an
     * identity column, which every autoincrement key of our DDL is. The defaults are
     * compared below instead, column by column, on two real databases.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modelsOnDemand")
    void alembicFindsNothingBetweenTheModelsAndOurPostgresDdl(String name, Path schema) throws Exception {
        var g = generate(schema);
        Path models = write(name, g.files().get("sqlmodel/models.py"));
        try (var db = ProvenDatabase.postgres(name)) {
            db.run(g.files().get("sql/postgres/schema.sql"));
            JsonNode r = PythonHarness.compare(models, db.sqlalchemyUrl(), "--no-server-defaults");
            assertThat(r.get("dialect").asText()).isEqualTo("postgresql");
            assertThat(r.at("/options/compare_type").asBoolean()).isTrue();
            assertThat(r.get("metadata_tables")).as("every table is compared").hasSize(g.catalog().tables().size());
            assertThat(diffs(r)).as("Alembic compare_metadata against the PostgreSQL DDL").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelsOnDemand")
    void createAllOnPostgresBuildsTheCatalogWithTheDdlDefaults(String name, Path schema) throws Exception {
        var g = generate(schema);
        Path models = write(name, g.files().get("sqlmodel/models.py"));
        AllowList allow = AllowList.load();
        try (var ddl = ProvenDatabase.postgres(name + "_ddl"); var orm = ProvenDatabase.postgres(name + "_orm")) {
            ddl.run(g.files().get("sql/postgres/schema.sql"));
            JsonNode fromDdl = PythonHarness.run(Map.of(), "inspect", ddl.sqlalchemyUrl());
            JsonNode fromModels = PythonHarness.modelsCreate(models, orm.sqlalchemyUrl());
            assertThat(orm.differencesFrom(g.catalog())).as("create_all's database against the Catalog").isEmpty();
            var expected = defaults(fromDdl);
            var actual = defaults(fromModels);
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            var differ = new ArrayList<String>();
            var forgiven = new ArrayList<String>();
            for (var e : expected.entrySet()) {
                String fromOrm = actual.get(e.getKey());
                if (java.util.Objects.equals(e.getValue(), fromOrm)) continue;
                boolean allowed = allow.allowsPostgresDefault(fromOrm, autoIncrement(g.catalog(), e.getKey()));
                (allowed ? forgiven : differ).add(e.getKey() + ": DDL " + e.getValue() + ", models " + fromOrm);
            }
            assertThat(differ).as("column defaults on PostgreSQL, DDL against create_all").isEmpty();
            // The entry forgives the autoincrement keys and nothing else: it is neither dead nor too wide.
            assertThat(forgiven).hasSize((int) g.catalog().tables().stream()
                    .flatMap(t -> t.columns().stream()).filter(Column::autoIncrement).count());
        }
    }

    /** table.column → the default PostgreSQL reports for it. */
    private static Map<String, String> defaults(JsonNode inspected) {
        var out = new TreeMap<String, String>();
        for (JsonNode t : inspected.get("tables")) {
            for (JsonNode c : t.get("columns")) {
                JsonNode d = c.get("default");
                out.put(t.get("name").asText() + "." + c.get("name").asText(), d == null || d.isNull() ? null : d.asText());
            }
        }
        return out;
    }

    private static boolean autoIncrement(Catalog catalog, String tableColumn) {
        String[] tc = tableColumn.split("\\.", 2);
        Table t = catalog.table(tc[0]).orElseThrow();
        return t.column(tc[1]).map(Column::autoIncrement).orElse(false);
    }

    /** The comparison can fail: a changed length, a lost index and a lost check are all reported. */
    @Test
    void alembicReportsAModelThatDiffersFromTheDdl() throws Exception {
        var g = generate(TestPaths.examples().resolve("shop/shop.schema"));
        String source = g.files().get("sqlmodel/models.py");
        String changed = source
                .replace("email: str = Field(\n        max_length=255,", "email: str = Field(\n        max_length=200,")
                .replace("deleted_at: AwareDatetime | None = Field(default=None, index=True, sa_type=UtcDateTime)\n\n\nclass User(",
                        "deleted_at: AwareDatetime | None = Field(default=None, sa_type=UtcDateTime)\n\n\nclass User(")
                .replace("        sa.CheckConstraint(sa.column(\"quantity\") > 0, name=\"ck_order_items_quantity\"),\n", "");
        assertThat(changed).as("the length edit applies").contains("email: str = Field(\n        max_length=200,");
        assertThat(changed).as("the index edit applies").doesNotContain("index=True, sa_type=UtcDateTime)\n\n\nclass User(");
        assertThat(changed).as("the check edit applies").doesNotContain("ck_order_items_quantity");
        assertThat(changed).as("the test's edits apply").isNotEqualTo(source);
        Path models = write("changed", changed);
        try (var db = ProvenDatabase.sqlite("changed")) {
            db.run(g.files().get("sql/sqlite/schema.sql"));
            List<String> found = diffs(PythonHarness.compare(models, db.sqlalchemyUrl()));
            assertThat(found).anyMatch(d -> d.startsWith("modify_type users.email"));
            assertThat(found).anyMatch(d -> d.contains("remove_index") && d.contains("idx_users_deleted_at"));
            assertThat(found).anyMatch(d -> d.contains("ck_order_items_quantity"));
        }
    }

    @Test
    void everyAllowListEntryHasAReasonAndAUniqueId() throws Exception {
        var entries = AllowList.load().entries();
        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(e.reason()).hasSizeGreaterThan(40));
        assertThat(entries.stream().map(AllowList.Entry::id).distinct()).hasSameSizeAs(entries);
    }

    @Test
    void theAllowListForgivesOnlyWhatItNames() throws Exception {
        AllowList allow = AllowList.load();
        assertThat(allow.allowsPostgresDefault("nextval('users_id_seq'::regclass)", true)).isTrue();
        assertThat(allow.allowsPostgresDefault("nextval('users_id_seq'::regclass)", false)).isFalse();
        assertThat(allow.allowsPostgresDefault("'PENDING'::order_status", false)).isFalse();
        assertThat(allow.allowsPostgresDefault(null, true)).isFalse();
    }
}
