package dev.schemac.gen.sqlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.seed.SeedTarget;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import dev.schemac.support.TestModels;
import dev.schemac.support.TestPaths;
import dev.schemac.testing.PythonHarness;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated models at the application's next step, as a FastAPI service uses them, on
 * databases built by OUR DDL and filled by our seed SQL: the module imports with every
 * database driver made unimportable; each entity's {@code XPublic} reads a stored row and
 * shows no secret field, its PII fields marked in the JSON Schema; {@code XCreate} accepts
 * that row and rejects, with pydantic's error on the right field, a payload breaking each
 * check, length, pattern and enum of the Catalog ({@code XUpdate} too); every timestamp reads
 * back with its zone and round-trips as the same instant, on SQLite, PostgreSQL, MariaDB and
 * MySQL. And Alembic's own {@code revision --autogenerate}, with the generated env.py, finds
 * nothing to do against a database built by the DDL. The expectations come from the Catalog.
 */
class SqlModelAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Arguments> runs() {
        var out = new ArrayList<Arguments>();
        for (Path m : TestModels.relational()) {
            for (Kind k : List.of(Kind.SQLITE, Kind.POSTGRES, Kind.MARIADB, Kind.MYSQL)) {
                out.add(Arguments.of(m.getFileName().toString().replace(".schema", ""), k, m));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> autogenerate() {
        var out = new ArrayList<Arguments>();
        for (Path m : TestModels.relational()) {
            for (Kind k : List.of(Kind.SQLITE, Kind.POSTGRES)) out.add(Arguments.of(m.getFileName().toString().replace(".schema", ""), k, m));
        }
        return out.stream();
    }

    static Dialect dialect(Kind k) {
        return switch (k) {
            case SQLITE -> Dialect.SQLITE;
            case POSTGRES -> Dialect.POSTGRES;
            case MARIADB, MYSQL -> Dialect.MYSQL;
        };
    }

    static ProvenDatabase fresh(Kind k, String hint) throws Exception {
        return switch (k) {
            case SQLITE -> ProvenDatabase.sqlite(hint);
            case POSTGRES -> ProvenDatabase.postgres(hint);
            case MARIADB -> ProvenDatabase.mariadb(hint);
            case MYSQL -> ProvenDatabase.mysql(hint);
        };
    }

    record Generated(Compilation compilation, Map<String, String> files) {}

    static Generated generate(Path schema) {
        Compilation c = Compiler.compile(List.of(schema));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var targets = new ArrayList<>(List.of(Targets.byName("sqlmodel").orElseThrow(), Targets.byName("seed").orElseThrow(),
                Targets.byName("migrations").orElseThrow()));
        for (Dialect d : Dialect.values()) targets.add(Targets.byName(d.id()).orElseThrow());
        var r = Targets.run(c, targets, new TargetOptions("20250101000000", 7, 3, Map.of()));
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        return new Generated(c, r.files());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("runs")
    void theModelsServeAnApi(String name, Kind kind, Path schema) throws Exception {
        var g = generate(schema);
        Dialect d = dialect(kind);
        JsonNode spec = spec(g.compilation().model(), g.compilation().catalog());
        JsonNode report;
        try (var db = fresh(kind, "app_" + name)) {
            db.run(g.files().get("sql/" + d.id() + "/schema.sql"));
            db.run(g.files().get(SeedTarget.path(d)));
            report = runApp(g.files().get("sqlmodel/models.py"), spec, db.sqlalchemyUrl());
        }
        assertThat(report.get("imported_without_driver").asText()).as("models.py imports without a database driver")
                .isEqualTo("true");
        assertThat(report.get("dialect").asText()).isEqualTo(kind == Kind.POSTGRES ? "postgresql" : kind == Kind.SQLITE ? "sqlite" : "mysql");
        assertThat(report.get("entities")).hasSameSizeAs(spec.get("entities"));
        for (int i = 0; i < spec.get("entities").size(); i++) judge(spec.get("entities").get(i), report.get("entities").get(i));
    }

    /** Everything the report says about one entity, against what the Catalog says. */
    private static void judge(JsonNode expected, JsonNode r) {
        String entity = expected.get("class").asText();
        assertThat(r.has("error")).as("%s: %s", entity, r.get("error")).isFalse();
        assertThat(r.get("naive_after_read")).as("%s: timestamps read back without a zone", entity).isEmpty();
        assertThat(strings(r.get("public_fields"))).as("%s: XPublic's fields, no secret one", entity)
                .isEqualTo(strings(expected.get("public")));
        assertThat(strings(r.get("public_schema_fields"))).as("%s: XPublic's JSON Schema", entity)
                .isEqualTo(strings(expected.get("public")));
        expected.get("pii").forEach(p -> assertThat(r.at("/pii_in_public_schema/" + p.asText()).asBoolean())
                .as("%s.%s is marked x-pii in XPublic's JSON Schema", entity, p.asText()).isTrue());
        assertThat(strings(r.get("create_fields"))).as("%s: XCreate's fields", entity).isEqualTo(strings(expected.get("create")));
        assertThat(r.get("good").asText()).as("%s: XCreate accepts a stored row: %s", entity, r.get("good")).isEqualTo("accepted");
        assertThat(r.get("good_update").asText()).as("%s: XUpdate accepts nothing changed", entity).isEqualTo("accepted");
        assertThat(r.get("cases")).hasSameSizeAs(expected.get("cases"));
        for (JsonNode c : r.get("cases")) {
            for (String model : List.of("create", "update")) {
                JsonNode errors = c.get(model);
                assertThat(errors.isArray()).as("%s %s: %s accepted a payload breaking %s", entity, model, c.get("set"), c.get("rule"))
                        .isTrue();
                boolean field = c.get("level").asText().equals("field");
                assertThat(errors).as("%s %s: the error of %s", entity, model, c.get("rule")).anySatisfy(e -> {
                    if (field) {
                        assertThat(e.get(0).toString()).isEqualTo("[\"" + c.get("field").asText() + "\"]");
                    } else {
                        assertThat(e.get(0).toString()).isEqualTo("[]");
                        assertThat(e.get(2).asText()).contains(c.get("rule").asText());
                    }
                });
            }
        }
        var updated = strings(expected.get("updated"));
        expected.get("datetimes").forEach(dt -> {
            JsonNode t = r.at("/round_trip/" + dt.asText());
            assertThat(t.get("aware").asBoolean()).as("%s.%s reads back with its zone", entity, dt.asText()).isTrue();
            // A trigger (or MySQL's ON UPDATE) sets an @updated column on every update, whatever was written.
            if (!updated.contains(dt.asText())) {
                assertThat(t.get("same_instant").asBoolean()).as("%s.%s round-trips the instant", entity, dt.asText()).isTrue();
            }
        });
    }

    private JsonNode runApp(String models, JsonNode spec, String url) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(dir.resolve("models.py"), models);
        Path specFile = Files.writeString(dir.resolve("spec.json"), JSON.writeValueAsString(spec));
        Path script = Files.copy(TestPaths.testResources().resolve("sqlmodel-app/app_check.py"), dir.resolve("app_check.py"));
        JsonNode r = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=" + url, script.toString(), specFile.toString());
        assertThat(r.get("exit_code").asInt()).as("app_check.py: %s", r.get("stderr").asText()).isZero();
        return JSON.readTree(r.get("stdout").asText());
    }

    /** What the test expects of each entity, and the payloads each rule must reject; from the Catalog alone. */
    static JsonNode spec(Model model, Catalog catalog) {
        var module = new PyModule(model, catalog);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode entities = root.putArray("entities");
        for (Table t : catalog.tables()) {
            if (t.isJoinTable()) continue;
            ObjectNode e = entities.addObject();
            e.put("class", module.entityClass(t.entity()));
            for (ApiModel kind : ApiModel.values()) e.put(kind.name().toLowerCase(java.util.Locale.ROOT) + "_class", module.apiClass(t.entity(), kind));
            ArrayNode pub = e.putArray("public");
            ArrayNode create = e.putArray("create");
            ArrayNode pii = e.putArray("pii");
            ArrayNode datetimes = e.putArray("datetimes");
            ArrayNode updated = e.putArray("updated");
            for (Column c : t.columns()) {
                String attr = module.attribute(t, c.name());
                if (!c.secret()) pub.add(attr);
                if (written(c)) create.add(attr);
                if (c.pii() && !c.secret()) pii.add(attr);
                // The round trip writes one fixed instant: a column a check bounds by a literal keeps its seeded value.
                if (!c.type().isEnum() && c.type().kind() == ScalarKind.DATETIME && !bounded(t, c)) datetimes.add(attr);
                if (c.updatedAt()) updated.add(attr);
            }
            cases(module, t, e.putArray("cases"));
        }
        return root;
    }

    /** A column a client writes: not one the database or the ORM fills as the row is written. */
    private static boolean written(Column c) {
        return !(c.autoIncrement() || c.updatedAt() || c.defaultValue() instanceof dev.schemac.catalog.ColumnDefault.Now
                || c.defaultValue() instanceof dev.schemac.catalog.ColumnDefault.Uuid);
    }

    private static void cases(PyModule m, Table t, ArrayNode out) {
        for (Column c : t.columns()) {
            if (!written(c)) continue;
            String attr = m.attribute(t, c.name());
            if (c.type().isEnum()) fieldCase(out, "enum", attr).put(attr, "NOT_A_VALUE");
            Integer[] length = Rules.length(t, c);
            if (length[1] != null) fieldCase(out, "max length " + length[1], attr).put(attr, "x".repeat(length[1] + 1));
            if (length[0] != null && length[0] > 0) fieldCase(out, "min length " + length[0], attr).put(attr, "x".repeat(length[0] - 1));
            String pattern = Rules.pattern(t, c);
            if (pattern != null) fieldCase(out, "pattern", attr).put(attr, notMatching(pattern, length));
        }
        for (Check ck : t.checks()) {
            for (Check.Term term : ck.terms()) {
                if (!Rules.columns(term).stream().allMatch(col -> written(t.requireColumn(col)))) continue;
                if (term instanceof Check.Compare cmp && cmp.literal() instanceof BigDecimal n) {
                    String attr = m.attribute(t, cmp.column());
                    BigDecimal bad = beyond(t.requireColumn(cmp.column()).type(), cmp.op(), n);
                    if (bad == null) continue; // no finite value of the column's type lies beyond the bound
                    boolean field = Rules.onField(term, t);
                    ObjectNode set = field ? fieldCase(out, ck.name(), attr) : modelCase(out, ck.name()).putObject("set");
                    set.put(attr, bad);
                } else if (term instanceof Check.ColumnCompare cc) {
                    modelCase(out, ck.name()).putArray("compare").add(m.attribute(t, cc.left())).add(cc.op().symbol())
                            .add(m.attribute(t, cc.right()));
                }
            }
        }
    }

    /**
     * A value the bound refuses: the bound itself where it is strict, else one past it; for a
     * float or double whose bound one more would round back to (3.4e38 + 1 is 3.4e38), the next
     * value the type holds; null when that is infinite.
     */
    static BigDecimal beyond(dev.schemac.catalog.ColumnType type, dev.schemac.model.Op op, BigDecimal n) {
        int way = switch (op) {
            case GT, LT, NE -> 0;
            case GE -> -1;
            case LE, EQ -> 1;
        };
        if (way == 0) return n;
        BigDecimal plain = way > 0 ? n.add(BigDecimal.ONE) : n.subtract(BigDecimal.ONE);
        var kind = type.isEnum() ? null : type.kind();
        if (kind == dev.schemac.model.ScalarKind.FLOAT && plain.floatValue() == n.floatValue()) {
            float next = way > 0 ? Math.nextUp(n.floatValue()) : Math.nextDown(n.floatValue());
            return Float.isInfinite(next) ? null : new BigDecimal(Float.toString(next));
        }
        if (kind == dev.schemac.model.ScalarKind.DOUBLE && plain.doubleValue() == n.doubleValue()) {
            double next = way > 0 ? Math.nextUp(n.doubleValue()) : Math.nextDown(n.doubleValue());
            return Double.isInfinite(next) ? null : new BigDecimal(Double.toString(next));
        }
        return plain;
    }

    private static ObjectNode fieldCase(ArrayNode out, String rule, String field) {
        ObjectNode c = out.addObject().put("rule", rule).put("level", "field").put("field", field);
        return c.putObject("set");
    }

    private static ObjectNode modelCase(ArrayNode out, String rule) {
        return out.addObject().put("rule", rule).put("level", "model");
    }

    /** A string within the column's lengths that the pattern does not match. */
    private static String notMatching(String regex, Integer[] length) {
        var p = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL);
        int n = Math.max(1, length[0] == null ? 1 : length[0]);
        for (String c : List.of("!", "~", " ", "A", "a", "0", "-", "_")) {
            String s = c.repeat(n);
            if ((length[1] == null || s.length() <= length[1]) && !p.matcher(s).matches()) return s;
        }
        throw new IllegalStateException("no candidate breaks the pattern " + regex);
    }

    private static TreeSet<String> strings(JsonNode array) {
        var out = new TreeSet<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Alembic's own autogenerate, with the generated env.py and models, on the database the DDL built: nothing to do. */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("autogenerate")
    void alembicAutogenerateFindsNothingAgainstTheDdl(String name, Kind kind, Path schema) throws Exception {
        var g = generate(schema);
        Path out = Files.createDirectories(tmp.resolve("generated"));
        for (var f : g.files().entrySet()) {
            if (!f.getKey().startsWith("migrations/alembic") && !f.getKey().equals("sqlmodel/models.py")) continue;
            Path p = out.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        Path script = Files.copy(TestPaths.testResources().resolve("sqlmodel-app/autogenerate.py"), tmp.resolve("autogenerate.py"));
        try (var db = fresh(kind, "autogen_" + name)) {
            db.run(g.files().get("sql/" + dialect(kind).id() + "/schema.sql"));
            JsonNode r = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=" + db.sqlalchemyUrl(), script.toString(),
                    out.resolve("migrations").toString());
            assertThat(r.get("exit_code").asInt()).as("alembic: %s", r.get("stderr").asText()).isZero();
            JsonNode revisions = JSON.readTree(r.get("stdout").asText()).get("revisions");
            assertThat(revisions).as("one new revision").hasSize(1);
            String revision = revisions.get(0).asText();
            assertThat(revision).as("the revision autogenerate wrote").contains("Revises: 20250101000000");
            assertThat(body(revision, "upgrade")).as("upgrade() of %s", revision).isEqualTo("pass");
            assertThat(body(revision, "downgrade")).as("downgrade() of %s", revision).isEqualTo("pass");
        }
    }

    /** A function's statements, without Alembic's comment lines. */
    private static String body(String module, String function) {
        String head = "def " + function + "() -> None:\n";
        assertThat(module).contains(head);
        String rest = module.substring(module.indexOf(head) + head.length());
        var lines = new ArrayList<String>();
        for (String line : rest.split("\n")) {
            if (!line.isEmpty() && !line.startsWith(" ")) break;
            if (!line.isBlank() && !line.strip().startsWith("#")) lines.add(line.strip());
        }
        return String.join("\n", lines);
    }

    /**
     * Every test of the generated Python runs it on the oldest Python its header claims (the
     * Debian python3.11 the harness's venv is made with), and mypy and ruff judge it for that version.
     */
    @Test
    void theModelsRunOnTheOldestPythonTheyClaim() throws Exception {
        var g = generate(TestModels.examples().get(0));
        assertThat(g.files().get("sqlmodel/models.py")).contains("Needs Python " + ModelsWriter.PYTHON + " or later");
        Path probe = Files.writeString(tmp.resolve("version.py"), "import sys\n\nprint(\"%d.%d\" % sys.version_info[:2])\n");
        JsonNode r = PythonHarness.run(Map.of(), "run", probe.toString());
        assertThat(r.get("exit_code").asInt()).as("%s", r.get("stderr").asText()).isZero();
        assertThat(r.get("stdout").asText().strip()).as("the Python the tests run the models on").isEqualTo(ModelsWriter.PYTHON);
        Path tools = TestPaths.root().resolve("tools/python");
        assertThat(Files.readString(tools.resolve("mypy.ini"))).contains("python_version = " + ModelsWriter.PYTHON + "\n");
        assertThat(Files.readString(tools.resolve("ruff.toml"))).contains("target-version = \"py" + ModelsWriter.PYTHON.replace(".", "") + "\"");
    }

    /** The app's judgement can fail: models whose create model lost a bound accept the payload that breaks it. */
    @Test
    void aLostValidationIsReported() throws Exception {
        var g = generate(TestModels.examples().stream().filter(p -> p.toString().contains("blog")).findFirst().orElseThrow());
        String source = g.files().get("sqlmodel/models.py");
        String broken = source.replace(
                "view_count: int = Field(default=0, ge=0,", "view_count: int = Field(default=0,");
        assertThat(broken).as("the test's edit applies").isNotEqualTo(source);
        JsonNode spec = spec(g.compilation().model(), g.compilation().catalog());
        JsonNode report;
        try (var db = ProvenDatabase.sqlite("app_broken")) {
            db.run(g.files().get("sql/sqlite/schema.sql"));
            db.run(g.files().get(SeedTarget.path(Dialect.SQLITE)));
            report = runApp(broken, spec, db.sqlalchemyUrl());
        }
        JsonNode post = null;
        for (JsonNode e : report.get("entities")) if (e.get("entity").asText().equals("Post")) post = e;
        assertThat(post).isNotNull();
        JsonNode viewCount = null;
        for (JsonNode c : post.get("cases")) if (c.get("rule").asText().equals("ck_posts_view_count")) viewCount = c;
        assertThat(viewCount).isNotNull();
        assertThat(viewCount.get("create").asText()).isEqualTo("accepted");
    }

    /** Whether a check of the table bounds the column by a literal. */
    private static boolean bounded(Table t, Column c) {
        return t.checks().stream().flatMap(k -> k.terms().stream())
                .anyMatch(term -> term instanceof Check.Compare x && x.column().equals(c.name()));
    }
}
