package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.gen.TargetOptions;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every MySQL and MariaDB script schemac writes stores exactly the model's text whatever the client session's
 * settings: a later migration holding text outside ASCII states its encoding, so the mysql client run with
 * {@code --default-character-set=latin1} or {@code utf8mb3} stores a label, a default and a comment beyond the
 * Basic Multilingual Plane as the model has them (a later migration of ASCII alone is as before); an Alembic revision
 * stores a backslash in a default, a check, a comment and an enum label alike in a session with and without
 * NO_BACKSLASH_ESCAPES, up and down; and {@code schema.sql}, {@code seed.sql} and a migration's up and down store
 * the same columns, defaults, comments, checks and rows in sessions with ANSI_QUOTES, ANSI, PIPES_AS_CONCAT,
 * NO_BACKSLASH_ESCAPES, no sql_mode, TRADITIONAL, another time zone, another connection character set and
 * explicit_defaults_for_timestamp off as in a default session, and leave the session's sql_mode, time zone and character
 * sets as they were (the client in latin1 or utf8mb3 included). MySQL 8 and MariaDB, each through the real mysql client and real Alembic.
 */
class MysqlSessionSettingsTest {
    @TempDir Path dir;

    private static final List<Engine> ENGINES = List.of(Engine.MARIADB, Engine.MYSQL);

    // --- 1. a later migration states its encoding

    private static final String PLAIN = """
            schema emo { timestamps = false }
            /// How a thing feels
            enum Mood {
              HAPPY @map("happy")
            }
            /// A thing
            entity Thing {
              id   int @id @auto
              mood Mood = HAPPY
            }
            """;

    /** Comments hold text of the Basic Multilingual Plane only: MySQL keeps comments in utf8mb3 (SC540). */
    private static final String EMOJI = """
            schema emo { timestamps = false }
            /// How a thing feels
            enum Mood {
              HAPPY @map("happy")
              GRIN @map("grin 😀 ü")
            }
            /// Things ü ✓
            entity Thing {
              id   int @id @auto
              mood Mood = GRIN
              /// note ✓ ü
              note string(40) = "naïve 😀 ✓"
            }
            """;

    @Test
    void aLaterMigrationStoresTextOutsideAsciiWhateverTheClientsCharacterSet() throws Exception {
        Path out = history(PLAIN, EMOJI, "emoji");
        Path scripts = out.resolve("migrations/sql/mysql");
        String init = Files.readString(scripts.resolve(TargetOptions.DEFAULT_TIMESTAMP + "_init.up.sql"));
        String up = Files.readString(scripts.resolve("20250102000000_emoji.up.sql"));
        String down = Files.readString(scripts.resolve("20250102000000_emoji.down.sql"));
        assertThat(up).as("the up script holds text outside ASCII").contains("\nSET NAMES utf8mb4;\n");
        assertThat(down).as("the down script is ASCII alone: as before").doesNotContain("SET NAMES").matches("\\p{ASCII}*");
        for (Engine engine : ENGINES) {
            for (String charset : List.of("latin1", "utf8mb3", "utf8mb4")) {
                String what = engine.displayName() + ", the client in " + charset;
                try (Database db = Engines.freshDatabase(engine, "emo")) {
                    mysql(db, charset, "", init, what + ": first migration");
                    mysql(db, charset, "", up, what + ": later migration");
                    try (Connection c = db.connect(); Statement s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO things (id) VALUES (1)");
                        try (var ps = c.prepareStatement("INSERT INTO things (id, mood) VALUES (2, ?)")) {
                            ps.setString(1, "grin 😀 ü");
                            assertThat(ps.executeUpdate()).as("%s: the new label", what).isEqualTo(1);
                        }
                        assertThat(rows(s, "SELECT mood, note FROM things ORDER BY id")).as("%s: the defaults and the label", what)
                                .containsExactly(List.of("grin 😀 ü", "naïve 😀 ✓"), List.of("grin 😀 ü", "naïve 😀 ✓"));
                        assertThat(rows(s, "SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                + "AND TABLE_NAME = 'things' AND COLUMN_NAME = 'note'")).as("%s: the column comment", what)
                                .containsExactly(List.of("note ✓ ü"));
                        assertThat(rows(s, "SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                + "AND TABLE_NAME = 'things'")).as("%s: the table comment", what).containsExactly(List.of("Things ü ✓"));
                        s.executeUpdate("DELETE FROM things");
                    }
                    mysql(db, charset, "", down, what + ": its down migration");
                    try (Connection c = db.connect(); Statement s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO things (id) VALUES (1)");
                        assertThat(rows(s, "SELECT * FROM things")).as("%s: down", what).containsExactly(List.of("1", "happy"));
                    }
                }
            }
        }
    }

    // --- 2. Alembic with NO_BACKSLASH_ESCAPES on and off

    private static final String SLASHED = """
            schema bs { timestamps = false }
            /// Kinds with a back\\slash
            enum Kind {
              PLAIN @map("plain")
              BACK @map("back\\\\slash")
            }
            /// Things: a back\\slash
            entity Thing {
              id    int @id @auto
              /// note back\\slash ü
              name  string(120) = "it's \\\\ {x}\\n\\t😀" @check(!= "no\\\\pe")
              kind  Kind = BACK
              code  string(40)? @pattern("[a-z]+\\\\\\\\d")
            }
            """;

    /** Another default and comment with a backslash, and a label added (a check changed needs MySQL 8.0.19). */
    private static final String SLASHED_LATER = SLASHED
            .replace("BACK @map(\"back\\\\slash\")", "BACK @map(\"back\\\\slash\")\n  MORE @map(\"more\\\\\\\\\")")
            .replace("= \"it's \\\\ {x}\\n\\t😀\"", "= \"later\\\\ \\t'\"")
            .replace("/// note back\\slash ü", "/// later\\note");

    private record Stored(String nameDefault, String comment, List<String> labels, String refused) {}

    private static final Stored FIRST_STORED = new Stored("it's \\ {x}\n\t😀", "note back\\slash ü", List.of("plain", "back\\slash"),
            "no\\pe");
    private static final Stored LATER_STORED = new Stored("later\\ \t'", "later\\note", List.of("plain", "back\\slash", "more\\\\"),
            "no\\pe");

    /** A required date defaulting to today: the later revision runs the zero-date guard (MigrationSql.zeroDates) too. */
    private static String dated(String model) {
        return model.replace("  code  string(40)?", "  day   date = now()\n  code  string(40)?");
    }

    /**
     * The session with NO_BACKSLASH_ESCAPES also has TRADITIONAL, which stands for NO_ZERO_DATE: MySQL 8.0.15 refuses the
     * later revision's ALTER of a table with a required date defaulting to today unless the guard takes TRADITIONAL out too.
     */
    @Test
    void alembicStoresTheSameTextWithNoBackslashEscapesOnAndOff() throws Exception {
        Path out = history(dated(SLASHED), dated(SLASHED_LATER), "later");
        Path alembic = out.resolve("migrations/alembic");
        assertThat(Files.readString(alembic.resolve("versions/20250102000000_later.py")))
                .contains("with _mysql_backslash_escapes():");
        for (Engine engine : ENGINES) {
            for (boolean on : List.of(true, false)) {
                String what = engine.displayName() + (on ? ", TRADITIONAL and NO_BACKSLASH_ESCAPES" : ", default sql_mode");
                try (Database db = Engines.freshDatabase(engine, "bs_alembic")) {
                    String url = db.url("mysql+pymysql") + "?charset=utf8mb4";
                    if (on) {
                        url += "&init_command=" + URLEncoder.encode(
                                "SET SESSION sql_mode = CONCAT_WS(',', 'TRADITIONAL', NULLIF(@@SESSION.sql_mode, ''), 'NO_BACKSLASH_ESCAPES')",
                                StandardCharsets.UTF_8).replace("+", "%20");
                    }
                    alembic(alembic, url, "upgrade", TargetOptions.DEFAULT_TIMESTAMP, what);
                    readBack(db, FIRST_STORED, what + ": first revision");
                    alembic(alembic, url, "upgrade", "head", what);
                    readBack(db, LATER_STORED, what + ": later revision");
                    alembic(alembic, url, "downgrade", TargetOptions.DEFAULT_TIMESTAMP, what);
                    readBack(db, FIRST_STORED, what + ": its downgrade");
                    alembic(alembic, url, "downgrade", "base", what);
                }
            }
        }
    }

    /**
     * Offline ({@code alembic upgrade head --sql}) the guarded revisions print their SQL without reading a session, and
     * that SQL, run by the mysql client in a session with NO_BACKSLASH_ESCAPES, stores the model's text and gives the
     * session its sql_mode back.
     */
    @Test
    void alembicsOfflineSqlStoresTheSameTextWithNoBackslashEscapesOn() throws Exception {
        Path alembic = history(SLASHED, SLASHED_LATER, "offline").resolve("migrations/alembic");
        for (Engine engine : ENGINES) {
            String what = engine.displayName() + ", offline SQL, NO_BACKSLASH_ESCAPES on";
            try (Database db = Engines.freshDatabase(engine, "bs_offline")) {
                Path harness = Engines.root().resolve("tools/python/schemac_harness.py");
                String out = Tools.run(new ProcessBuilder(Engines.python().toString(), harness.toString(), "alembic", alembic.toString(),
                        db.url("mysql+pymysql") + "?charset=utf8mb4", "upgrade", "head", "--sql"), what + ": alembic upgrade head --sql");
                String sql = new ObjectMapper().readTree(out.substring(out.indexOf('{'))).get("sql").asText();
                assertThat(sql).as(what).contains("SET @schemac_escapes_sql_mode = @@SESSION.sql_mode;");
                // Alembic ends each statement with its own terminator: the revision's statements carry none.
                assertThat(sql).as("%s: no empty statement", what).doesNotContain(";;").doesNotContainPattern("(?m)^\\s*;");
                mysql(db, "utf8mb4", "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'NO_BACKSLASH_ESCAPES');",
                        sql, what);
                readBack(db, LATER_STORED, what);
            }
        }
    }

    /**
     * One Python process, one engine whose pool and Dialect every connection shares, a session with
     * NO_BACKSLASH_ESCAPES: the first revision runs, then a later one fails half way (its table exists already). After
     * each, the session has its sql_mode again and the engine's Dialect writes literals as before, so the engine's other
     * connections are not left writing doubled backslashes.
     */
    private static final String FAILING_SCRIPT = """
            import importlib.util
            import json
            import re
            import sys

            import sqlalchemy as sa
            from alembic.migration import MigrationContext
            from alembic.operations import Operations

            url, first, later = sys.argv[1:4]
            engine = sa.create_engine(url)


            def load(path: str):
                spec = importlib.util.spec_from_file_location("revision", path)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                return module


            def state(connection: sa.Connection) -> list[object]:
                mode = connection.execute(sa.text("SELECT @@SESSION.sql_mode")).scalar()
                return [mode, engine.dialect._backslash_escapes]


            out = {}
            with engine.connect() as connection:
                out["before"] = state(connection)
                with Operations.context(MigrationContext.configure(connection)):
                    load(first).upgrade()
                    out["after first"] = state(connection)
                    table = re.findall(r'op\\.create_table\\(\\s*"([^"]+)"', open(later, encoding="utf-8").read())[-1]
                    connection.execute(sa.text(f"CREATE TABLE `{table}` (x int)"))
                    try:
                        load(later).upgrade()
                        out["failed"] = False
                    except sa.exc.DBAPIError as e:
                        out["failed"] = table in str(e)
                    out["after failure"] = state(connection)
            print(json.dumps(out))
            """;

    @Test
    void aRevisionThatFailsGivesTheSessionAndTheEnginesDialectBack() throws Exception {
        Path alembic = history(SLASHED, SLASHED_LATER + "\nentity Zed {\n  id int @id @auto\n}\n", "failing").resolve("migrations/alembic");
        Path script = dir.resolve("failing.py");
        Files.writeString(script, FAILING_SCRIPT, StandardCharsets.UTF_8);
        for (Engine engine : ENGINES) {
            String what = engine.displayName() + ", a revision failing half way";
            try (Database db = Engines.freshDatabase(engine, "bs_failing")) {
                String url = db.url("mysql+pymysql") + "?charset=utf8mb4&init_command=" + URLEncoder.encode(
                        "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'NO_BACKSLASH_ESCAPES')",
                        StandardCharsets.UTF_8).replace("+", "%20");
                String out = Tools.run(new ProcessBuilder(Engines.python().toString(), script.toString(), url,
                        alembic.resolve("versions/" + TargetOptions.DEFAULT_TIMESTAMP + "_init.py").toString(),
                        alembic.resolve("versions/20250102000000_failing.py").toString()), what);
                var json = new ObjectMapper().readTree(out.substring(out.indexOf('{')));
                assertThat(json.get("failed").asBoolean()).as("%s: the later revision failed on its table: %s", what, out).isTrue();
                assertThat(json.get("before").get(0).asText()).as(what).contains("NO_BACKSLASH_ESCAPES");
                assertThat(json.get("before").get(1).asBoolean()).as("%s: the Dialect read the session's mode", what).isFalse();
                assertThat(json.get("after first")).as("%s: after the first revision", what).isEqualTo(json.get("before"));
                assertThat(json.get("after failure")).as("%s: after the revision that failed", what).isEqualTo(json.get("before"));
            }
        }
    }

    private static void readBack(Database db, Stored x, String what) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO things (id) VALUES (1)");
            assertThat(rows(s, "SELECT name, kind FROM things")).as("%s: the defaults", what)
                    .containsExactly(List.of(x.nameDefault(), "back\\slash"));
            int id = 2;
            for (String label : x.labels()) {
                try (var ps = c.prepareStatement("INSERT INTO things (id, kind) VALUES (?, ?)")) {
                    ps.setInt(1, id++);
                    ps.setString(2, label);
                    ps.executeUpdate();
                }
            }
            assertThat(rows(s, "SELECT kind FROM things WHERE id > 1 ORDER BY id")).as("%s: the labels", what)
                    .containsExactlyElementsOf(x.labels().stream().map(List::of).toList());
            assertThat(rows(s, "SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                    + "AND TABLE_NAME = 'things' AND COLUMN_NAME = 'name'")).as("%s: the column comment", what)
                    .containsExactly(List.of(x.comment()));
            assertThat(rows(s, "SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    + "AND TABLE_NAME = 'things'")).as("%s: the table comment", what).containsExactly(List.of("Things: a back\\slash"));
            if (enforcesChecks(c)) {
                try (var ps = c.prepareStatement("INSERT INTO things (id, name) VALUES (100, ?)")) {
                    ps.setString(1, x.refused());
                    org.assertj.core.api.Assertions.assertThatThrownBy(ps::executeUpdate).as("%s: the check's literal", what)
                            .isInstanceOf(SQLException.class);
                }
            }
            s.executeUpdate("DELETE FROM things");
        }
    }

    // --- 3. the scripts under other session settings

    private static final String RICH = """
            schema rich { timestamps = true }
            /// Kinds with a back\\slash and "quotes"
            enum Kind {
              PLAIN @map("plain")
              BACK @map("back\\\\slash")
              QUOTE @map("it's \\" dq || x")
              UNI @map("ünï 😀 %")
            }
            /// Things: a back\\slash, it's 50% "dq"
            entity Thing {
              id    int @id @auto
              /// note with a back\\slash and it's ünï "dq"
              name  string(120) = "it's 50% \\\\ {x}\\n\\t😀 \\"dq\\" || y" @check(!= "no\\\\pe")
              kind  Kind = BACK
              code  string(40)? @pattern("[a-z]+\\\\\\\\d")
              day   date = now()
              at    datetime?
              blank string(10) = ""
              ratio float = 0.5
              price decimal(10,2) = 1.25
              flag  bool = true
              big   text = "a \\"b\\" 'c'"
            }
            """;

    /** Columns added with defaults of every kind, a label added, a comment changed. */
    private static final String RICH_LATER = RICH
            .replace("UNI @map(\"ünï 😀 %\")", "UNI @map(\"ünï 😀 %\")\n  MORE @map(\"more \\\"x\\\" 😀\")")
            .replace("  big   text", "  added string(20) = \"x || \\\"y\\\" 😀\"\n  due   date?\n  again time = now()\n  big   text")
            .replace("/// note with a back\\slash and it's ünï \"dq\"", "/// note \"later\" ü");

    private record Setting(String name, String sql, boolean mariadb, boolean mysql) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting("ANSI_QUOTES", "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'ANSI_QUOTES');", true, true),
            new Setting("ANSI", "SET SESSION sql_mode = 'ANSI';", true, true),
            new Setting("PIPES_AS_CONCAT", "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'PIPES_AS_CONCAT');",
                    true, true),
            new Setting("NO_BACKSLASH_ESCAPES",
                    "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'NO_BACKSLASH_ESCAPES');", true, true),
            new Setting("no sql_mode", "SET SESSION sql_mode = '';", true, true),
            // MySQL 8.0.15 (before 8.0.24): the zero-date guard (MigrationSql.MYSQL_ZERO_DATES_WHY) takes TRADITIONAL out.
            new Setting("TRADITIONAL", "SET SESSION sql_mode = 'TRADITIONAL';", true, true),
            new Setting("time zone +05:30", "SET time_zone = '+05:30';", true, true),
            new Setting("latin1 connection", "SET NAMES latin1;", true, true),
            new Setting("utf8mb3 connection", "SET NAMES utf8;", true, true),
            new Setting("explicit_defaults_for_timestamp off", "SET SESSION explicit_defaults_for_timestamp = OFF;", true, true));

    @Test
    void theScriptsStoreTheSameUnderEverySessionSetting() throws Exception {
        Path out = history(RICH, RICH_LATER, "later");
        String schema = Files.readString(out.resolve("sql/mysql/schema.sql"));
        String seed = Files.readString(out.resolve("seed/mysql/seed.sql"));
        Path scripts = out.resolve("migrations/sql/mysql");
        String init = Files.readString(scripts.resolve(TargetOptions.DEFAULT_TIMESTAMP + "_init.up.sql"));
        String up = Files.readString(scripts.resolve("20250102000000_later.up.sql"));
        String down = Files.readString(scripts.resolve("20250102000000_later.down.sql"));
        for (Engine engine : ENGINES) {
            var expected = stored(engine, "", "default session", schema, seed, init, up, down);
            for (Setting setting : SETTINGS) {
                if (engine == Engine.MARIADB ? !setting.mariadb() : !setting.mysql()) continue;
                String what = engine.displayName() + ", " + setting.name();
                assertThat(stored(engine, setting.sql(), what, schema, seed, init, up, down)).as(what).isEqualTo(expected);
            }
        }
    }

    /**
     * What the documents say the scripts need of a MariaDB session: sql_mode ORACLE reads DATE as DATETIME, and
     * EMPTY_STRING_IS_NULL refuses a {@code ''} default, so neither may be set.
     */
    @Test
    void mariadbsOracleAndEmptyStringIsNullModesAreWhatTheScriptsNeedAbsent() throws Exception {
        Path out = history(RICH, RICH_LATER, "later");
        String schema = Files.readString(out.resolve("sql/mysql/schema.sql"));
        try (Database db = Engines.freshDatabase(Engine.MARIADB, "rich_oracle")) {
            mysql(db, "utf8mb4", "SET SESSION sql_mode = 'ORACLE';", schema, "ORACLE");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(rows(s, "SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                        + "AND TABLE_NAME = 'things' AND COLUMN_NAME = 'day'")).containsExactly(List.of("datetime"));
            }
        }
        try (Database db = Engines.freshDatabase(Engine.MARIADB, "rich_empty")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mysql(db, "utf8mb4",
                    "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'EMPTY_STRING_IS_NULL');", schema,
                    "EMPTY_STRING_IS_NULL")).hasMessageContaining("Invalid default value for 'blank'");
        }
    }

    /** What the database stores after schema and seed, after the first and the later migration, and after its down. */
    private Map<String, List<List<String>>> stored(Engine engine, String setting, String what, String schema, String seed,
                                                   String init, String up, String down) throws Exception {
        var out = new LinkedHashMap<String, List<List<String>>>();
        try (Database db = Engines.freshDatabase(engine, "rich")) {
            mysql(db, "utf8mb4", setting, schema + seed, what + ": schema and seed");
            snapshot(db, "schema and seed", out);
        }
        try (Database db = Engines.freshDatabase(engine, "rich_mig")) {
            mysql(db, "utf8mb4", setting, init, what + ": first migration");
            snapshot(db, "first migration", out);
            mysql(db, "utf8mb4", setting, up, what + ": later migration");
            snapshot(db, "later migration", out);
            mysql(db, "utf8mb4", setting, down, what + ": its down migration");
            snapshot(db, "down migration", out);
        }
        return out;
    }

    private static void snapshot(Database db, String step, Map<String, List<List<String>>> out) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            out.put(step + ": columns", rows(s, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, "
                    + "COLUMN_COMMENT, CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS "
                    + "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, COLUMN_NAME"));
            out.put(step + ": tables", rows(s, "SELECT TABLE_NAME, TABLE_COMMENT, TABLE_COLLATION FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME"));
            // MySQL before 8.0.16 has no CHECK_CONSTRAINTS table (and keeps no check).
            if (enforcesChecks(c)) out.put(step + ": checks", rows(s, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                    + "WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY CONSTRAINT_NAME"));
            out.put(step + ": rows", rows(s, "SELECT * FROM things ORDER BY id"));
            // The defaults as a new row takes them (created_at and the dates are the insert's own: left out).
            s.executeUpdate("INSERT INTO things (id, code) VALUES (1000, NULL)");
            out.put(step + ": defaults", rows(s, "SELECT name, kind, blank, ratio, price, flag, big FROM things WHERE id = 1000"));
            s.executeUpdate("DELETE FROM things WHERE id = 1000");
        }
    }

    // --- helpers

    /** {@code first} generated, then {@code later} migrated as {@code 20250102000000_<name>}: the output folder. */
    private Path history(String first, String later, String name) throws Exception {
        Path out = dir.resolve("out_" + name);
        Path model = dir.resolve(name + ".schema");
        Files.writeString(model, first, StandardCharsets.UTF_8);
        Tools.cli("generate", "--no-settings", "-o", out.toString(), model.toString());
        Files.writeString(model, later, StandardCharsets.UTF_8);
        Tools.cli("migrate", "--no-settings", "-o", out.toString(), "--name=" + name, "--timestamp=20250102000000",
                "--allow-destructive", model.toString());
        return out;
    }

    private static List<List<String>> rows(Statement s, String sql) throws SQLException {
        var out = new ArrayList<List<String>>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                out.add(java.util.Collections.unmodifiableList(row));
            }
        }
        return out;
    }

    /** MySQL before 8.0.16 (the only MySQL 8 Maven Central ships is 8.0.15) parses a CHECK and ignores it. */
    private static boolean enforcesChecks(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            String version = rs.getString(1);
            if (version.contains("MariaDB")) return true;
            String[] v = version.split("[.-]");
            return Integer.parseInt(v[0]) > 8 || Integer.parseInt(v[1]) > 0 || Integer.parseInt(v[2]) >= 16;
        }
    }

    /**
     * Runs {@code script} with the mysql client in {@code charset}, after {@code setting} in the same session, and
     * asserts the session has its sql_mode, time zone and character sets (client, connection, results, collation) again after
     * the script: a user sourcing it from an interactive client goes on in the session they had.
     */
    private void mysql(Database db, String charset, String setting, String script, String what) throws Exception {
        Path f = Files.createTempFile(dir, "script", ".sql");
        Files.writeString(f, setting + "\nSET @before_mode = @@SESSION.sql_mode, @before_zone = @@SESSION.time_zone, "
                + "@before_client = @@SESSION.character_set_client, @before_connection = @@SESSION.character_set_connection, "
                + "@before_results = @@SESSION.character_set_results, @before_collation = @@SESSION.collation_connection;\n" + script
                + "\nSELECT CONCAT('kept:', @@SESSION.sql_mode = @before_mode, @@SESSION.time_zone = @before_zone, "
                + "@@SESSION.character_set_client = @before_client, @@SESSION.character_set_connection = @before_connection, "
                + "@@SESSION.character_set_results <=> @before_results, @@SESSION.collation_connection = @before_collation);\n",
                StandardCharsets.UTF_8);
        Engine e = db.engine();
        var pb = new ProcessBuilder("mysql", "-N", "--default-character-set=" + charset, "-h", e.host(), "-P", String.valueOf(e.port()),
                "-u", db.user(), db.name()).redirectInput(f.toFile());
        pb.environment().put("MYSQL_PWD", db.password());
        String out = Tools.run(pb, what);
        assertThat(out.strip()).as("%s: the session's sql_mode, time zone and character sets after the script", what)
                .isEqualTo("kept:111111");
    }

    private static void alembic(Path scripts, String url, String action, String revision, String what) throws Exception {
        Path harness = Engines.root().resolve("tools/python/schemac_harness.py");
        var pb = new ProcessBuilder(Engines.python().toString(), harness.toString(), "alembic", scripts.toString(), url, action,
                revision);
        String out = Tools.run(pb, what + ": alembic " + action + " " + revision);
        new ObjectMapper().readTree(out.substring(out.indexOf('{')));
    }
}
