package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.DbShape;
import dev.schemac.gen.sql.ExpectedShape;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import dev.schemac.testing.Engines;
import dev.schemac.testing.NodeHarness;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code schemac migrate --from-url} on the real engines: a database built from an older
 * model's DDL, with rows, is adopted with a newer model that renames a table, a column and a
 * relation (through rename hints), adds columns, widens a type and adds an enum value. The
 * migration written is applied to that database: the rows survive, the database is what the
 * newer model's DDL builds, and {@code diff --url} finds nothing. A further {@code migrate}
 * chains on from the adoption (its snapshot verifies), applies, and leaves no drift. Real
 * Alembic then takes a second copy of the old database through the same history the way a
 * team would: {@code stamp} the baseline, {@code upgrade head}. Last, the history's scripts
 * for the next engine's dialect build, from nothing, what the model's DDL builds there: the
 * baseline is the adopted database in every dialect.
 */
class MigrateFromUrlTest {
    @TempDir
    Path tmp;

    static final String OLD = """
            enum Status { NEW PAID }

            entity Customer {
              email  string(80) @unique
              name   string(40)
              orders Order[]
            }

            entity Order {
              customer Customer
              total    decimal(10, 2) @check(>= 0)
              status   Status = NEW
            }
            """;

    static final String NEW = """
            enum Status { NEW PAID SHIPPED }

            entity Client {
              @@renamed_from("Customer")
              email     string(80) @unique
              full_name string(40) @renamed_from("name")
              phone     string(20)?
              orders    Order[]
            }

            entity Order {
              client Client @renamed_from("customer")
              total  decimal(12, 2) @check(>= 0)
              status Status = NEW
              note   string(200)?
            }
            """;

    /** The next change after the adoption: one more column, and an index. */
    static final String NEXT = NEW.replace("  note   string(200)?\n", "  note   string(200)?\n  gift   bool = false\n  @@index(status)\n");

    static final String ADOPT = "20250301120000_adopt";
    static final String BASELINE = "20250301115959_baseline";
    static final String NEXT_ID = "20250302000000_gift_wrap";

    static String model(Kind kind, String body) {
        return "schema shop {\n  dialect    = " + dialect(kind).id() + "\n  timestamps = false\n}\n\n" + body;
    }

    static Dialect dialect(Kind k) {
        return switch (k) {
            case SQLITE -> Dialect.SQLITE;
            case POSTGRES -> Dialect.POSTGRES;
            case MARIADB, MYSQL -> Dialect.MYSQL;
        };
    }

    /** The URL a user gives schemac: a file, or a DATABASE_URL with the password in it. */
    static String url(LiveDb db) {
        return switch (db.kind()) {
            case SQLITE -> db.sqliteFile().toString();
            case POSTGRES -> db.server().url("postgresql");
            case MARIADB -> db.server().url("mariadb");
            case MYSQL -> db.server().url("mysql");
        };
    }

    static String sqlalchemyUrl(LiveDb db) {
        return switch (db.kind()) {
            case SQLITE -> "sqlite:///" + db.sqliteFile();
            case POSTGRES -> db.server().url("postgresql+psycopg2");
            case MARIADB, MYSQL -> db.server().url("mysql+pymysql");
        };
    }

    static Compilation compile(Path file) {
        var c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return c;
    }

    Path write(String path, String text) throws Exception {
        Path p = tmp.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** A database as the older model's DDL builds it, with two customers and their orders. */
    static void oldDatabase(LiveDb db, Compilation old) throws Exception {
        Dialect d = dialect(db.kind());
        db.run(Sql.create(d, old.catalog(), "shop"));
        db.run("INSERT INTO customers (email, name) VALUES ('ada@example.org', 'Ada');\n"
                + "INSERT INTO customers (email, name) VALUES ('bob@example.org', 'Bob');\n"
                + "INSERT INTO orders (customer_id, total, status) VALUES ((SELECT id FROM customers WHERE name = 'Ada'), 12.50, 'PAID');\n"
                + "INSERT INTO orders (customer_id, total, status) VALUES ((SELECT id FROM customers WHERE name = 'Bob'), 3.25, 'NEW');\n");
    }

    static final List<String> ROWS = List.of("ada@example.org|Ada|12.5|PAID", "bob@example.org|Bob|3.25|NEW");

    static List<String> rows(LiveDb db) throws Exception {
        var out = new ArrayList<String>();
        try (Connection c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT c.email, c.full_name, o.total, o.status FROM orders o JOIN clients c ON c.id = o.client_id ORDER BY c.email")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + new BigDecimal(rs.getString(3)).stripTrailingZeros().toPlainString()
                        + "|" + rs.getString(4));
            }
        }
        return out;
    }

    static DbShape columnOrderFree(DbShape s) {
        var tables = new TreeMap<String, DbShape.TableShape>();
        s.tables().forEach((name, t) -> {
            var cols = new ArrayList<>(t.columns());
            cols.sort(Comparator.comparing(DbShape.ColumnShape::name));
            tables.put(name, new DbShape.TableShape(cols, t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes(), t.checks()));
        });
        tables.remove("alembic_version");
        return new DbShape(tables);
    }

    static void assertBuiltAs(LiveDb db, Compilation c) throws Exception {
        var expected = columnOrderFree(ExpectedShape.of(c.catalog(), db.kind(), db.enforcesChecks()));
        assertThat(ShapeDiff.between(expected, columnOrderFree(db.shape()))).as("the database against the model's DDL").isEmpty();
    }

    static void assertNoDrift(String url, Path model) {
        var diff = Cli.run("diff", "--url", url, "--color", "never", model.toString());
        assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
        assertThat(diff.out()).isEmpty();
        assertThat(diff.err()).contains("the database matches the model");
    }

    static String up(Path out, Kind kind, String id) throws Exception {
        return Files.readString(out.resolve(MigrationFiles.sqlPath(dialect(kind), id, "up")), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void adoptsALiveDatabaseAndTheHistoryChainsOn(Kind kind) throws Exception {
        var old = compile(write("old/shop.schema", model(kind, OLD)));
        Path model = write("app/shop.schema", model(kind, NEW));
        Path out = tmp.resolve("app/generated");
        try (var db = LiveDb.fresh(kind, "adopt")) {
            oldDatabase(db, old);
            String url = url(db);

            var diff = Cli.run("diff", "--url", url, "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.err()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(diff.out().lines().toList()).as("diff reports the hinted renames as renames").contains(
                    "Renames table `customers` to `clients`.", "Renames column `clients.name` to `full_name`.",
                    "Renames column `orders.customer_id` to `client_id`.").noneMatch(l -> l.startsWith("Drops"));

            var r = Cli.run("migrate", model.toString(), "--from-url", url, "--name", "adopt", "--timestamp", "20250301120000",
                    "-o", out.toString(), "--color", "never");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("baseline " + BASELINE + ": ", "migration " + ADOPT + ":",
                    "  Renames table `customers` to `clients`.", "  Renames column `clients.name` to `full_name`.",
                    "  Adds column `orders.note`.", "  Changes column `orders.total` (type).");
            if (kind != Kind.SQLITE) {
                assertThat(r.out() + r.err()).doesNotContain(":" + db.server().password() + "@");
                try (var files = Files.walk(out)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        assertThat(Files.readString(f)).as("no URL with its password in %s", f)
                                .doesNotContain(":" + db.server().password() + "@").doesNotContain(db.server().name());
                    }
                }
            }
            // Every dialect has both migrations: the baseline builds this database's tables there too.
            for (Dialect d : Dialect.values()) {
                assertThat(out.resolve(MigrationFiles.sqlPath(d, BASELINE, "up"))).exists();
                assertThat(out.resolve(MigrationFiles.sqlPath(d, ADOPT, "up"))).exists();
            }
            JsonNode snapshot = new ObjectMapper().readTree(out.resolve("migrations/snapshots/" + ADOPT + ".json").toFile());
            assertThat(snapshot.get("previous").asText()).isEqualTo(BASELINE);
            assertThat(snapshot.at("/renames/entities/Client").asText()).isEqualTo("Customer");
            assertThat(snapshot.at("/renames/fields/Client/full_name").asText()).isEqualTo("name");
            assertThat(snapshot.at("/renames/fields/Order/client").asText()).isEqualTo("customer");

            db.run(up(out, kind, ADOPT));
            assertThat(rows(db)).as("rows after the adoption's migration").isEqualTo(ROWS);
            assertBuiltAs(db, compile(model));
            assertNoDrift(url, model);

            // The history goes on as any other: the next migration follows the adoption's.
            Files.writeString(model, model(kind, NEXT));
            var next = Cli.run("migrate", model.toString(), "--name", "gift_wrap", "--timestamp", "20250302000000",
                    "-o", out.toString(), "--color", "never");
            assertThat(next.code()).as(next.out() + next.err()).isZero();
            assertThat(next.out()).contains("migration " + NEXT_ID + ":", "Adds column `orders.gift`.");
            assertThat(new ObjectMapper().readTree(out.resolve("migrations/snapshots/" + NEXT_ID + ".json").toFile())
                    .get("previous").asText()).isEqualTo(ADOPT);
            db.run(up(out, kind, NEXT_ID));
            assertThat(rows(db)).as("rows after the next migration").isEqualTo(ROWS);
            assertBuiltAs(db, compile(model));
            assertNoDrift(url, model);
            var check = Cli.run("migrate", model.toString(), "--check", "-o", out.toString(), "--color", "never");
            assertThat(check.code()).as("the history verifies: %s", check.err()).isZero();
        }

        // A team on Alembic: another copy of the old database is stamped at the baseline and upgraded to the head.
        try (var db = LiveDb.fresh(kind, "adopt_alembic")) {
            oldDatabase(db, old);
            alembic(out, db, "stamp", BASELINE.substring(0, 14));
            JsonNode upgraded = alembic(out, db, "upgrade", "head");
            assertThat(upgraded.at("/alembic/current_heads").toString()).isEqualTo("[\"" + NEXT_ID.substring(0, 14) + "\"]");
            assertThat(rows(db)).as("rows after alembic upgrade head").isEqualTo(ROWS);
            assertBuiltAs(db, compile(model));
            assertNoDrift(url(db), model);
        }

        // Another dialect's history, from nothing: the baseline builds this database's tables there, the rest follows.
        Kind other = Kind.values()[(kind.ordinal() + 1) % Kind.values().length];
        try (var db = LiveDb.fresh(other, "adopt_elsewhere")) {
            for (String id : List.of(BASELINE, ADOPT, NEXT_ID)) db.run(up(out, other, id));
            var expected = columnOrderFree(ExpectedShape.of(compile(model).catalog(), other, db.enforcesChecks()));
            assertThat(ShapeDiff.between(expected, columnOrderFree(db.shape())))
                    .as("the %s history on %s against the model's DDL", kind, other).isEmpty();
        }
    }

    /**
     * Prisma's schema engine as the judge on SQLite: the Prisma Migrate folder of the adoption
     * is the SQL migration itself (what {@code prisma migrate deploy} runs once the baseline is
     * marked applied), and after it Prisma's {@code migrate diff} from the database to the
     * generated schema.prisma finds exactly what it finds for the model's fresh DDL (the
     * allow-listed naming of SQLite's automatic unique indexes), nothing more.
     */
    /**
     * A PostgreSQL enum type the model names otherwise (Prisma names types "Mood"; the model's
     * naming derives mood): the adoption renames the type in place, so the next migration, which
     * names the type as the model does, runs. diff --url tells the two names apart.
     */
    /**
     * SQLite stores a foreign key to a {@code bigint @auto} key as the same 64-bit integer the
     * key is (pull gives it the key's INTEGER), and a column's doc comment only as a line of the
     * CREATE TABLE text that Alembic does not write: neither is drift.
     */
    @Test
    void sqliteDiffersOnlyInWhatItStores() throws Exception {
        Path model = write("sqlite-stores/m.schema", "schema t { dialect = sqlite timestamps = false }\n"
                + "entity Acct { id bigint @id @auto  posts Post[] }\n"
                + "entity Post {\n  acct Acct\n  /// How many.\n  n int\n}\n");
        try (var db = LiveDb.fresh(Kind.SQLITE, "sqlite_stores")) {
            String ddl = Sql.create(Dialect.SQLITE, compile(model).catalog(), "t");
            assertThat(ddl).contains("-- How many.").contains("acct_id BIGINT");
            db.run(ddl.replace("  -- How many.\n", ""));
            assertNoDrift(url(db), model);
        }
    }

    /**
     * Where an enum lives only in its columns (SQLite, MySQL, MariaDB), an enum no field uses
     * is nothing a database can have or lack: the model's own DDL is no drift, and adopting a
     * database that matches writes the baseline only.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"SQLITE", "MARIADB"})
    void anEnumNoFieldUsesIsNoDriftWhereEnumsLiveInColumns(Kind kind) throws Exception {
        Path model = write("unused-" + kind + "/m.schema", "schema t { dialect = " + (kind == Kind.SQLITE ? "sqlite" : "mysql")
                + " timestamps = false }\nenum Kind { x y }\nentity A { n int }\n");
        Path out = tmp.resolve("unused-" + kind + "/generated");
        try (var db = LiveDb.fresh(kind, "unused_enum")) {
            db.run(Sql.create(dialect(kind), compile(model).catalog(), "t"));
            String url = url(db);
            assertNoDrift(url, model);
            var r = Cli.run("migrate", model.toString(), "--from-url", url, "--name", "adopt", "--timestamp", "20250301120000",
                    "-o", out.toString(), "--color", "never");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("no changes: the database matches the model");
            assertThat(out.resolve(MigrationFiles.sqlPath(dialect(kind), ADOPT, "up"))).doesNotExist();
            assertThat(out.resolve(MigrationFiles.sqlPath(dialect(kind), BASELINE, "up"))).exists();
        }
    }

    @Test
    void anEnumTypeTheModelNamesOtherwiseIsRenamedByTheAdoption() throws Exception {
        Path model = tmp.resolve("enum/e.schema");
        Path out = tmp.resolve("enum/generated");
        Files.createDirectories(model.getParent());
        try (var db = LiveDb.fresh(Kind.POSTGRES, "adopt_enum_type")) {
            db.run("CREATE TYPE \"Mood\" AS ENUM ('ok', 'bad');\n"
                    + "CREATE TABLE person (id int PRIMARY KEY, mood \"Mood\");\n"
                    + "INSERT INTO person VALUES (1, 'bad');\n");
            String url = url(db);
            var pull = Cli.run("pull", "--url", url, "-o", model.toString(), "--color", "never");
            assertThat(pull.code()).as(pull.err()).isZero();
            String pulled = Files.readString(model);
            assertThat(pulled).contains("enum Mood {");

            var diff = Cli.run("diff", "--url", url, "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(diff.out().lines().toList()).containsExactly("Renames the PostgreSQL type of enum `Mood` from `Mood` to `mood`.");

            var r = Cli.run("migrate", model.toString(), "--from-url", url, "--name", "adopt", "--timestamp", "20250301120000",
                    "-o", out.toString(), "--color", "never");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("  Renames the PostgreSQL type of enum `Mood` from `Mood` to `mood`.");
            assertThat(up(out, Kind.POSTGRES, ADOPT)).contains("ALTER TYPE \"Mood\" RENAME TO mood;");
            assertThat(Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.POSTGRES, ADOPT, "down"))))
                    .contains("ALTER TYPE mood RENAME TO \"Mood\";");
            db.run(up(out, Kind.POSTGRES, ADOPT));
            assertNoDrift(url, model);

            // The next migration names the type as the model does: it runs.
            assertThat(pulled).contains("  bad\n");
            Files.writeString(model, pulled.replaceFirst("  bad\n", "  bad\n  meh\n"));
            var next = Cli.run("migrate", model.toString(), "--name", "meh", "--timestamp", "20250302000000",
                    "-o", out.toString(), "--color", "never");
            assertThat(next.code()).as(next.out() + next.err()).isZero();
            db.run(up(out, Kind.POSTGRES, "20250302000000_meh"));
            db.run("INSERT INTO person VALUES (2, 'meh');\n");
            assertNoDrift(url, model);
        }
    }

    @Test
    void prismaFindsNoDriftAfterTheAdoption() throws Exception {
        var old = compile(write("old/shop.schema", model(Kind.SQLITE, OLD)));
        Path model = write("app/shop.schema", model(Kind.SQLITE, NEW));
        Path out = tmp.resolve("app/generated");
        try (var db = LiveDb.fresh(Kind.SQLITE, "adopt_prisma"); var fresh = LiveDb.fresh(Kind.SQLITE, "fresh_prisma")) {
            oldDatabase(db, old);
            var r = Cli.run("migrate", model.toString(), "--from-url", url(db), "--name", "adopt", "--timestamp", "20250301120000",
                    "-o", out.toString(), "--color", "never");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            String up = up(out, Kind.SQLITE, ADOPT);
            assertThat(Files.readString(out.resolve(MigrationFiles.prismaPath(ADOPT)))).isEqualTo(up);
            assertThat(out.resolve(MigrationFiles.prismaPath(BASELINE))).exists();
            db.run(up);
            var c = compile(model);
            fresh.run(Sql.create(Dialect.SQLITE, c.catalog(), "shop"));
            String prisma = Files.readString(out.resolve("prisma/schema.prisma"));
            JsonNode expected = NodeHarness.get().callWithStdin(prisma, "prisma-drift", "-", "--url", "file:" + fresh.sqliteFile());
            JsonNode adopted = NodeHarness.get().callWithStdin(prisma, "prisma-drift", "-", "--url", "file:" + db.sqliteFile());
            assertThat(adopted.path("sql").asText()).as("Prisma's migrate diff from the adopted database, against the fresh DDL's")
                    .isEqualTo(expected.path("sql").asText());
        }
    }

    static JsonNode alembic(Path out, LiveDb db, String action, String revision) throws Exception {
        Path harness = Engines.root().resolve("tools/python/schemac_harness.py");
        var p = new ProcessBuilder(Engines.python().toString(), harness.toString(), "alembic",
                out.resolve("migrations/alembic").toString(), sqlalchemyUrl(db), action, revision)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) throw new IllegalStateException("alembic " + action + " did not finish");
        assertThat(p.exitValue()).as("alembic %s: %s", action, text).isZero();
        return new ObjectMapper().readTree(text);
    }
}
