package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.compile.Compiler;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code schemac pull} and {@code schemac diff} on the command line, against real engines:
 * what goes where, exit codes, the password never shown, a failed pull writing nothing.
 */
class PullCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        String all() { return out + err; }
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A SQLite database file built from statements, as a user's existing database would be. */
    Path sqlite(String name, String... statements) throws Exception {
        Path file = tmp.resolve(name);
        try (Connection c = Engines.sqliteConnection(file); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
        return file;
    }

    static final String[] SHOP = {
        "CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(80) NOT NULL UNIQUE)",
        "CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), "
                + "total NUMERIC(10, 2) NOT NULL CHECK (total >= 0))",
        "CREATE INDEX idx_orders_customer_id ON orders (customer_id)",
        "CREATE TABLE audit (at DATETIME, line TEXT)"
    };

    // --- pull

    @Test
    void pullWritesTheModelToOutAndItCompiles() throws Exception {
        Path db = sqlite("shop.db", SHOP);
        Path out = tmp.resolve("models/shop.schema");
        Files.createDirectories(out.getParent());
        var r = run("pull", "--url", db.toString(), "--out", out.toString(), "--color", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("warning[SC965]: table `audit` is not pulled")
                .contains("--> " + out + ":").contains("wrote " + out + ": 2 tables from " + db);
        assertThat(Files.readString(out)).contains("entity Customer {", "entity Order {", "customer Customer");
        var c = Compiler.compile(List.of(out));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
    }

    @Test
    void sqliteAsPeopleWriteItByHandPullsWithoutWarnings() throws Exception {
        // No NOT NULL on the rowid key, arguments without blanks or with extra ones, lower case:
        // SQLite reads each as the table schemac would write, so there is nothing to warn of.
        Path db = sqlite("hand.db",
                "create table users (id integer primary key, email varchar( 80 ) not null unique)",
                "create table orders (id integer primary key, user_id integer not null references users (id), "
                        + "total numeric(10,2) not null, fee numeric (8 ,2) not null)",
                "create index idx_orders_user_id on orders (user_id)");
        var r = run("pull", "--url", db.toString(), "--color", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning[");
        assertThat(r.out()).isEqualTo("""
                schema hand {
                  dialect    = sqlite
                  timestamps = false
                }

                entity Order {
                  id    int  @id
                  user  User @on_delete(no_action) @on_update(no_action)
                  total decimal(10, 2)
                  fee   decimal(8, 2)
                }

                entity User {
                  id     int        @id
                  email  string(80) @unique
                  orders Order[]
                }
                """);
        Path model = tmp.resolve("hand.schema");
        Files.writeString(model, r.out());
        var d = run("diff", "--url", db.toString(), model.toString(), "--color", "never");
        assertThat(d.code()).as(d.all()).isZero();
    }

    @Test
    void aTableLeftOutSaysWhatToDoForItsOwnCause() throws Exception {
        Path db = sqlite("left.db", "create table kept (id integer primary key)", "create table log (at text, line text)",
                "create table untyped (k primary key, v text)");
        var r = run("pull", "--url", db.toString(), "--color", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("""
                warning[SC965]: table `log` is not pulled: it has no primary key, and every entity has one""").contains("""
                  = help: add a primary key to the table, then pull again""").contains("""
                warning[SC965]: table `untyped` is not pulled: its primary key has a column schemac cannot type""").contains("""
                  = help: change the key column to a type schemac reads, or leave the table out with --tables""");
    }

    @Test
    void aNameNotKeptIsReportedOnceWithTheNameGenerateGives() throws Exception {
        // The index's own name cannot be kept (a leading space); the name generate derives is a table's, so it numbers it.
        Path db = sqlite("numbered.db", "create table labels (id integer primary key, label text)",
                "create index \" idx\" on labels (label)", "create table idx_labels_label (id integer primary key)");
        Path out = tmp.resolve("numbered.schema");
        var r = run("pull", "--url", db.toString(), "--out", out.toString(), "--color", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning[SC974]: name ` idx` on `labels` is not kept: a model cannot hold it: a stored "
                + "name cannot start or end with a space (U+0020 (SPACE)); generate names it `idx_labels_label_2`")
                .doesNotContain("SC975").doesNotContain("it `idx_labels_label`");
        assertThat(Files.readString(out)).contains("// SC974 name  idx: a model cannot hold it: a stored name cannot start or "
                + "end with a space (U+0020 (SPACE)); generate names it `idx_labels_label_2`");
        var gen = run("generate", out.toString(), "-t", "sqlite", "-o", tmp.resolve("gen").toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(Files.readString(tmp.resolve("gen/sql/sqlite/schema.sql"))).contains("CREATE INDEX idx_labels_label_2 ON labels (label);");
    }

    /**
     * Pull runs the checks of generate's default targets on the model it wrote. A MySQL limit of a
     * SQLite model is a warning of generate (MySQL's scripts are left out), so pull has nothing to
     * say; on MySQL itself a latin1 VARCHAR(1000) key fits (1,000 bytes), but the model's
     * string(1000) is utf8mb4 there, 4,000 bytes: check would refuse the model, so pull says so
     * with SC980 at its line, with the target's message and help.
     */
    @Test
    void anErrorOfAGenerateTargetIsReportedAtPull() throws Exception {
        Path lite = sqlite("codes.db", "create table codes (id integer primary key, code varchar(1000) not null, "
                + "constraint uq_codes_code unique (code))");
        Path liteModel = tmp.resolve("codes.schema");
        var other = run("pull", "--url", lite.toString(), "--out", liteModel.toString(), "--color", "never");
        assertThat(other.code()).as(other.err()).isZero();
        assertThat(other.err()).doesNotContain("SC980");
        var liteCheck = run("check", liteModel.toString(), "--color", "never");
        assertThat(liteCheck.code()).as(liteCheck.err()).isZero();
        assertThat(liteCheck.err()).contains("warning[SC542]: key `uq_codes_code` on `codes` holds up to 4,000 bytes; MySQL's "
                + "index keys hold at most 3,072");
        try (Database db = Engines.freshDatabase(Engine.MYSQL, "refused"); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE codes (id INT NOT NULL PRIMARY KEY, code VARCHAR(1000) CHARACTER SET latin1 NOT NULL, "
                    + "CONSTRAINT uq_codes_code UNIQUE (code)) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
            Path out = tmp.resolve("refused.schema");
            var r = run("pull", "--url", url(db), "--out", out.toString(), "--color", "never");
            assertThat(r.code()).as(r.err()).isZero();
            int line = Files.readAllLines(out).indexOf("  code string(1000) @unique") + 1;
            assertThat(line).as(Files.readString(out)).isPositive();
            assertThat(r.err()).contains("warning[SC980]: generate refuses the pulled model: [SC542] key `uq_codes_code` on "
                    + "`codes` holds up to 4,000 bytes; MySQL's index keys hold at most 3,072\n  --> " + out + ":" + line + ":3")
                    .contains("= help: use text for long strings, or index shorter columns");
            var check = run("check", out.toString(), "--color", "never");
            assertThat(check.code()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(check.err()).contains("error[SC542]: key `uq_codes_code` on `codes` holds up to 4,000 bytes");
        }
    }

    @Test
    void aDatabaseNamedJavaGivesASchemaNameTheJavaTargetTakes() throws Exception {
        // `schema java` would be refused (SC513: the JVM loads no classes of package `java`), and pull would fail (SC976).
        Path db = sqlite("java.db", "create table notes (id integer primary key, body text)");
        var r = run("pull", "--url", db.toString(), "--color", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("schema java_db {\n");
    }

    @Test
    void aNullableTextKeyIsStillReported() throws Exception {
        // The rowid and the key of a WITHOUT ROWID table never hold NULL: a TEXT key of a rowid table can.
        Path db = sqlite("legacy.db", "create table codes (code text primary key, label text not null)",
                "create table counters (name text primary key, n integer not null) without rowid");
        var r = run("pull", "--url", db.toString(), "--color", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("generating from the model changes `codes`: the primary key column allows NULL")
                .doesNotContain("changes `counters`: the primary key column allows NULL")
                .contains("changes `counters`: a WITHOUT ROWID table");
    }

    @Test
    void pullPrintsTheModelToStandardOutputAndDiagnosticsToStandardError() throws Exception {
        Path db = sqlite("shop.db", SHOP);
        var r = run("pull", "--url", "jdbc:sqlite:" + db, "--color", "never");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("schema shop {").contains("entity Order {").doesNotContain("warning[");
        assertThat(r.err()).contains("warning[SC965]").contains("--> <stdout>:");
    }

    @Test
    void jsonDiagnosticsGoWhereTheModelDoesNot() throws Exception {
        Path db = sqlite("shop.db", SHOP);
        var toStdout = run("pull", "--url", db.toString(), "--format", "json");
        assertThat(toStdout.out()).startsWith("schema shop {");
        JsonNode diags = new ObjectMapper().readTree(toStdout.err());
        assertThat(diags.get(0).get("code").asText()).isEqualTo("SC965");
        assertThat(diags.get(0).get("file").asText()).isEqualTo("<stdout>");

        Path out = tmp.resolve("shop.schema");
        var toFile = run("pull", "--url", db.toString(), "--out", out.toString(), "--format", "json");
        JsonNode again = new ObjectMapper().readTree(toFile.out());
        assertThat(again.get(0).get("file").asText()).isEqualTo(out.toString());
        assertThat(again.get(0).get("line").asInt()).isPositive();
    }

    @Test
    void tablesSelectsTablesByPattern() throws Exception {
        Path db = sqlite("shop.db", SHOP);
        var r = run("pull", "--url", db.toString(), "--tables", "ord*", "--color", "never");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("entity Order {").doesNotContain("entity Customer");
        assertThat(r.err()).contains("warning[SC971]").contains("it references `customers`, which is not pulled");
    }

    @Test
    void noUrlIsAUsageError() {
        var r = run("pull");
        if (System.getenv("DATABASE_URL") != null) return; // the variable would be used, as it should
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("no database given: pass --url URL or set DATABASE_URL");
    }

    @Test
    void anUnsupportedUrlIsAUsageErrorThatHidesThePassword() {
        var r = run("pull", "--url", "ftp://admin:hunter2pw@db.example/x");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("unsupported database URL ftp://admin:***@db.example/x");
        assertThat(r.all()).doesNotContain("hunter2pw");
    }

    @Test
    void outMustNameAFile() throws Exception {
        Path db = sqlite("shop.db", SHOP);
        var r = run("pull", "--url", db.toString(), "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("is a directory: name the .schema file to write");
    }

    @Test
    void aFileThatIsNoDatabaseCannotBeRead() throws Exception {
        Path notDb = tmp.resolve("notes.txt");
        Files.writeString(notDb, "these are not the tables you are looking for\n".repeat(100));
        var r = run("pull", "--url", notDb.toString(), "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC963]: cannot read the attached databases: ").contains("not a database")
                .contains("= help: check that the URL names a database, and that the user may read its catalog");
    }

    @Test
    void aMissingSqliteFileIsNotCreated() {
        Path missing = tmp.resolve("nope.db");
        var r = run("pull", "--url", missing.toString(), "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC960]: no SQLite database file `" + missing + "`");
        assertThat(missing).doesNotExist();
    }

    @Test
    void anUnreachableServerIsReportedWithoutThePasswordAndNothingIsWritten() throws Exception {
        int closed;
        try (var s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path out = tmp.resolve("kept.schema");
        Files.writeString(out, "// mine\n");
        var r = run("pull", "--url", "postgresql://app:s3cr3t-pw@127.0.0.1:" + closed + "/shop", "--out", out.toString(),
                "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC960]: cannot connect to PostgreSQL at jdbc:postgresql://app:***@127.0.0.1:" + closed);
        assertThat(r.all()).doesNotContain("s3cr3t-pw");
        assertThat(Files.readString(out)).isEqualTo("// mine\n");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aWrongPasswordIsReportedWithoutIt(Engine engine) throws Exception {
        String scheme = switch (engine) {
            case POSTGRES -> "postgresql";
            case MARIADB -> "mariadb";
            case MYSQL -> "mysql";
        };
        String url = scheme + "://" + engine.user() + ":Wr0ng-Passw0rd@" + engine.host() + ":" + engine.port() + "/"
                + engine.adminDatabase();
        var r = run("pull", "--url", url, "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC960]: cannot connect to ");
        assertThat(r.all()).doesNotContain("Wr0ng-Passw0rd");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anUnknownSchemaListsTheKnownOnes(Engine engine) throws Exception {
        try (Database db = Engines.freshDatabase(engine, "unknown_schema")) {
            var r = run("pull", "--url", url(db), "--schema", "no_such_schema", "--color", "never");
            assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(r.err()).contains("error[SC961]: there is no " + (engine == Engine.POSTGRES ? "schema" : "database")
                    + " `no_such_schema` in this database").contains("known: ");
            assertThat(r.all()).doesNotContain(":" + db.password() + "@");
        }
    }

    /** A URL's {@code ?currentSchema=} naming no schema is refused as {@code --schema} would be, and nothing is written. */
    @Test
    void aPostgresUrlWhoseCurrentSchemaDoesNotExistIsRefused() throws Exception {
        try (Database db = Engines.freshDatabase(Engine.POSTGRES, "current_schema")) {
            try (var c = db.connect(); var st = c.createStatement()) {
                st.execute("CREATE TABLE t (id int PRIMARY KEY)");
            }
            Path out = tmp.resolve("current.schema");
            var r = run("pull", "--url", url(db) + "?currentSchema=no_such_schema", "--out", out.toString(), "--color", "never");
            assertThat(r.code()).as(r.all()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(r.err()).contains("error[SC961]: there is no schema `no_such_schema` in this database").contains("`public`");
            assertThat(out).doesNotExist();
        }
    }

    /**
     * PostgreSQL lower-cases an unquoted name of the search path: {@code ?currentSchema=Sales} looks for {@code sales},
     * not for the schema {@code "Sales"} the database has, and is refused naming what PostgreSQL looked for.
     */
    @Test
    void aPostgresUrlsMixedCaseCurrentSchemaIsTheLowerCaseSchema() throws Exception {
        try (Database db = Engines.freshDatabase(Engine.POSTGRES, "current_schema_case")) {
            try (var c = db.connect(); var st = c.createStatement()) {
                st.execute("CREATE SCHEMA \"Sales\"; CREATE TABLE \"Sales\".t (id int PRIMARY KEY)");
            }
            Path out = tmp.resolve("current_case.schema");
            var r = run("pull", "--url", url(db) + "?currentSchema=Sales", "--out", out.toString(), "--color", "never");
            assertThat(r.code()).as(r.all()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(r.err()).contains("error[SC961]: there is no schema `sales` in this database").contains("`Sales`");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void anUnknownSqliteSchemaListsTheAttachedDatabases() throws Exception {
        Path db = sqlite("shop.db", SHOP);
        var r = run("pull", "--url", db.toString(), "--schema", "aux", "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC961]: there is no attached database `aux`").contains("known: `main`");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEmptyDatabaseHasNothingToPull(Engine engine) throws Exception {
        try (Database db = Engines.freshDatabase(engine, "empty")) {
            Path out = tmp.resolve("empty.schema");
            var r = run("pull", "--url", url(db), "--out", out.toString(), "--color", "never");
            assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(r.err()).contains("error[SC962]:").contains("has no tables");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aPatternMatchingNoTableHasNothingToPull() throws Exception {
        Path db = sqlite("shop.db", SHOP);
        var r = run("pull", "--url", db.toString(), "--tables", "zz*", "--color", "never");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC962]: no table of the database matches `zz*`");
    }

    @Test
    void theUrlComesFromDatabaseUrlWhenNotGiven() throws Exception {
        Path db = sqlite("shop.db", SHOP);
        Path out = tmp.resolve("env.schema");
        var cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "pull", "--out", out.toString(), "--color", "never"));
        var pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DATABASE_URL", "jdbc:sqlite:" + db);
        var p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(Files.readString(out)).contains("entity Customer {");
    }

    // --- diff

    static final String SHOP_MODEL = """
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

    /** The SQLite database generate builds from {@code model}, then changed by {@code drift} as a team would change it. */
    Path builtFrom(String model, String... drift) throws Exception {
        Path m = tmp.resolve("model.schema");
        Files.writeString(m, model);
        var gen = run("generate", m.toString(), "-t", "sqlite", "-o", tmp.resolve("gen").toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        Path db = tmp.resolve("built.db");
        String ddl = Files.readString(tmp.resolve("gen/sql/sqlite/schema.sql"));
        try (Connection c = Engines.sqliteConnection(db); Statement s = c.createStatement()) {
            s.executeUpdate(ddl.replace("PRAGMA foreign_keys = ON;", ""));
            for (String sql : drift) s.execute(sql);
        }
        return db;
    }

    @Test
    void diffOfADatabaseBuiltFromTheModelIsEmpty() throws Exception {
        Path db = builtFrom(SHOP_MODEL);
        var r = run("diff", "--url", db.toString(), tmp.resolve("model.schema").toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("the database matches the model");
    }

    @Test
    void diffListsDriftAndExitsOne() throws Exception {
        Path db = builtFrom(SHOP_MODEL, "ALTER TABLE customers ADD COLUMN nickname VARCHAR(20)",
                "DROP INDEX idx_orders_customer_id", "CREATE TABLE legacy (id INTEGER PRIMARY KEY)");
        var r = run("diff", "--url", db.toString(), tmp.resolve("model.schema").toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        // The words of `schemac migrate`: the steps from the database to the model.
        assertThat(r.out().lines().toList()).containsExactly(
                "Drops column `customers.nickname` and its values.",
                "Drops table `legacy` and its rows.",
                "Adds index `idx_orders_customer_id` on `orders`.");
        assertThat(r.err()).contains("3 differences between " + db + " and the model");

        var json = run("diff", "--url", db.toString(), "--format", "json", tmp.resolve("model.schema").toString());
        assertThat(json.code()).isEqualTo(Main.INPUT_ERRORS);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("differs").asBoolean()).isTrue();
        assertThat(root.get("changes")).hasSize(3);
        assertThat(root.get("changes").get(2).get("change").asText()).isEqualTo("add_index");
        assertThat(root.get("changes").get(2).get("table").asText()).isEqualTo("orders");
        assertThat(root.get("sentences").get(0).asText()).isEqualTo("Drops column `customers.nickname` and its values.");
        // The index pull's own model would add is compared from the database itself: not a warning;
        // nor is legacy's key, the rowid, which never holds NULL.
        assertThat(root.get("not_compared")).isEmpty();
    }

    /**
     * A foreign key the engine keeps no name for (SQLite), to a table pull leaves out, is one
     * pull leaves out too (SC971): it is not compared, so diff does not list it (only the column
     * the model does not have, which takes the key with it).
     */
    @Test
    void diffLeavesAForeignKeyPullLeftOutAlone() throws Exception {
        Path db = builtFrom(SHOP_MODEL, "CREATE TABLE legacy (code INTEGER)",
                "ALTER TABLE orders ADD COLUMN legacy_code INTEGER REFERENCES legacy (code)");
        var r = run("diff", "--url", db.toString(), tmp.resolve("model.schema").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.out().lines().toList()).containsExactly("Drops column `orders.legacy_code` and its values.");
    }

    static final String TICKETS_MODEL = """
            schema tickets {
              timestamps = false
            }

            enum Priority { LOW HIGH }

            entity Ticket {
              title    string(80)
              priority Priority = LOW
              points   int?       @check(>= 0)
            }
            """;

    /**
     * Drift on a server engine, as the schema-evolution diff describes it: a column whose type
     * and nullability changed, a check gone, an enum value added, a column of a type pull cannot
     * read (not compared, reported with its code and not mistaken for drift).
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void diffOnAServerDescribesDriftAsMigrateWould(Engine engine) throws Exception {
        Path m = tmp.resolve("tickets.schema");
        Files.writeString(m, TICKETS_MODEL);
        String dialect = engine == Engine.POSTGRES ? "postgres" : "mysql";
        var gen = run("generate", m.toString(), "-t", dialect, "-o", tmp.resolve("gen").toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        String ddl = Files.readString(tmp.resolve("gen/sql/" + dialect + "/schema.sql"));
        try (Database db = Engines.freshDatabase(engine, "drift"); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String stmt : ddl.split(";\\s*\n")) if (!stmt.isBlank()) s.execute(stmt);
            var clean = run("diff", "--url", url(db), m.toString());
            assertThat(clean.code()).as(clean.out() + clean.err()).isZero();
            if (engine == Engine.POSTGRES) {
                s.execute("ALTER TABLE tickets ALTER COLUMN title TYPE varchar(120), ALTER COLUMN title DROP NOT NULL");
                s.execute("ALTER TABLE tickets DROP CONSTRAINT ck_tickets_points");
                s.execute("ALTER TYPE priority ADD VALUE 'URGENT'");
                s.execute("ALTER TABLE tickets ADD COLUMN tags text[]");
            } else {
                s.execute("ALTER TABLE tickets MODIFY title VARCHAR(120) NULL");
                // MySQL before 8.0.16 reads checks and drops them: there is none to drop, and none is missed.
                if (engine == Engine.MARIADB) s.execute("ALTER TABLE tickets DROP CONSTRAINT ck_tickets_points");
                s.execute("ALTER TABLE tickets MODIFY priority ENUM('LOW','HIGH','URGENT') NOT NULL DEFAULT 'LOW'");
                s.execute("ALTER TABLE tickets ADD COLUMN spot POINT");
            }
            var r = run("diff", "--url", url(db), "--color", "never", m.toString());
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.INPUT_ERRORS);
            var expected = new ArrayList<>(List.of("Enum `Priority`: removes stored value `\"URGENT\"`.",
                    "Changes column `tickets.title` (type, now required).",
                    "Changes column `tickets.priority` (enum values)."));
            if (engine != Engine.MYSQL) expected.add("Adds check `ck_tickets_points` on `tickets`.");
            assertThat(r.out().lines().toList()).containsExactlyElementsOf(expected);
            assertThat(r.err()).contains("warning[SC966]: column `tickets." + (engine == Engine.POSTGRES ? "tags" : "spot")
                    + "` is not pulled");
            assertThat(r.all()).contains(":***@");
        }
    }

    @Test
    void diffOfAModelWithErrorsReportsThem() throws Exception {
        Path db = sqlite("shop.db", SHOP);
        Path m = tmp.resolve("bad.schema");
        Files.writeString(m, "entity A {\n  x Strng\n}\n");
        var r = run("diff", "--url", db.toString(), "--color", "never", m.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC208]");
    }

    static String url(Database db) {
        return switch (db.engine()) {
            case POSTGRES -> db.url("postgresql");
            case MARIADB -> db.url("mariadb");
            case MYSQL -> db.url("mysql");
        };
    }

}
