package dev.schemac.gen.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.ProvenDatabase;
import dev.schemac.support.TestPaths;
import dev.schemac.testing.PythonHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code alembic check}, with the generated env.py and models, finds nothing on every engine
 * (MySQL and MariaDB too, which SqlModelParityTest's comparisons do not reach), both on the
 * database the DDL builds (stamped head) and on the one {@code alembic upgrade head} builds.
 * One model keeps the run short: sql-models/literals.schema, whose {@code float} (FLOAT on
 * MySQL, not SQLAlchemy REAL's DOUBLE), {@code @length} tighter than its {@code string(15)}, and
 * enum values with a quote and a backslash (which SQLAlchemy's MySQL reflection reads doubled)
 * each made the check fail.
 */
class AlembicCheckOnEveryEngineTest {
    static final Path MODEL = TestPaths.testResources().resolve("sql-models/literals.schema");
    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void alembicCheckFindsNothingOnTheDdlNorOnTheMigratedDatabase(Kind kind, @TempDir Path tmp) throws Exception {
        Compilation c = Compiler.compile(List.of(MODEL));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        String dialect = switch (kind) {
            case SQLITE -> "sqlite";
            case POSTGRES -> "postgres";
            default -> "mysql";
        };
        var r = Targets.run(c, List.of(Targets.byName("migrations").orElseThrow(), Targets.byName("sqlmodel").orElseThrow(),
                Targets.byName(dialect).orElseThrow()), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        Path out = tmp.resolve("generated");
        for (var e : r.files().entrySet()) {
            if (!e.getKey().startsWith("migrations/") && !e.getKey().startsWith("sqlmodel/")) continue;
            Path p = out.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        Path script = Files.copy(TestPaths.testResources().resolve("alembic-chain/steps.py"), tmp.resolve("steps.py"));
        try (var ddl = fresh(kind, "alembic_check_ddl"); var migrated = fresh(kind, "alembic_check_up")) {
            ddl.run(r.files().get("sql/" + dialect + "/schema.sql"));
            JsonNode onDdl = steps(script, out, ddl, "stamp", "check");
            assertThat(onDdl.get(1).get("failed").asBoolean()).as("alembic check on the DDL's database: %s",
                    onDdl.get(1).get("output").asText()).isFalse();
            JsonNode onUpgrade = steps(script, out, migrated, "upgrade", "check");
            assertThat(onUpgrade.get(1).get("failed").asBoolean()).as("alembic check after upgrade head: %s",
                    onUpgrade.get(1).get("output").asText()).isFalse();
        }
    }

    private static ProvenDatabase fresh(Kind kind, String hint) throws Exception {
        return switch (kind) {
            case SQLITE -> ProvenDatabase.sqlite(hint);
            case POSTGRES -> ProvenDatabase.postgres(hint);
            case MARIADB -> ProvenDatabase.mariadb(hint);
            case MYSQL -> ProvenDatabase.mysql(hint);
        };
    }

    private static JsonNode steps(Path script, Path out, ProvenDatabase db, String... steps) throws Exception {
        var args = new ArrayList<>(List.of("run", "--env", "DATABASE_URL=" + db.sqlalchemyUrl(), script.toString(),
                out.resolve("migrations").toString()));
        args.addAll(List.of(steps));
        JsonNode r = PythonHarness.run(Map.of(), args.toArray(String[]::new));
        assertThat(r.get("exit_code").asInt()).as("alembic %s: %s", List.of(steps), r.get("stderr").asText()).isZero();
        // Alembic prints "No new upgrade operations detected." on the stdout it saw at import: the JSON is the last line.
        List<String> lines = r.get("stdout").asText().strip().lines().toList();
        return JSON.readTree(lines.get(lines.size() - 1));
    }
}
