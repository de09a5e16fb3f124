package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import dev.schemac.support.TestPaths;
import dev.schemac.testing.NodeHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prisma's own schema engine as the judge of our migrations: examples/library's database
 * built by its three migrations in turn (init, then each change) has no drift from the
 * Prisma schema of the current model ({@code migrate diff} from the database to the
 * schema finds nothing to do), on SQLite and on a real PostgreSQL. The database built by
 * the current model's DDL is judged the same way first, so a drift the DDL itself has
 * would show as such and not as a migration's fault.
 */
class PrismaJudgesMigrationsTest {
    static final Path EXAMPLE = TestPaths.examples().resolve("library");
    static final List<String> IDS = List.of("20250101000000_init", "20250102000000_loans_and_readers",
            "20250103000000_shelves_and_tags", "20250104000000_text_to_longtext");

    static Compilation current() {
        var c = Compiler.compile(List.of(EXAMPLE.resolve("v3/library.schema")));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return c;
    }

    static String migration(Dialect d, String id) throws Exception {
        return Files.readString(EXAMPLE.resolve("generated").resolve(MigrationFiles.sqlPath(d, id, "up")), StandardCharsets.UTF_8);
    }

    /** Runs a script the way a user would: the sqlite3 shell, stopping at the first error. */
    static void sqlite3(Path db, String script) throws Exception {
        var p = new ProcessBuilder("sqlite3", "-bail", db.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("sqlite3: %s", out).isZero();
    }

    static JsonNode drift(String prisma, List<String> connection) {
        var args = new ArrayList<String>(List.of("prisma-drift", "-"));
        args.addAll(connection);
        return NodeHarness.get().callWithStdin(prisma, args.toArray(String[]::new));
    }

    @Test
    void noDriftAfterTheMigrationsOnSqlite(@TempDir Path tmp) throws Exception {
        Compilation c = current();
        String prisma = PrismaSchema.render(c.model(), c.catalog(), Dialect.SQLITE);
        Path fresh = tmp.resolve("fresh.db");
        sqlite3(fresh, Sql.create(Dialect.SQLITE, c.catalog(), "library"));
        JsonNode baseline = drift(prisma, List.of("--url", "file:" + fresh));
        Path migrated = tmp.resolve("migrated.db");
        for (String id : IDS) sqlite3(migrated, migration(Dialect.SQLITE, id));
        JsonNode r = drift(prisma, List.of("--url", "file:" + migrated));
        // On SQLite even the fresh DDL has one known drift (docs/parity-allowlist.md,
        // sqlite-unique-constraint-name-drift: Prisma would rename SQLite's automatic unique
        // indexes); the migrated database must have exactly that and nothing else.
        assertThat(r.path("sql").asText()).as("Prisma's migrate diff from the migrated database, against the fresh DDL's")
                .isEqualTo(baseline.path("sql").asText());
        for (String step : r.path("sql").asText().split("\n\n")) {
            assertThat(step.strip()).as("only the allow-listed drift").matches(
                    "(?s)-- RedefineIndex\nDROP INDEX \"sqlite_autoindex_[a-z_]+_\\d+\";\nCREATE UNIQUE INDEX \"uq_[a-z_]+\" ON .*|");
        }
    }

    @Test
    void noDriftAfterTheMigrationsOnPostgres() throws Exception {
        Compilation c = current();
        String prisma = PrismaSchema.render(c.model(), c.catalog(), Dialect.POSTGRES);
        Postgres pg = Postgres.fromEnvironment();
        String suffix = ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        String fresh = "judge_fresh_" + suffix;
        String migrated = "judge_migrated_" + suffix;
        try {
            var h = NodeHarness.get();
            h.callWithStdin(Sql.create(Dialect.POSTGRES, c.catalog(), "library"), "sql-exec", "-", "--pg", pg.harnessArgument(),
                    "--pg-schema", fresh);
            JsonNode baseline = drift(prisma, List.of("--pg", pg.harnessArgument(), "--pg-schema", fresh));
            assertThat(baseline.get("inSync").asBoolean()).as("drift of the fresh DDL: %s", baseline.path("sql").asText()).isTrue();
            for (String id : IDS) {
                h.callWithStdin(migration(Dialect.POSTGRES, id), "sql-exec", "-", "--pg", pg.harnessArgument(), "--pg-schema", migrated);
            }
            JsonNode r = drift(prisma, List.of("--pg", pg.harnessArgument(), "--pg-schema", migrated));
            assertThat(r.get("inSync").asBoolean()).as("Prisma's migrate diff from the migrated database: %s", r.path("sql").asText())
                    .isTrue();
        } finally {
            pg.dropSchema(fresh);
            pg.dropSchema(migrated);
        }
    }
}
