package dev.schemac.gen.sqlmodel;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Python outputs as an application developer meets them, on models unlike the examples
 * (compiler/src/test/resources/app-models): trees under a required parent with optional self
 * parents and two relations between one pair of tables ({@code forest}); composite keys and
 * references, a many-to-many with payload, money, bytes, json, uuid and soft delete
 * ({@code ledger}); fields named like Python built-ins and keywords and like what SQLModel,
 * pydantic and SQLAlchemy keep ({@code names}). On a real database, {@code app_run.py} imports
 * models.py (no warning), runs {@code alembic upgrade head} and then {@code alembic check}
 * (nothing to do), loads seed.py into the migrated database (every table gets rows, every
 * constraint holding) and runs {@code <model>_app.py}, which builds objects through their
 * relationships, commits and reads them back through the relationship attributes both ways.
 * MySQL runs the model whose types MySQL stores apart (LONGBLOB bytes, composite keys).
 * Four models of working size, each on its own database and one other: an airline in two files
 * (uuid keys, natural char keys, a mapped enum label, mentors), a registrar (keys three columns
 * wide, a self many-to-many, a department's head closing a cycle with its instructors), insurance
 * claims (soft delete, a mapped table and column, bytes and json) and a catering kitchen
 * ({@code naming = snake}, a recipe of recipes).
 */
class AppReadinessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MODELS = TestPaths.testResources().resolve("app-models");

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"forest, SQLITE", "forest, POSTGRES", "ledger, SQLITE", "ledger, POSTGRES", "ledger, MYSQL",
            "names, SQLITE", "names, POSTGRES", "airline, POSTGRES", "airline, MARIADB", "registrar, MYSQL", "registrar, SQLITE",
            "claims, SQLITE", "claims, MARIADB", "kitchen, POSTGRES", "kitchen, MYSQL"})
    void anApplicationMigratesSeedsAndUsesTheModels(String model, Kind kind, @TempDir Path tmp) throws Exception {
        Compilation c = Compiler.compile(List.of(MODELS.resolve(model + ".schema")));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("sqlmodel").orElseThrow(), Targets.byName("migrations").orElseThrow(),
                Targets.byName("seed").orElseThrow()), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        Path out = tmp.resolve("generated");
        for (var e : r.files().entrySet()) {
            Path p = out.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        Path scripts = Files.createDirectories(tmp.resolve("scripts"));
        for (String s : List.of("app_run.py", model + "_app.py")) Files.copy(MODELS.resolve(s), scripts.resolve(s));
        JsonNode report;
        try (var db = fresh(kind, "app_" + model)) {
            JsonNode run = PythonHarness.run(Map.of(), "run", "--env", "DATABASE_URL=" + db.sqlalchemyUrl(),
                    scripts.resolve("app_run.py").toString(), out.toString(), model);
            assertThat(run.get("exit_code").asInt()).as("app_run.py: %s", run.get("stderr").asText()).isZero();
            // Alembic prints "No new upgrade operations detected." on the stdout it saw at import: the JSON is the last line.
            List<String> lines = run.get("stdout").asText().strip().lines().toList();
            report = JSON.readTree(lines.get(lines.size() - 1));
        }
        assertThat(report.get("import_warnings")).as("warnings importing models.py").isEmpty();
        assertThat(report.at("/upgrade/failed").asBoolean()).as("alembic upgrade head: %s", report.at("/upgrade/output").asText())
                .isFalse();
        assertThat(report.at("/check/failed").asBoolean()).as("alembic check after upgrade head: %s",
                report.at("/check/output").asText()).isFalse();
        assertThat(report.at("/seed/exit_code").asInt()).as("seed.py: %s", report.at("/seed/stderr").asText()).isZero();
        assertThat(report.get("empty_tables")).as("tables seed.py left empty").isEmpty();
        assertThat(report.get("foreign_key_violations")).as("PRAGMA foreign_key_check after the seed").isEmpty();
        assertThat(report.get("orm").asText()).as("%s_app.py", model).isEqualTo("ok");
    }

    private static ProvenDatabase fresh(Kind kind, String hint) throws Exception {
        return switch (kind) {
            case SQLITE -> ProvenDatabase.sqlite(hint);
            case POSTGRES -> ProvenDatabase.postgres(hint);
            case MARIADB -> ProvenDatabase.mariadb(hint);
            case MYSQL -> ProvenDatabase.mysql(hint);
        };
    }
}
