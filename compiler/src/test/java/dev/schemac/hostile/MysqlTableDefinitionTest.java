package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.cli.Cli;
import dev.schemac.cli.Main;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long literals and many long doc comments on one table (SC545): MariaDB keeps a table's names,
 * column comments, ENUM labels, default expressions and checks in one 64 KiB part of its table
 * definition, and MySQL 8 a default expression in about as much. A model within schemac's
 * 64,000 bytes creates its table on both engines through the mysql client; one past it is refused
 * by {@code check} at its largest part, an error where the model's dialect is MySQL and a warning
 * that leaves the MySQL scripts out where it is not; and the engines refuse such text themselves.
 */
class MysqlTableDefinitionTest {
    @TempDir Path dir;

    /** An entity whose {@code columns} columns each have a doc comment of 1,000 two-byte letters. */
    private static String commented(String dialect, int columns) {
        var b = new StringBuilder("/// M.\nschema m {\n  dialect = " + dialect + "\n}\n\n/// T.\nentity Thing {\n");
        for (int i = 0; i < columns; i++) b.append("  /// ").append("\u00e9".repeat(1_000)).append(String.format("\n  c%02d int?\n", i));
        return b.append("}\n").toString();
    }

    /** An entity with one text column whose default is {@code letters} two-byte letters. */
    private static String defaulted(String dialect, int letters) {
        return "/// M.\nschema m {\n  dialect = " + dialect + "\n}\n\n/// T.\nentity Thing {\n  /// N.\n  name text = \""
                + "\u00e9".repeat(letters) + "\"\n}\n";
    }

    private Compilation compile(String model) throws Exception {
        Path file = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        return Compiler.compile(List.of(file));
    }

    /** What {@code check} reports as SC545, as {@code check --format json} writes it. */
    private List<JsonNode> sc545(String model, int exit) throws Exception {
        Path file = Files.writeString(dir.resolve("m.schema"), model, StandardCharsets.UTF_8);
        var r = Cli.run("check", "--format", "json", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(exit);
        var out = new java.util.ArrayList<JsonNode>();
        new ObjectMapper().readTree(r.out()).forEach(d -> {
            if (d.get("code").asText().equals("SC545")) out.add(d);
        });
        return out;
    }

    private static List<Diagnostic> sc545(Compilation c) {
        var r = Targets.run(c, Targets.all(), TargetOptions.defaults());
        return r.diagnostics().stream().filter(d -> d.code().equals("SC545")).toList();
    }

    @Test
    void aTablePastTheLimitIsRefusedAtItsLargestPart() throws Exception {
        assertThat(sc545(defaulted("mysql", 32_500), Main.INPUT_ERRORS)).singleElement().satisfies(d -> {
            assertThat(d.get("severity").asText()).isEqualTo("error");
            assertThat(d.get("line").asInt()).isEqualTo(9);
            assertThat(d.get("column").asInt()).isEqualTo(3);
            assertThat(d.get("message").asText()).isEqualTo("the definition of table `things` takes 65,044 bytes of names, "
                    + "comments, enum labels, defaults and checks in the MySQL script; MariaDB refuses a table with more than "
                    + "about 64,500, schemac allows 64,000");
            assertThat(d.get("help").asText()).isEqualTo("shorten the longest of them, column `things.name` (65,019 bytes)");
        });
        assertThat(sc545(commented("mysql", 33), Main.INPUT_ERRORS)).singleElement().satisfies(d -> {
            assertThat(d.get("line").asInt()).isEqualTo(9);
            assertThat(d.get("message").asText()).contains("takes 66,157 bytes");
            assertThat(d.get("help").asText()).isEqualTo("shorten the longest of them, column `things.c00` (2,004 bytes)");
        });
        // For another dialect a warning, and the MySQL scripts are left out rather than written to fail.
        assertThat(sc545(defaulted("sqlite", 32_500), Main.OK)).singleElement()
                .satisfies(d -> assertThat(d.get("severity").asText()).isEqualTo("warning"));
        var sqlite = compile(defaulted("sqlite", 32_500));
        var files = Targets.run(sqlite, Targets.all(), TargetOptions.defaults()).files();
        assertThat(files).containsKey("sql/sqlite/schema.sql").doesNotContainKey("sql/mysql/schema.sql");
    }

    @Test
    void aTableWithinTheLimitIsCreatedOnMariaDbAndMysql() throws Exception {
        for (String model : List.of(commented("mysql", 31), defaulted("mysql", 31_900))) {
            var c = compile(model);
            assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
            assertThat(sc545(c)).isEmpty();
            String schema = Targets.run(c, Targets.all(), TargetOptions.defaults()).files().get("sql/mysql/schema.sql");
            for (Engine engine : List.of(Engine.MARIADB, Engine.MYSQL)) {
                try (Database db = Engines.freshDatabase(engine, "definition")) {
                    runMysql(db, schema, engine.displayName());
                }
            }
        }
    }

    @Test
    void theEnginesRefuseWhatTheRuleRefuses() throws Exception {
        String comments = "CREATE TABLE t (" + String.join(", ", java.util.stream.IntStream.range(0, 33)
                .mapToObj(i -> "c" + i + " INT COMMENT '" + "\u00e9".repeat(1_000) + "'").toList()) + ")";
        String expression = "CREATE TABLE u (a LONGTEXT NOT NULL DEFAULT ('" + "a".repeat(65_530) + "'))";
        try (Database db = Engines.freshDatabase(Engine.MARIADB, "definition")) {
            try (var conn = db.connect(); var st = conn.createStatement()) {
                assertThatThrownBy(() -> st.execute(comments)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("Table definition is too large");
                // "Expression in the DEFAULT clause is too big", or, counted with the rest, "Table definition is too large".
                assertThatThrownBy(() -> st.execute(expression)).isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(too big|too large).*");
            }
        }
        try (Database db = Engines.freshDatabase(Engine.MYSQL, "definition")) {
            try (var conn = db.connect(); var st = conn.createStatement()) {
                // MySQL 8.0 cannot store the expression in its data dictionary: "Failed to update columns dictionary object."
                assertThatThrownBy(() -> st.execute(expression)).isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?is).*(columns dictionary object|too big|too long|Table definition).*");
            }
        }
    }

    /** An entity with {@code lists} enum columns, each of an enum type of its own labels; column c{n} is on line 2n + 10. */
    private static String enums(int lists) {
        var b = new StringBuilder("/// M.\nschema m {\n  dialect = mysql\n}\n\n/// T.\nentity Thing {\n  id int @id @auto\n");
        for (int i = 0; i < lists; i++) b.append("  /// C.\n  c").append(i).append(" E").append(i).append("?\n");
        b.append("}\n");
        for (int i = 0; i < lists; i++) b.append("\n/// E.\nenum E").append(i).append(" {\n  A @map(\"a").append(i).append("\")\n  B\n}\n");
        return b.toString();
    }

    /**
     * MariaDB keeps at most 255 different lists of ENUM labels in a table: a model with 255 creates its table on both
     * engines, one with 256 is refused at the 256th column, and MariaDB refuses its table.
     */
    @Test
    void aTableWithMoreThan255ListsOfEnumLabelsIsRefusedAtThe256th() throws Exception {
        var c = compile(enums(255));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        String schema = Targets.run(c, Targets.all(), TargetOptions.defaults()).files().get("sql/mysql/schema.sql");
        for (Engine engine : List.of(Engine.MARIADB, Engine.MYSQL)) {
            try (Database db = Engines.freshDatabase(engine, "enum_lists")) {
                runMysql(db, schema, engine.displayName() + ", 255 lists");
            }
        }
        assertThat(sc545(enums(256), Main.INPUT_ERRORS)).singleElement().satisfies(d -> {
            assertThat(d.get("severity").asText()).isEqualTo("error");
            assertThat(d.get("line").asInt()).isEqualTo(2 * 255 + 10);
            assertThat(d.get("column").asInt()).isEqualTo(3);
            assertThat(d.get("message").asText()).isEqualTo("column `things.c255` is an enum whose labels make the 256th different "
                    + "list of ENUM labels of table `things`; MariaDB refuses a table with more than 255");
        });
        String wide = schema.replace("  c254 ENUM('a254', 'B') COMMENT 'C.',",
                "  c254 ENUM('a254', 'B') COMMENT 'C.',\n  c255 ENUM('a255', 'B'),");
        assertThat(wide).isNotEqualTo(schema);
        try (Database db = Engines.freshDatabase(Engine.MARIADB, "enum_lists")) {
            assertThatThrownBy(() -> runMysql(db, wide, "MariaDB, 256 lists")).hasMessageContaining("Table definition is too large");
        }
    }

    /** An entity with {@code indexes} indexed columns and, when {@code parts} > 0, one index of its first {@code parts} columns. */
    private static String keyed(int indexes, int columns, int parts) {
        var b = new StringBuilder("/// M.\nschema m {\n  dialect = mysql\n}\n\n/// T.\nentity Thing {\n  id int @id @auto\n");
        for (int i = 0; i < columns; i++) b.append("  /// C.\n  c").append(i).append(" int").append(i < indexes ? " @index" : "").append('\n');
        if (parts > 0) {
            b.append("  @@index(").append(String.join(", ", java.util.stream.IntStream.range(0, parts).mapToObj(i -> "c" + i).toList()))
                    .append(")\n");
        }
        return b.append("}\n").toString();
    }

    /** What {@code check} reports as SC546. */
    private List<JsonNode> sc546(String model) throws Exception {
        Path file = Files.writeString(dir.resolve("k.schema"), model, StandardCharsets.UTF_8);
        var r = Cli.run("check", "--format", "json", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        var out = new java.util.ArrayList<JsonNode>();
        new ObjectMapper().readTree(r.out()).forEach(d -> {
            if (d.get("code").asText().equals("SC546")) out.add(d);
        });
        return out;
    }

    /**
     * MySQL and MariaDB take 64 keys in a table (the primary key among them) and MySQL 8 16 columns in a key: a model at
     * both limits creates its table on both engines; one past either is refused by check (SC546), and the engines refuse
     * its script.
     */
    @Test
    void keysAndKeyColumnsPastMysqlsLimitsAreRefused() throws Exception {
        for (String model : List.of(keyed(63, 63, 0), keyed(0, 16, 16))) {
            var c = compile(model);
            assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
            String schema = Targets.run(c, Targets.all(), TargetOptions.defaults()).files().get("sql/mysql/schema.sql");
            for (Engine engine : List.of(Engine.MARIADB, Engine.MYSQL)) {
                try (Database db = Engines.freshDatabase(engine, "keys")) {
                    runMysql(db, schema, engine.displayName() + ", at the limit");
                }
            }
        }
        assertThat(sc546(keyed(64, 64, 0))).singleElement().satisfies(d -> {
            assertThat(d.get("line").asInt()).isEqualTo(7);
            assertThat(d.get("message").asText()).isEqualTo("table `things` has 65 keys (its primary key, unique constraints and "
                    + "indexes); MySQL and MariaDB take at most 64");
        });
        assertThat(sc546(keyed(0, 17, 17))).singleElement().satisfies(d -> {
            assertThat(d.get("line").asInt()).isEqualTo(10);
            assertThat(d.get("message").asText()).startsWith("key `idx_things_c0_c1_c2").endsWith(" on `things` has 17 columns; "
                    + "MySQL takes at most 16 in one key");
        });
        String wide = "CREATE TABLE w (id INT PRIMARY KEY, " + String.join(", ", java.util.stream.IntStream.range(0, 64)
                .mapToObj(i -> "c" + i + " INT, INDEX i" + i + " (c" + i + ")").toList()) + ")";
        String parts = "CREATE TABLE p (id INT PRIMARY KEY, " + String.join(", ", java.util.stream.IntStream.range(0, 17)
                .mapToObj(i -> "c" + i + " INT").toList()) + ", INDEX ix (" + String.join(", ", java.util.stream.IntStream.range(0, 17)
                .mapToObj(i -> "c" + i).toList()) + "))";
        for (Engine engine : List.of(Engine.MARIADB, Engine.MYSQL)) {
            try (Database db = Engines.freshDatabase(engine, "keys"); var conn = db.connect(); var st = conn.createStatement()) {
                assertThatThrownBy(() -> st.execute(wide)).as(engine.displayName()).hasMessageContaining("Too many keys specified");
                if (engine == Engine.MYSQL) {
                    assertThatThrownBy(() -> st.execute(parts)).hasMessageContaining("Too many key parts specified");
                }
            }
        }
    }

    private void runMysql(Database db, String script, String what) throws Exception {
        Path f = Files.writeString(Files.createTempFile(dir, "script", ".sql"), script, StandardCharsets.UTF_8);
        Path err = Files.createTempFile(dir, "script", ".err");
        Engine e = db.engine();
        var pb = new ProcessBuilder("mysql", "-N", "-h", e.host(), "-P", String.valueOf(e.port()), "-u", db.user(), db.name())
                .redirectInput(f.toFile()).redirectError(err.toFile());
        pb.environment().put("MYSQL_PWD", db.password());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", what).isTrue();
        assertThat(p.exitValue()).as("%s: %s %s", what, out, Files.readString(err)).isZero();
    }
}
