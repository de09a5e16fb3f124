package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.testing.Engines;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output path is never a file the run reads (SC135: the model, the SQLite database of
 * {@code --url}, by any path or link) nor something other than a regular file (SC134: a pipe,
 * a link to one), for every command that writes: the run refuses before anything changes and
 * the input, or the pipe, is as it was.
 */
class OutputsNeverReplaceInputsTest {
    @TempDir
    Path tmp;

    static final String MODEL = """
            schema shop {
              dialect = sqlite
            }

            entity User {
              email string(255) @unique @pii
              name  string(100)
            }
            """;

    Path database() throws Exception {
        Path file = tmp.resolve("victim.db");
        try (Connection c = Engines.sqliteConnection(file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(80) NOT NULL)");
        }
        return file;
    }

    Path fifo(String name) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        var mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mk.exitValue()).isZero();
        return p;
    }

    static void refused(Cli.Run r, String code, Path at, String message) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[" + code + "]: cannot write `" + at + "`: " + message)
                .contains("--> " + at + ":1:1").contains("nothing was written").doesNotContain("internal error");
    }

    @Test
    void pullNeverWritesOverTheDatabaseItReads() throws Exception {
        Path db = database();
        byte[] before = Files.readAllBytes(db);
        refused(Cli.run("pull", "--url", db.toString(), "-o", db.toString(), "--color", "never"), "SC135", db.toAbsolutePath(),
                "the run reads it");
        // By another name: a link to it.
        Path link = Files.createSymbolicLink(tmp.resolve("link.db"), db);
        refused(Cli.run("pull", "--url", db.toString(), "-o", link.toString(), "--color", "never"), "SC135", link.toAbsolutePath(),
                "the run reads it");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void pullNeverReplacesAPipeOrALinkToOne() throws Exception {
        Path db = database();
        Path pipe = fifo("pipe.schema");
        refused(Cli.run("pull", "--url", db.toString(), "-o", pipe.toString(), "--color", "never"), "SC134", pipe.toAbsolutePath(),
                "it is not a regular file");
        Path link = Files.createSymbolicLink(tmp.resolve("to-pipe.schema"), pipe);
        refused(Cli.run("pull", "--url", db.toString(), "-o", link.toString(), "--color", "never"), "SC134", link.toAbsolutePath(),
                "it is not a regular file");
        assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(pipe)).as("still a pipe").isFalse();
        assertThat(Files.exists(pipe, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void generateNeverWritesOverItsModel() throws Exception {
        // The model where generate writes the SQLite DDL: generate sql/sqlite/schema.sql -o . -t sqlite
        Path model = tmp.resolve("sql/sqlite/schema.sql");
        Files.createDirectories(model.getParent());
        Files.writeString(model, MODEL);
        var r = Cli.run("generate", model.toString(), "-o", tmp.toString(), "-t", "sqlite,json", "--color", "never");
        refused(r, "SC135", model, "the run reads it");
        assertThat(model).content().isEqualTo(MODEL);
        assertThat(tmp.resolve("json")).as("nothing of the run is written").doesNotExist();
    }

    @Test
    void generateNeverReplacesAPipeAmongItsOutputs() throws Exception {
        Path model = Files.writeString(tmp.resolve("shop.schema"), MODEL);
        Path out = tmp.resolve("out");
        Path pipe = fifo("out/sql/sqlite/schema.sql");
        var r = Cli.run("generate", model.toString(), "-o", out.toString(), "-t", "sqlite,json", "--color", "never");
        refused(r, "SC134", pipe, "it is not a regular file");
        assertThat(Files.exists(pipe, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(pipe)).as("still a pipe").isTrue();
        assertThat(out.resolve("json")).doesNotExist();
    }

    @Test
    void seedNeverWritesOverItsModel() throws Exception {
        Path model = Files.writeString(tmp.resolve("shop.schema"), MODEL);
        refused(Cli.run("seed", model.toString(), "-o", model.toString(), "--color", "never"), "SC135", model.toAbsolutePath(),
                "the run reads it");
        assertThat(model).content().isEqualTo(MODEL);
    }

    @Test
    void migrateNeverWritesOverTheSettingsFileOrModel() throws Exception {
        // A settings file where migrate writes the environment of its history.
        Path model = Files.writeString(tmp.resolve("shop.schema"), MODEL);
        Path settings = tmp.resolve("out/migrations/alembic.ini");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "# not schemac's\n");
        var r = Cli.run("migrate", model.toString(), "--name", "init", "--timestamp", "20260101000000", "-o", tmp.resolve("out").toString(),
                "--settings", settings.toString(), "--color", "never");
        refused(r, "SC135", settings, "the run reads it");
        assertThat(settings).content().isEqualTo("# not schemac's\n");
        assertThat(tmp.resolve("out/migrations/snapshots")).doesNotExist();
    }
}
