package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which databases' limits are errors: those the run asks for (the model's dialect, a dialect
 * target named one by one, the database of {@code prisma.provider} when schema.prisma or the
 * migrations are written). Such a limit stops check, generate and migrate alike, so no run
 * exits 0 with a file the user asked for missing; a database the run writes only because every
 * target is chosen keeps the warning and goes without its scripts. A history whose chain for a
 * database stopped is refused once the run asks for that database (SC569).
 */
class AskedForDatabasesTest {
    @TempDir Path dir;

    /** A PostgreSQL model whose unique key is past MySQL's 3,072 bytes (1,000 characters of utf8mb4). */
    static final String LONG_KEY = """
            schema notes {
              dialect = postgres
              timestamps = false
            }

            /// A note.
            entity Note {
              title string(1000) @unique
            }
            """;

    static final String SC542 = "error[SC542]: key `uq_notes_title` on `notes` holds up to 4,000 bytes; MySQL's index keys "
            + "hold at most 3,072";
    static final String SC542_LEFT_OUT = SC542.replace("error[", "warning[");

    record Run(int code, String out, String err) {}

    Run run(String... args) {
        var o = new StringWriter();
        var e = new StringWriter();
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--color", "never"));
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), all.toArray(String[]::new));
        return new Run(code, o.toString(), e.toString());
    }

    Path model(String text) throws IOException {
        return Files.writeString(dir.resolve("notes.schema"), text);
    }

    static TreeMap<String, String> tree(Path out) throws IOException {
        var m = new TreeMap<String, String>();
        if (!Files.exists(out)) return m;
        try (var w = Files.walk(out)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) m.put(out.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
        return m;
    }

    String at(Path model, int line, int column, String first) {
        return first + "\n  --> " + model + ":" + line + ":" + column;
    }

    @Test
    void aDialectTargetNamedOneByOneMakesItsLimitsErrors() throws IOException {
        Path m = model(LONG_KEY);
        Path out = dir.resolve("out");
        // Every target, by default or by `all`: MySQL is not asked for, its scripts are left out with a warning.
        for (var targets : List.of(List.<String>of(), List.of("-t", "all"))) {
            var args = new ArrayList<>(List.of("check", m.toString()));
            args.addAll(targets);
            var all = run(args.toArray(String[]::new));
            assertThat(all.code()).as(all.err()).isZero();
            assertThat(all.err()).contains(at(m, 8, 3, SC542_LEFT_OUT)).contains("the model's dialect is postgres, so the MySQL schema "
                    + "and MySQL migration scripts are not written");
        }
        var g = run("generate", m.toString(), "--out", out.toString());
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(out.resolve("sql/postgres/schema.sql")).exists();
        assertThat(out.resolve("sql/mysql")).doesNotExist();
        assertThat(out.resolve("migrations/sql/mysql")).doesNotExist();

        // Named, MySQL is asked for: the limit is an error in check and generate alike, and nothing is written.
        for (String targets : List.of("mysql", "postgres,mysql", "all,mysql")) {
            var check = run("check", m.toString(), "-t", targets);
            assertThat(check.code()).as(targets).isEqualTo(1);
            assertThat(check.err()).contains(at(m, 8, 3, SC542)).doesNotContain("are not written");
            Path named = dir.resolve("named-" + targets.replace(',', '-'));
            var gen = run("generate", m.toString(), "--out", named.toString(), "-t", targets);
            assertThat(gen.code()).as(targets).isEqualTo(1);
            assertThat(gen.err()).contains(at(m, 8, 3, SC542));
            assertThat(tree(named)).as("a failed run writes nothing").isEmpty();
        }
        // A settings file's targets are named as -t's are.
        Files.writeString(dir.resolve("schemac.toml"), "targets = [\"sqlite\", \"mysql\"]\n");
        var settings = run("check", m.toString());
        assertThat(settings.code()).isEqualTo(1);
        assertThat(settings.err()).contains(at(m, 8, 3, SC542));
    }

    /** A MySQL limit Prisma's validator does not know (a column comment past MySQL's 1,024 characters). */
    static final String LONG_COMMENT = """
            schema notes {
              dialect = postgres
              timestamps = false
            }

            /// A note.
            entity Note {
              /// %s
              title string(100)
            }
            """.formatted("x".repeat(1100));

    @Test
    void theDatabaseOfPrismaProviderIsAskedForWhenThePrismaSideIsWritten() throws IOException {
        Path m = model(LONG_COMMENT);
        String sc540 = "error[SC540]: the comment of column `notes.title` has 1100 characters; MySQL keeps at most 1024";
        // schema.prisma, the Prisma Migrate folders, or both: MySQL is the Prisma side's database.
        for (String targets : List.of("all", "prisma", "migrations", "sqlite,prisma")) {
            var check = run("check", m.toString(), "-t", targets, "--option", "prisma.provider=mysql");
            assertThat(check.code()).as("%s: %s", targets, check.err()).isEqualTo(1);
            assertThat(check.err()).contains(at(m, 9, 3, sc540));
            Path out = dir.resolve("out-" + targets.replace(',', '-'));
            var gen = run("generate", m.toString(), "--out", out.toString(), "-t", targets, "--option", "prisma.provider=mysql");
            assertThat(gen.code()).as(targets).isEqualTo(1);
            assertThat(gen.err()).contains(at(m, 9, 3, sc540));
            assertThat(tree(out)).as("no schema.prisma or migration_lock.toml without the Prisma migration").isEmpty();
        }
        // No Prisma side written: MySQL is not asked for, and the PostgreSQL targets have nothing to say of it.
        Path pg = dir.resolve("out-pg");
        var only = run("generate", m.toString(), "--out", pg.toString(), "-t", "postgres", "--option", "prisma.provider=mysql");
        assertThat(only.code()).as(only.err()).isZero();
        assertThat(only.err()).doesNotContain("SC540");
        assertThat(pg.resolve("sql/postgres/schema.sql")).exists();

        // migrate writes the Prisma Migrate folder whatever targets are chosen: schemac.toml's provider is asked for.
        Files.writeString(dir.resolve("schemac.toml"), "targets = [\"postgres\"]\n\n[prisma]\nprovider = \"mysql\"\n");
        Path history = dir.resolve("history");
        var migrate = run("migrate", m.toString(), "--out", history.toString(), "--name", "init", "--timestamp", "20260101000000");
        assertThat(migrate.code()).as(migrate.err()).isEqualTo(1);
        assertThat(migrate.err()).contains(at(m, 9, 3, sc540));
        assertThat(tree(history)).isEmpty();
        assertThat(history).doesNotExist();
    }

    @Test
    void aHistoryWhoseChainStoppedForADatabaseTheRunAsksForIsRefused() throws IOException {
        Path m = model(LONG_KEY.replace("string(1000) @unique", "string(200)"));
        Path out = dir.resolve("out");
        var init = run("migrate", m.toString(), "--out", out.toString(), "--name", "init", "--timestamp", "20260101000000");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(out.resolve("migrations/sql/mysql/20260101000000_init.up.sql")).exists();
        // The limit starts here: MySQL is not asked for, so this migration and the history after it go without MySQL.
        Files.writeString(m, LONG_KEY);
        var step = run("migrate", m.toString(), "--out", out.toString(), "--name", "long_titles", "--timestamp", "20260102000000",
                "--allow-destructive");
        assertThat(step.code()).as(step.err()).isZero();
        assertThat(step.err()).contains(at(m, 8, 3, SC542_LEFT_OUT));
        assertThat(out.resolve("migrations/sql/postgres/20260102000000_long_titles.up.sql")).exists();
        assertThat(out.resolve("migrations/sql/mysql/20260102000000_long_titles.up.sql")).doesNotExist();
        // Alembic's revision refuses MySQL as the first one of a history without MySQL does (one text for both).
        String alembic = Files.readString(out.resolve("migrations/alembic/versions/20260102000000_long_titles.py"));
        String refusal = "    elif dialect == \"mysql\":\n        raise RuntimeError(\"MySQL cannot hold this model as it is "
                + "(schemac's warnings for MySQL say why): this history has no MySQL migrations from this revision on\")\n";
        assertThat(alembic.split("def downgrade")[0]).contains(refusal);
        assertThat(alembic.split("def downgrade")[1]).contains(refusal);

        // MySQL could hold the model again, but its chain stopped: a run that asks for MySQL is refused, at the header.
        Files.writeString(m, LONG_KEY.replace("string(1000)", "string(500)"));
        String gap = "error[SC569]: this run asks for MySQL, but the migration history has no MySQL scripts from "
                + "`20260102000000_long_titles` on";
        var check = run("check", m.toString(), "--out", out.toString(), "-t", "mysql,migrations");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains(at(m, 1, 1, gap)).contains("start a new history in another output folder");
        var before = tree(out);
        Files.writeString(dir.resolve("schemac.toml"), "targets = [\"mysql\", \"postgres\"]\n");
        var asked = run("migrate", m.toString(), "--out", out.toString(), "--name", "shorter", "--timestamp", "20260103000000",
                "--allow-destructive");
        assertThat(asked.code()).isEqualTo(1);
        assertThat(asked.err()).contains(at(m, 1, 1, gap));
        assertThat(tree(out)).isEqualTo(before);
        // Not asked for, MySQL stays out, as before.
        Files.delete(dir.resolve("schemac.toml"));
        var unasked = run("migrate", m.toString(), "--out", out.toString(), "--name", "shorter", "--timestamp", "20260103000000",
                "--allow-destructive");
        assertThat(unasked.code()).as(unasked.err()).isZero();
        assertThat(unasked.err()).doesNotContain("SC569");
        assertThat(out.resolve("migrations/sql/mysql/20260103000000_shorter.up.sql")).doesNotExist();
        // The model's own dialect asks for its database too: the help names it among the ways a run asks.
        Files.writeString(m, LONG_KEY.replace("string(1000)", "string(500)").replace("dialect = postgres", "dialect = mysql"));
        var own = run("check", m.toString(), "--out", out.toString(), "-t", "migrations", "--option", "prisma.provider=postgresql");
        assertThat(own.code()).isEqualTo(1);
        assertThat(own.err()).contains(at(m, 1, 1, gap)).contains("or do not ask for MySQL (a run asks for a database through "
                + "the model's `dialect`, a dialect target named one by one such as `-t mysql`, or `prisma.provider`)");
    }

    /** generate writes the first migration of an empty history: it holds the history's lock as migrate does (SC568). */
    @Test
    void generateWritingTheFirstMigrationTakesTheHistoryLock() throws IOException {
        Path m = model(LONG_KEY.replace("string(1000) @unique", "string(200)"));
        Path out = dir.resolve("out");
        Path lockFile = Files.createDirectories(out.resolve("migrations")).resolve(".lock");
        try (var ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE); var held = ch.lock()) {
            var g = run("generate", m.toString(), "--out", out.toString());
            assertThat(g.code()).isEqualTo(1);
            assertThat(g.err()).contains("error[SC568]: another `schemac migrate` or `generate` is writing this migration history "
                    + "(it holds `migrations/.lock`)\n  --> " + lockFile + ":1:1");
            assertThat(tree(out)).containsOnlyKeys("migrations/.lock");
            // Without the migrations target, generate writes no history and takes no lock; --check takes none either.
            assertThat(run("generate", m.toString(), "--out", out.toString(), "-t", "postgres").code()).isZero();
            assertThat(out.resolve("sql/postgres/schema.sql")).exists();
            assertThat(run("generate", m.toString(), "--out", out.toString(), "--check").err()).doesNotContain("SC568");
        }
        var g = run("generate", m.toString(), "--out", out.toString());
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(out.resolve("migrations/sql/postgres/20250101000000_init.up.sql")).exists();
    }
}
