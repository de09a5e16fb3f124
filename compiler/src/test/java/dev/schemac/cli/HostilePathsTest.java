package dev.schemac.cli;

import static dev.schemac.cli.HostileCommandLineTest.noHiddenCharacters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli.Run;
import dev.schemac.output.Manifest;
import dev.schemac.testing.Engines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every line a command prints about a path, a database or a database's names shows them as
 * diagnostics do: a folder named with an escape sequence, CR, LF, a right-to-left override
 * and a line separator reaches the terminal escaped, never raw.
 */
class HostilePathsTest {
    /** ESC (with a colour sequence), CR, LF, RIGHT-TO-LEFT OVERRIDE, LINE SEPARATOR: no path can hold a NUL. */
    static final String HOSTILE = "d\u001b[31m\r\n\u202e\u2028x";
    /** How {@link #HOSTILE} is shown, written out so a change of the rule fails here. */
    static final String SHOWN = "d\\u001B[31m\\u000D\\u000A\\u202E\\u2028x";

    static final String TWO = "entity User {\n  email string(255) @unique\n}\n\nentity Tag {\n  label string(40)\n}\n";
    static final String ONE = "entity User {\n  email string(255) @unique\n}\n";

    @TempDir
    Path tmp;
    Path dir;
    Path model;

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createDirectories(tmp.resolve(HOSTILE));
        model = Files.writeString(tmp.resolve("m.schema"), TWO);
    }

    /** {@code p} as the lines show it: the temporary folder (plain) with the hostile segment escaped. */
    String shown(Path p) {
        return p.toString().replace(HOSTILE, SHOWN);
    }

    /** Neither stream holds a raw hidden character; standard error names {@code expected}. */
    static void clean(Run r, String... expected) {
        noHiddenCharacters(r.out());
        noHiddenCharacters(r.err());
        assertThat(r.err()).as(r.err()).contains(expected);
    }

    @Test
    void fmtCheckNamesTheUnformattedFileVisibly() throws IOException {
        Path file = Files.writeString(dir.resolve("m.schema"), "entity   User {\n email    string(255) @unique\n}\n");
        var r = Cli.run("fmt", "--check", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        clean(r, "not formatted: " + shown(file) + "\n");
        assertThat(r.out()).contains("--- a/" + shown(file) + "\n", "+++ b/" + shown(file) + "\n");
    }

    @Test
    void generateNamesItsFolderAndItsFilesVisibly() throws IOException {
        Path out = dir.resolve("out");
        var wrote = Cli.run("generate", "-t", "java,sqlite", "-o", out.toString(), model.toString());
        assertThat(wrote.code()).as(wrote.err()).isZero();
        clean(wrote, " to " + shown(out) + " (0 unchanged)\n");

        Files.writeString(model, ONE);
        Path tag = out.resolve("java/schema/Tag.java");
        var check = Cli.run("generate", "-t", "java,sqlite", "--check", "-o", out.toString(), model.toString());
        assertThat(check.code()).as(check.err()).isEqualTo(Main.INPUT_ERRORS);
        clean(check, "out of date: " + shown(out.resolve("sql/sqlite/schema.sql")) + "\n",
                "stale: " + shown(tag) + " (written by an earlier run");

        Files.writeString(tag, "// mine\n", StandardOpenOption.APPEND);
        Files.writeString(out.resolve(Manifest.NAME), "not a line schemac writes\n", StandardOpenOption.APPEND);
        var again = Cli.run("generate", "-t", "java,sqlite", "-o", out.toString(), model.toString());
        assertThat(again.code()).as(again.err()).isZero();
        clean(again, " to " + shown(out) + " (", "removed stale " + shown(out.resolve("java")),
                "kept " + shown(tag) + ": no longer generated", "malformed line(s) of " + shown(out.resolve(Manifest.NAME)) + " (");
    }

    @Test
    void migrateNamesItsFolderVisibly() {
        Path out = dir.resolve("out");
        var r = Cli.run("migrate", "--name", "init", "--timestamp", "20250101000000", "-o", out.toString(), model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        clean(r, " to " + shown(out) + "\n");
    }

    @Test
    void migrateFromADatabaseNamesItVisibly() throws Exception {
        Path db = sqlite(dir.resolve("live.db"), "CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE)");
        Path out = dir.resolve("adopted");
        var r = Cli.run("migrate", "--name", "init", "--timestamp", "20250101000000", "--from-url", db.toString(),
                "-o", out.toString(), model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        clean(r, " to " + shown(out) + "\n");
        assertThat(r.out()).contains(": " + shown(db) + " as it is;");
    }

    @Test
    void pullNamesItsFileAndItsDatabaseVisibly() throws Exception {
        Path db = sqlite(dir.resolve("shop.db"), "CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, email TEXT NOT NULL)");
        Path out = dir.resolve("shop.schema");
        var r = Cli.run("pull", "--url", db.toString(), "--out", out.toString(), "--color", "never");
        assertThat(r.code()).as(r.err()).isZero();
        clean(r, "wrote " + shown(out) + ": 1 table from " + shown(db) + "\n");
    }

    /** The database's own names are outside text too: a table named with the hostile characters. */
    @Test
    void diffNamesTheDatabaseAndItsTablesVisibly() throws Exception {
        Path db = sqlite(dir.resolve("shop.db"), "CREATE TABLE \"t" + HOSTILE + "\" (id INTEGER NOT NULL PRIMARY KEY)");
        var r = Cli.run("diff", "--url", db.toString(), "--color", "never", model.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        // The table is not pulled (no model can name it): the warning quotes its name as pull shows a database's names.
        clean(r, " differences between " + shown(db) + " and the model", "table `td\\u001B[31m\\u000D\\u000A\\u202E\\u2028x` is not pulled");

        Path empty = sqlite(dir.resolve("empty.db"));
        Path none = Files.writeString(tmp.resolve("none.schema"), "");
        var same = Cli.run("diff", "--url", empty.toString(), "--color", "never", none.toString());
        clean(same, "the database matches the model (" + shown(empty) + ")\n");
    }

    static Path sqlite(Path file, String... statements) throws Exception {
        try (Connection c = Engines.sqliteConnection(file); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
        return file;
    }
}
