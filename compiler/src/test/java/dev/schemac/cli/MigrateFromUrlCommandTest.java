package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.testing.Engines;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schemac migrate --from-url} as a user runs it on SQLite files: what it writes for a
 * database that matches the model, an empty one, one with tables schemac did not write; the
 * refusals (a history already there, an unreachable server, a database of another dialect, a
 * destructive change, options that do not go together), each writing nothing; and the rename
 * hints in {@code diff --url --format json}. The four engines are {@link MigrateFromUrlTest}'s.
 */
class MigrateFromUrlCommandTest {
    @TempDir
    Path tmp;

    static final String MODEL = """
            schema shop {
              dialect    = sqlite
              timestamps = false
            }

            entity Customer {
              email  string(80) @unique
              orders Order[]
            }

            entity Order {
              customer Customer
              total    decimal(10, 2) @check(>= 0)
            }
            """;

    Path write(String path, String text) throws Exception {
        Path p = tmp.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    Path sqlite(String name, String... statements) throws Exception {
        Path file = tmp.resolve(name);
        try (Connection c = Engines.sqliteConnection(file); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
        return file;
    }

    /** A database as the model's own DDL builds it. */
    Path builtFrom(String model, String name) throws Exception {
        Path m = write("build/" + name + ".schema", model);
        var gen = Cli.run("generate", m.toString(), "-t", "sqlite", "-o", tmp.resolve("build/" + name).toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        String ddl = Files.readString(tmp.resolve("build/" + name + "/sql/sqlite/schema.sql"));
        Path db = tmp.resolve(name + ".db");
        try (Connection c = Engines.sqliteConnection(db); Statement s = c.createStatement()) {
            s.executeUpdate(ddl.replace("PRAGMA foreign_keys = ON;", "")); // every statement of the script
        }
        return db;
    }

    /** Every file under a folder with its text: what a failed run must leave as it was. */
    static TreeMap<String, String> files(Path dir) throws Exception {
        var out = new TreeMap<String, String>();
        if (!Files.exists(dir)) return out;
        try (var w = Files.walk(dir)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readString(p));
        }
        return out;
    }

    static String migrations(Path out) throws Exception {
        var ids = new ArrayList<String>();
        try (var w = Files.list(out.resolve("migrations/snapshots"))) {
            w.map(p -> p.getFileName().toString()).sorted().forEach(ids::add);
        }
        return String.join(",", ids);
    }

    @Test
    void aDatabaseThatMatchesTheModelGetsTheBaselineOnly() throws Exception {
        Path db = builtFrom(MODEL, "same");
        Path model = write("app/shop.schema", MODEL);
        Path out = tmp.resolve("app/generated");
        var r = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "adopt", "--timestamp", "20250301120000",
                "--color", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("baseline 20250301115959_baseline: " + db + " as it is")
                .contains("no changes: the database matches the model").doesNotContain("migration 20250301120000_adopt");
        assertThat(migrations(out)).isEqualTo("20250301115959_baseline.json");
        // The baseline is what the model's own DDL builds: byte for byte the initial migration generate writes.
        assertThat(Files.readString(out.resolve("migrations/sql/sqlite/20250301115959_baseline.up.sql")))
                .isEqualTo(Files.readString(tmp.resolve("build/same/sql/sqlite/schema.sql")));
        var check = Cli.run("migrate", model.toString(), "--check", "--color", "never");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("no changes");
    }

    @Test
    void anEmptyDatabaseStartsTheHistoryFromNothing() throws Exception {
        Path db = sqlite("empty.db", "CREATE TABLE t (id INTEGER PRIMARY KEY)", "DROP TABLE t");
        Path model = write("app/shop.schema", MODEL);
        var r = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "init", "--timestamp", "20250301120000",
                "--color", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("baseline").contains("migration 20250301120000_init:");
        assertThat(migrations(tmp.resolve("app/generated"))).isEqualTo("20250301120000_init.json");
    }

    /**
     * A database schemac did not write (no index on the foreign key, a table without a primary
     * key, a CHECK with OR): its pulled model, changed, is adopted; what pull cannot read is
     * reported and left alone, the migration applies and the database then matches the model.
     */
    @Test
    void aForeignDatabaseIsAdoptedThroughItsPulledModel() throws Exception {
        Path db = sqlite("foreign.db",
                "CREATE TABLE artists (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(120) NOT NULL)",
                "CREATE TABLE albums (id INTEGER NOT NULL PRIMARY KEY, title VARCHAR(160) NOT NULL, "
                        + "artist_id INTEGER NOT NULL REFERENCES artists (id), year INTEGER CHECK (year > 1900 OR year IS NULL))",
                "CREATE TABLE play_log (at DATETIME, album_id INTEGER)",
                "INSERT INTO artists (id, name) VALUES (1, 'Nina Simone')",
                "INSERT INTO albums (id, title, artist_id, year) VALUES (1, 'Pastel Blues', 1, 1965)",
                "INSERT INTO play_log (at, album_id) VALUES ('2025-01-01 10:00:00', 1)");
        Path model = tmp.resolve("app/music.schema");
        Files.createDirectories(model.getParent());
        var pull = Cli.run("pull", "--url", db.toString(), "--out", model.toString(), "--color", "never");
        assertThat(pull.code()).as(pull.err()).isZero();
        String pulled = Files.readString(model);
        assertThat(pulled).contains("entity Album {", "  title ");
        Files.writeString(model, pulled.replaceFirst("(\\n  title [^\\n]*\\n)", "$1  label string(80)?\n"));

        var dry = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "labels", "--dry-run", "--color", "never");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("-- Migration ", "_labels for SQLite", "ADD COLUMN label VARCHAR(80)");
        assertThat(tmp.resolve("app/generated")).as("--dry-run writes nothing").doesNotExist();

        var r = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "labels", "--timestamp", "20250301120000",
                "--color", "never");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("migration 20250301120000_labels:", "Adds column `albums.label`.").doesNotContain("play_log");
        assertThat(r.err()).contains("warning[SC965]: table `play_log` is not pulled");
        String up = Files.readString(tmp.resolve("app/generated/migrations/sql/sqlite/20250301120000_labels.up.sql"));
        try (Connection c = Engines.sqliteConnection(db); Statement s = c.createStatement()) {
            s.executeUpdate(up.replace("PRAGMA foreign_keys = OFF;", "").replace("PRAGMA foreign_keys = ON;", ""));
            try (var rs = s.executeQuery("SELECT a.title, r.name, a.label FROM albums a JOIN artists r ON r.id = a.artist_id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).isEqualTo("Pastel Blues|Nina Simone|null");
            }
            try (var rs = s.executeQuery("SELECT count(*) FROM play_log")) {
                assertThat(rs.next() && rs.getInt(1) == 1).as("the table the model does not have is left alone").isTrue();
            }
        }
        var diff = Cli.run("diff", "--url", db.toString(), "--color", "never", model.toString());
        assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
    }

    @Test
    void renamesAreRenamesInDiffJson() throws Exception {
        Path db = builtFrom(MODEL, "old");
        Path model = write("app/shop.schema", MODEL.replace("entity Customer {", "entity Client {\n  @@renamed_from(\"Customer\")")
                .replace("  email  string(80) @unique", "  mail string(80) @unique @renamed_from(\"email\")")
                .replace("customer Customer", "customer Client"));
        var r = Cli.run("diff", "--url", db.toString(), "--format", "json", model.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        JsonNode root = new ObjectMapper().readTree(r.out());
        var renames = new ArrayList<String>();
        for (JsonNode c : root.get("changes")) {
            assertThat(c.get("change").asText()).doesNotStartWith("drop_table").doesNotStartWith("drop_column")
                    .doesNotStartWith("create_table").doesNotStartWith("add_column");
            if (c.has("from")) renames.add(c.get("change").asText() + " " + c.get("from").asText() + " -> " + c.get("to").asText());
        }
        assertThat(renames).containsExactly("rename_table customers -> clients", "rename_column email -> mail");
        assertThat(root.get("sentences").toString()).contains("Renames table `customers` to `clients`.",
                "Renames column `clients.email` to `mail`.");
    }

    /**
     * A hint the database is already past (it has the new table, not the old one) names
     * nothing in the adopted history: SC552, as for any history, and nothing is written. In
     * {@code diff --url} the same hint is history, and the database matches.
     */
    @Test
    void aHintTheDatabaseIsPastIsAnErrorForTheHistoryButNotForDiff() throws Exception {
        String renamed = MODEL.replace("entity Customer {", "entity Client {\n  @@renamed_from(\"Customer\")")
                .replace("customer Customer", "customer Client");
        Path db = builtFrom(renamed.replace("  @@renamed_from(\"Customer\")\n", ""), "past");
        Path model = write("app/shop.schema", renamed);
        var diff = Cli.run("diff", "--url", db.toString(), "--color", "never", model.toString());
        assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
        var r = Cli.run("migrate", model.toString(), "--from-url=" + db, "--name", "adopt", "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC552]: rename hint: no entity `Customer` in the migration history\n  --> " + model + ":7:3");
        assertThat(tmp.resolve("app/generated")).doesNotExist();
    }

    static final String TRADE_OLD = """
            schema trade {
              dialect    = sqlite
              timestamps = false
            }

            entity Alpha {
              a string(20)
              b string(30)?
            }

            entity Beta {
              x int
            }
            """;

    /**
     * Entities and fields that trade names: each hint applies though its new name is in the
     * database (the other frees it). Before the trade and after it the names are the same;
     * diff tells the two apart by what the tables and columns hold (here the columns'
     * definitions differ), the adoption takes the hints as not yet applied.
     */
    static final String TRADE_NEW = """
            schema trade {
              dialect    = sqlite
              timestamps = false
            }

            entity Beta {
              @@renamed_from("Alpha")
              b string(20) @renamed_from("a")
              a string(30)? @renamed_from("b")
            }

            entity Alpha {
              @@renamed_from("Beta")
              x int
            }
            """;

    @Test
    void namesTradedByHintsAreRenamesInDiffAndTheAdoption() throws Exception {
        Path db = builtFrom(TRADE_OLD, "trade");
        try (Connection c = Engines.sqliteConnection(db); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO alphas (a, b) VALUES ('first', 'second')");
            s.executeUpdate("INSERT INTO betas (x) VALUES (7)");
        }
        Path model = write("app/trade.schema", TRADE_NEW);
        var diff = Cli.run("diff", "--url", db.toString(), "--color", "never", model.toString());
        assertThat(diff.code()).as(diff.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(diff.out().lines().toList()).contains("Renames table `alphas` to `betas`.", "Renames table `betas` to `alphas`.",
                "Renames column `betas.a` to `b`.", "Renames column `betas.b` to `a`.")
                .noneMatch(l -> l.startsWith("Drops") || l.startsWith("Creates") || l.startsWith("Adds column"));

        var r = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "trade", "--timestamp", "20250301120000",
                "--color", "never");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        String up = Files.readString(tmp.resolve("app/generated/migrations/sql/sqlite/20250301120000_trade.up.sql"));
        try (Connection c = Engines.sqliteConnection(db); Statement s = c.createStatement()) {
            s.executeUpdate(up.replace("PRAGMA foreign_keys = OFF;", "").replace("PRAGMA foreign_keys = ON;", ""));
            try (var rs = s.executeQuery("SELECT b, a FROM betas")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + "|" + rs.getString(2)).as("the old alphas row, a now b and b now a").isEqualTo("first|second");
            }
            try (var rs = s.executeQuery("SELECT x FROM alphas")) {
                assertThat(rs.next() && rs.getInt(1) == 7).as("the old betas row").isTrue();
            }
        }
        var after = Cli.run("diff", "--url", db.toString(), "--color", "never", model.toString());
        assertThat(after.code()).as(after.out() + after.err()).isZero();
    }

    /** An entity renamed with its table kept by @@map: the database has nothing to change, and the hint is applied. */
    @Test
    void anEntityRenamedOverTheSameTableChangesNothing() throws Exception {
        Path db = builtFrom(MODEL, "kept");
        Path model = write("app/shop.schema", MODEL.replace("entity Customer {", "entity Client {\n  @@renamed_from(\"Customer\")\n  @@map(\"customers\")")
                .replace("customer Customer", "customer Client @map(\"customer_id\")"));
        var diff = Cli.run("diff", "--url", db.toString(), "--color", "never", model.toString());
        assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
        var r = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "adopt", "--timestamp", "20250301120000",
                "--color", "never");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("no changes: the database matches the model");
    }

    @Test
    void anExistingHistoryIsRefused() throws Exception {
        Path db = builtFrom(MODEL, "live");
        Path model = write("app/shop.schema", MODEL);
        var gen = Cli.run("generate", model.toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        Path out = tmp.resolve("app/generated");
        var before = files(out);
        var r = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "adopt", "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC978]: the output has a migration history already (its last migration is "
                        + "`20250101000000_init`): --from-url starts a history, it cannot continue one\n"
                        + "  --> " + out.resolve("migrations") + ":1:1\n")
                .contains("= help: run `schemac migrate` without --from-url to write the next migration, and `schemac diff "
                        + "--url` to compare the database with the model");
        assertThat(files(out)).isEqualTo(before);
    }

    @Test
    void aDatabaseOfAnotherDialectIsRefused() throws Exception {
        Path db = builtFrom(MODEL, "live");
        Path model = write("app/shop.schema", MODEL.replace("dialect    = sqlite", "dialect    = postgres"));
        var r = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "adopt", "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC979]: the model's dialect is `postgres`, but " + db + " is a SQLite database\n"
                        + "  --> " + model + ":1:1\n")
                .contains("= help: set `dialect = sqlite` in the schema header, or give the URL of the database the model is for");
        assertThat(tmp.resolve("app/generated")).doesNotExist();
    }

    @Test
    void anUnreachableServerIsRefusedWithoutThePassword() throws Exception {
        int closed;
        try (var s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path model = write("app/shop.schema", MODEL.replace("dialect    = sqlite", "dialect    = postgres"));
        var r = Cli.run("migrate", model.toString(), "--from-url", "postgresql://app:s3cr3t-pw@127.0.0.1:" + closed + "/shop",
                "--name", "adopt", "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC960]: cannot connect to PostgreSQL at jdbc:postgresql://app:***@127.0.0.1:" + closed);
        assertThat(r.out() + r.err()).doesNotContain("s3cr3t-pw");
        assertThat(tmp.resolve("app/generated")).doesNotExist();
    }

    @Test
    void aMissingSqliteFileIsRefusedAndNotCreated() throws Exception {
        Path model = write("app/shop.schema", MODEL);
        Path missing = tmp.resolve("nope.db");
        var r = Cli.run("migrate", model.toString(), "--from-url", missing.toString(), "--name", "adopt", "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC960]: no SQLite database file `" + missing + "`");
        assertThat(missing).doesNotExist();
        assertThat(tmp.resolve("app/generated")).doesNotExist();
    }

    @Test
    void droppingWhatTheDatabaseHasIsDestructive() throws Exception {
        Path db = builtFrom(MODEL, "live");
        try (Connection c = Engines.sqliteConnection(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE legacy (id INTEGER NOT NULL PRIMARY KEY, note TEXT)");
        }
        Path model = write("app/shop.schema", MODEL);
        var r = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "adopt", "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC556]").contains("`legacy`");
        assertThat(tmp.resolve("app/generated")).doesNotExist();

        var allowed = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--name", "adopt", "--allow-destructive",
                "--timestamp", "20250301120000", "--color", "never");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("Drops table `legacy` and its rows.");
        assertThat(Files.readString(tmp.resolve("app/generated/migrations/sql/sqlite/20250301120000_adopt.up.sql")))
                .contains("-- Destructive: ");
    }

    @Test
    void optionsThatDoNotGoTogetherAreUsageErrors() throws Exception {
        Path db = builtFrom(MODEL, "live");
        Path model = write("app/shop.schema", MODEL);
        var check = Cli.run("migrate", model.toString(), "--from-url", db.toString(), "--check");
        assertThat(check.code()).isEqualTo(Main.USAGE);
        assertThat(check.err()).contains("--check and --from-url: to compare a database with the model, run `schemac diff --url`");
        var schema = Cli.run("migrate", model.toString(), "--schema", "public", "--name", "x");
        assertThat(schema.code()).isEqualTo(Main.USAGE);
        assertThat(schema.err()).contains("--schema names where --from-url reads the database: give --from-url");
        var bad = Cli.run("migrate", model.toString(), "--from-url", "ftp://admin:hunter2pw@db.example/x", "--name", "x");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("unsupported database URL ftp://admin:***@db.example/x");
        assertThat(bad.out() + bad.err()).doesNotContain("hunter2pw");
        if (System.getenv("DATABASE_URL") == null) {
            var none = Cli.run("migrate", "--from-url", model.toString(), "--name", "x");
            assertThat(none.code()).isEqualTo(Main.USAGE);
            assertThat(none.err()).contains("no database given: pass --from-url URL or set DATABASE_URL");
        }
        assertThat(tmp.resolve("app/generated")).doesNotExist();
    }

    /** {@code --from-url} with no value before the model file reads DATABASE_URL (a real process: the variable is its own). */
    @Test
    void withoutAValueTheUrlComesFromDatabaseUrl() throws Exception {
        Path db = builtFrom(MODEL, "live");
        Path model = write("app/shop.schema", MODEL);
        var cmd = new ArrayList<>(Cli.javaCommand());
        cmd.addAll(List.of("migrate", "--from-url", model.toString(), "--name", "adopt", "--timestamp", "20250301120000",
                "--color", "never"));
        var pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DATABASE_URL", "jdbc:sqlite:" + db);
        var p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("baseline 20250301115959_baseline: " + db + " as it is");
    }
}
