package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import dev.schemac.support.TestPaths;
import dev.schemac.testing.NodeHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Prisma outputs of the app-readiness models (compiler/src/test/resources/app-models: self
 * trees, two relations between one pair, composite keys and references, a payload many-to-many,
 * Python-keyword enum values and field names): {@code prisma validate} accepts the schema with
 * no warning, and Prisma's schema engine, after the generated Prisma Migrate migrations ran on
 * an empty database, finds nothing to change ({@code migrate diff} from the database to the
 * schema): on PostgreSQL nothing at all, on SQLite exactly what it finds on a database built by
 * the DDL (the allow-listed misreadings of docs/parity-allowlist.md, such as JSON columns).
 */
class PrismaOnAppModelsTest {
    private static final Path MODELS = TestPaths.testResources().resolve("app-models");

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"forest, POSTGRES", "ledger, POSTGRES", "names, POSTGRES", "forest, SQLITE", "ledger, SQLITE", "names, SQLITE",
            "airline, POSTGRES", "kitchen, POSTGRES", "registrar, POSTGRES", "claims, SQLITE"})
    void migrationsLeaveNoDrift(String model, Dialect dialect, @TempDir Path tmp) throws Exception {
        // The same model for the provider under test: its dialect line is the one difference.
        String text = Files.readString(MODELS.resolve(model + ".schema"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^(\\s*dialect\\s*=\\s*)\\w+", "$1" + dialect.id());
        Path schema = Files.writeString(tmp.resolve(model + ".schema"), text, StandardCharsets.UTF_8);
        // The files a model imports (airline's common/), beside it as in the corpus.
        try (var shared = Files.list(MODELS.resolve("common"))) {
            Files.createDirectories(tmp.resolve("common"));
            for (Path p : shared.toList()) Files.copy(p, tmp.resolve("common").resolve(p.getFileName()));
        }
        Compilation c = Compiler.compile(List.of(schema));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var r = Targets.run(c, List.of(Targets.byName("prisma").orElseThrow(), Targets.byName("migrations").orElseThrow()),
                TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        String prisma = r.files().get("prisma/schema.prisma");
        assertThat(prisma).contains("provider = \"" + (dialect == Dialect.SQLITE ? "sqlite" : "postgresql") + "\"");
        var migrations = new TreeMap<String, String>();
        for (Map.Entry<String, String> e : r.files().entrySet()) {
            if (e.getKey().startsWith("migrations/prisma/") && e.getKey().endsWith("/migration.sql")) migrations.put(e.getKey(), e.getValue());
        }
        assertThat(migrations).isNotEmpty();

        var h = NodeHarness.get();
        JsonNode validated = h.callWithStdin(prisma, "prisma-validate", "-");
        assertThat(validated.get("clean").asBoolean()).as("prisma validate: %s", validated).isTrue();
        if (dialect == Dialect.POSTGRES) {
            Postgres pg = Postgres.fromEnvironment();
            String space = "app_" + model + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
            try {
                for (String sql : migrations.values()) h.callWithStdin(sql, "sql-exec", "-", "--pg", pg.harnessArgument(), "--pg-schema", space);
                JsonNode drift = h.callWithStdin(prisma, "prisma-drift", "-", "--pg", pg.harnessArgument(), "--pg-schema", space);
                assertThat(drift.get("inSync").asBoolean()).as("migrate diff after the migrations: %s", drift.path("sql").asText()).isTrue();
            } finally {
                pg.dropSchema(space);
            }
        } else {
            Path ddl = tmp.resolve("ddl.db");
            PrismaJudgesMigrationsTest.sqlite3(ddl, Sql.create(Dialect.SQLITE, c.catalog(), model));
            JsonNode baseline = h.callWithStdin(prisma, "prisma-drift", "-", "--url", "file:" + ddl);
            Path migrated = tmp.resolve("migrated.db");
            for (String sql : migrations.values()) PrismaJudgesMigrationsTest.sqlite3(migrated, sql);
            JsonNode drift = h.callWithStdin(prisma, "prisma-drift", "-", "--url", "file:" + migrated);
            assertThat(drift.path("sql").asText()).as("migrate diff after the migrations, against the DDL's")
                    .isEqualTo(baseline.path("sql").asText());
        }
    }
}
