package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MySQL's and MariaDB's scripts store the model's text exactly whether or not the session's sql_mode has
 * NO_BACKSLASH_ESCAPES: a model with backslashes, quotes, line breaks, tabs, a CR, {@code %} and text beyond the
 * Basic Multilingual Plane in a default, enum labels, a check's literal, a pattern, comments and the seeded rows;
 * {@code schema.sql}, {@code seed.sql}, the first migration and a later one run through the mysql client on both
 * engines with the mode on and off, and every value reads back as the model has it, and the session's sql_mode is
 * its own again after each script. A model without such a literal keeps its scripts as they were.
 */
class MysqlBackslashEscapesTest {
    @TempDir Path dir;

    private static final String NAME_DEFAULT = "it's 50% \\ {x}\n\t\r😀";
    private static final List<String> LABELS = List.of("plain", "back\\slash", "it's \\' q", "tab\there", "ünï 😀 %");
    private static final String COLUMN_COMMENT = "note with a back\\slash and it's 100% ünï \\n";
    private static final String TABLE_COMMENT = "Things: a back\\slash, it's 50% \\t literally";

    private static final String MODEL = """
            schema nbe { timestamps = false }

            /// Kinds with a back\\slash
            enum Kind {
              PLAIN @map("plain")
              BACK @map("back\\\\slash")
              QUOTE @map("it's \\\\' q")
              TAB @map("tab\\there")
              UNI @map("ünï 😀 %")
            }

            /// Things: a back\\slash, it's 50% \\t literally
            entity Thing {
              id    int @id @auto
              /// note with a back\\slash and it's 100% ünï \\n
              name  string(120) = "it's 50% \\\\ {x}\\n\\t\\r😀" @check(!= "no\\\\pe\\n")
              kind  Kind = BACK
              code  string(40)? @pattern("[a-z]+\\\\\\\\d")
            }
            """;

    /**
     * The model of the migrations: text beyond the Basic Multilingual Plane is left out here; how a later migration
     * carries it whatever the client's character set is {@link MysqlSessionSettingsTest}'s.
     */
    private static final String FIRST = MODEL.replace("😀", "✓");
    private static final List<String> FIRST_LABELS = LABELS.stream().map(l -> l.replace("😀", "✓")).toList();
    private static final String FIRST_DEFAULT = NAME_DEFAULT.replace("😀", "✓");

    /** The later model: another default and comment with escapes, and a label added. */
    private static final String LATER = FIRST
            .replace("UNI @map(\"ünï ✓ %\")", "UNI @map(\"ünï ✓ %\")\n  MORE @map(\"more\\\\\\\\\")")
            .replace("= \"it's 50% \\\\ {x}\\n\\t\\r✓\"", "= \"later\\\\ \\t'\"")
            .replace("/// note with a back\\slash and it's 100% ünï \\n", "/// later\\note");

    private Map<String, String> generate(String model) throws Exception {
        Path file = dir.resolve("nbe.schema");
        Files.writeString(file, model, StandardCharsets.UTF_8);
        Compilation c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return Targets.run(c, Targets.all(), TargetOptions.defaults()).files();
    }

    @Test
    void schemaAndSeedStoreTheModelsTextWithTheModeOnAndOff() throws Exception {
        var files = generate(MODEL);
        String schema = files.get("sql/mysql/schema.sql");
        assertThat(schema).contains("SET SESSION sql_mode = @schemac_escapes_sql_mode;");
        List<List<String>> sqliteSeed = sqliteSeed(files);
        for (Engine engine : List.of(Engine.MARIADB, Engine.MYSQL)) {
            for (boolean on : List.of(true, false)) {
                String what = engine.displayName() + ", NO_BACKSLASH_ESCAPES " + (on ? "on" : "off");
                try (Database db = Engines.freshDatabase(engine, "nbe")) {
                    runMysql(db, on, files.get("sql/mysql/schema.sql") + files.get("seed/mysql/seed.sql"), what + ": schema and seed");
                    assertThat(seeded(db)).as("%s: the seeded rows", what).isEqualTo(sqliteSeed);
                    readBack(db, NAME_DEFAULT, COLUMN_COMMENT, LABELS, what + ": schema.sql");
                }
            }
        }
    }

    @Test
    void migrationsStoreTheModelsTextWithTheModeOnAndOff() throws Exception {
        Path out = dir.resolve("out");
        Path model = dir.resolve("nbe.schema");
        Files.writeString(model, FIRST, StandardCharsets.UTF_8);
        Tools.cli("generate", "--no-settings", "-o", out.toString(), model.toString());
        Files.writeString(model, LATER, StandardCharsets.UTF_8);
        Tools.cli("migrate", "--no-settings", "-o", out.toString(), "--name=later", "--timestamp=20250102000000",
                "--allow-destructive", model.toString());
        Path scripts = out.resolve("migrations/sql/mysql");
        String init = Files.readString(scripts.resolve(TargetOptions.DEFAULT_TIMESTAMP + "_init.up.sql"));
        String up = Files.readString(scripts.resolve("20250102000000_later.up.sql"));
        String down = Files.readString(scripts.resolve("20250102000000_later.down.sql"));
        assertThat(up).contains("SET SESSION sql_mode = @schemac_escapes_sql_mode;").contains("'more\\\\\\\\'")
                .contains("DEFAULT 'later\\\\ \\t'''").contains("COMMENT 'later\\\\note'");
        var later = new ArrayList<>(FIRST_LABELS);
        later.add("more\\\\");
        for (Engine engine : List.of(Engine.MARIADB, Engine.MYSQL)) {
            for (boolean on : List.of(true, false)) {
                String what = engine.displayName() + ", NO_BACKSLASH_ESCAPES " + (on ? "on" : "off");
                try (Database db = Engines.freshDatabase(engine, "nbe_mig")) {
                    runMysql(db, on, init, what + ": first migration");
                    readBack(db, FIRST_DEFAULT, COLUMN_COMMENT, FIRST_LABELS, what + ": first migration");
                    clear(db);
                    runMysql(db, on, up, what + ": later migration");
                    readBack(db, "later\\ \t'", "later\\note", later, what + ": later migration");
                    clear(db);
                    runMysql(db, on, down, what + ": its down migration");
                    readBack(db, FIRST_DEFAULT, COLUMN_COMMENT, FIRST_LABELS, what + ": down migration");
                }
            }
        }
    }

    /** A model without a backslash or control character in a MySQL literal has no guard: its scripts are as before. */
    @Test
    void aPlainModelHasNoGuard() throws Exception {
        var files = generate("""
                schema plain { timestamps = false }
                /// it's 100% plain
                entity Thing {
                  id   int @id @auto
                  name string(20) = "it's {x} %" @check(!= "no")
                }
                """);
        for (String path : List.of("sql/mysql/schema.sql", "seed/mysql/seed.sql")) {
            assertThat(files.get(path)).as(path).doesNotContain("sql_mode");
        }
    }

    // --- reading back

    private static void clear(Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM things");
        }
    }

    private static void readBack(Database db, String nameDefault, String columnComment, List<String> labels, String what)
            throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO things (id) VALUES (1000)");
            try (ResultSet rs = s.executeQuery("SELECT name, kind FROM things WHERE id = 1000")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("%s: the text default", what).isEqualTo(nameDefault);
                assertThat(rs.getString(2)).as("%s: the enum default", what).isEqualTo("back\\slash");
            }
            int id = 1001;
            for (String label : labels) {
                insert(c, id, "kind", label, what + ": the label " + label);
                try (ResultSet rs = s.executeQuery("SELECT kind FROM things WHERE id = " + id)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("%s: the label read back", what).isEqualTo(label);
                }
                id++;
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM things WHERE kind = ''")) {
                rs.next();
                assertThat(rs.getInt(1)).as("%s: no label was turned into ''", what).isZero();
            }
            int first = id;
            boolean checks = enforcesChecks(c);
            if (checks) assertThatThrownBy(() -> insert(c, first, "name", "no\\pe\n", "")).as("%s: the check's literal", what)
                    .isInstanceOf(SQLException.class);
            insert(c, id++, "name", "no\\\\pe\n", what + ": a value the check allows");
            insert(c, id++, "name", "nope\n", what + ": a value the check allows");
            insert(c, id++, "code", "ab\\d", what + ": the pattern's backslash");
            int next = id;
            if (checks) {
                assertThatThrownBy(() -> insert(c, next, "code", "abd", "")).as("%s: the pattern refuses", what)
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> insert(c, next, "code", "ab\\\\d", "")).as("%s: the pattern refuses", what)
                        .isInstanceOf(SQLException.class);
            }
            try (ResultSet rs = s.executeQuery("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'things' AND COLUMN_NAME = 'name'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("%s: the column comment", what).isEqualTo(columnComment);
            }
            try (ResultSet rs = s.executeQuery("SELECT TABLE_COMMENT FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'things'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("%s: the table comment", what).isEqualTo(TABLE_COMMENT);
            }
        }
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

    private static void insert(Connection c, int id, String column, String value, String what) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO things (id, " + column + ") VALUES (?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, value);
            assertThat(ps.executeUpdate()).as(what).isEqualTo(1);
        }
    }

    private static List<List<String>> seeded(Database db) throws SQLException {
        try (Connection c = db.connect()) {
            return rows(c);
        }
    }

    private static List<List<String>> rows(Connection c) throws SQLException {
        var out = new ArrayList<List<String>>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, kind, code FROM things ORDER BY id")) {
            while (rs.next()) out.add(java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
        assertThat(out).as("seeded rows").isNotEmpty();
        return out;
    }

    /** The same seed as SQLite's shell stores it: its literals take no backslash escapes. */
    private List<List<String>> sqliteSeed(Map<String, String> files) throws Exception {
        Path file = dir.resolve("seed.db");
        Path script = dir.resolve("seed.sql");
        Files.writeString(script, files.get("sql/sqlite/schema.sql") + files.get("seed/sqlite/seed.sql"), StandardCharsets.UTF_8);
        Tools.run(new ProcessBuilder("sqlite3", "-bail", file.toString()).redirectInput(script.toFile()), "sqlite3");
        try (Connection c = Engines.sqliteConnection(file)) {
            return rows(c);
        }
    }

    // --- the client, as the documents tell a user to run the scripts

    /**
     * Runs {@code script} with the mysql client in a session with NO_BACKSLASH_ESCAPES set ({@code on}) or cleared, as
     * a server's sql_mode would set it, and asserts the session has that sql_mode again after the script.
     */
    private void runMysql(Database db, boolean on, String script, String what) throws Exception {
        String mode = "SET SESSION sql_mode = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', @@SESSION.sql_mode, ','), "
                + "',NO_BACKSLASH_ESCAPES,', ','));\n";
        if (on) mode += "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'NO_BACKSLASH_ESCAPES');\n";
        Path f = Files.createTempFile(dir, "script", ".sql");
        Files.writeString(f, mode + "SET @before = @@SESSION.sql_mode;\n" + script
                + "\nSELECT CONCAT('mode:', @@SESSION.sql_mode = @before, ':', LOCATE('NO_BACKSLASH_ESCAPES', @@SESSION.sql_mode) > 0);\n",
                StandardCharsets.UTF_8);
        Engine e = db.engine();
        var pb = new ProcessBuilder("mysql", "-N", "-h", e.host(), "-P", String.valueOf(e.port()), "-u", db.user(), db.name())
                .redirectInput(f.toFile());
        pb.environment().put("MYSQL_PWD", db.password());
        String out = Tools.run(pb, what);
        assertThat(out.strip()).as("%s: the session's sql_mode after the script", what).isEqualTo("mode:1:" + (on ? 1 : 0));
    }
}
