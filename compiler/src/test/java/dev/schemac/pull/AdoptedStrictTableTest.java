package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.alembic;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.refused;
import static dev.schemac.pull.AdoptedKeptSqlTest.edited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adopted SQLite table that is STRICT takes only INTEGER, REAL, TEXT, BLOB and ANY columns, and stays STRICT
 * through every later migration: each column of it is declared with the STRICT type of the same meaning, on real
 * SQLite and through Alembic. A field of any type is added to it (a string with a length, a bool, a datetime, a
 * decimal, an enum: no type is refused), and a rebuild for another reason declares the columns the catalog has
 * as the table takes them, keeping its rows, its sqlite_sequence entry and the STRICT option; the down scripts
 * restore the table as it was.
 */
class AdoptedStrictTableTest {
    @TempDir
    Path tmp;

    /** An AUTOINCREMENT key whose highest id given (2) is no longer in the table: sqlite_sequence keeps it. */
    static final String STRICT = """
            CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL, score INTEGER, weight REAL,
              data BLOB, tag TEXT) STRICT;
            INSERT INTO notes (id, body, score, weight, data, tag) VALUES (1, 'kept', 3, 1.5, x'0102', 'RED');
            INSERT INTO notes (id, body, score, weight, data, tag) VALUES (2, 'gone', 1, 0.5, NULL, NULL);
            DELETE FROM notes WHERE id = 2;
            """;

    /** Fields of every kind whose own SQLite type a STRICT table refuses (and some it takes), all optional: added in place. */
    static final String TYPED = """
              nickname string(40)?
              seen     datetime?
              price    decimal(10, 2)?
              born     date?
              at       time?
              ref      uuid?
              meta     json?
              code     char(3)?
              small    smallint?
              big      bigint?
              ratio    double?
              active   bool = true
            """;

    Path pull(LiveDb db) {
        Path model = tmp.resolve("app.schema");
        var pull = Cli.run("pull", "--url", db.sqliteFile().toString(), "--out", model.toString(), "--color", "never");
        assertThat(pull.code()).as(pull.err()).isZero();
        return model;
    }

    Cli.Run migrate(Path model, Path out, LiveDb adopted, String ts, String name) {
        var args = new ArrayList<>(List.of("migrate", model.toString(), "--name", name, "--timestamp", ts, "--allow-destructive",
                "-o", out.toString(), "--color", "never"));
        if (adopted != null) args.addAll(List.of("--from-url", adopted.sqliteFile().toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Writes the migration and runs its SQLite up script; the Prisma folder's migration.sql is that script. */
    String migrateAndApply(LiveDb db, Path model, Path out, String ts, String name) throws Exception {
        var r = migrate(model, out, null, ts, name);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        String up = Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, ts + "_" + name, "up")), StandardCharsets.UTF_8);
        assertThat(out.resolve("migrations/prisma/" + ts + "_" + name + "/migration.sql")).hasContent(up);
        db.run(up);
        return up;
    }

    void down(LiveDb db, Path out, String id) throws Exception {
        db.run(Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, id, "down")), StandardCharsets.UTF_8));
    }

    void adopt(LiveDb db, Path model, Path out) {
        var r = migrate(model, out, db, "20250301120000", "adopt");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, "20250301115959_baseline", "up"))).exists();
    }

    /** The table is STRICT (SQLite's own word for it), a value of another type is refused, and the kept row is whole. */
    static void stillStrict(LiveDb db, String after) throws Exception {
        assertThat(one(db, "SELECT strict FROM pragma_table_list WHERE name = 'notes'")).as("STRICT after " + after).isEqualTo("1");
        assertThat(one(db, "SELECT sql FROM sqlite_schema WHERE name = 'notes'")).as(after).endsWith(") STRICT");
        refused(db, "INSERT INTO notes (body, score) VALUES ('typed', 'not a number')", "an INTEGER column after " + after);
        refused(db, "INSERT INTO notes (body, weight) VALUES ('typed', x'00')", "a REAL column after " + after);
        assertThat(one(db, "SELECT body || '|' || score || '|' || weight || '|' || hex(data) || '|' || tag FROM notes WHERE id = 1"))
                .as("the row after " + after).isEqualTo("kept|3|1.5|0102|RED");
        assertThat(one(db, "SELECT count(*) FROM notes")).as(after).isEqualTo("1");
    }

    static String columns(LiveDb db) throws Exception {
        return one(db, "SELECT group_concat(name || ' ' || type, ', ') FROM (SELECT name, type FROM pragma_table_info('notes') ORDER BY cid)");
    }

    static final String ORIGINAL = "id INTEGER, body TEXT, score INTEGER, weight REAL, data BLOB, tag TEXT";

    @Test
    void fieldsOfEveryTypeAreAddedToAStrictTable() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "strict_add"); var copy = LiveDb.fresh(Kind.SQLITE, "strict_add_alembic")) {
            db.run(STRICT);
            copy.run(STRICT);
            Path model = pull(db);
            Path out = tmp.resolve("out");
            adopt(db, model, out);
            String pulled = Files.readString(model);
            Files.writeString(model, pulled.replaceFirst("(?m)^(  tag\\s+text\\?\n)", "$1" + TYPED));

            String up = migrateAndApply(db, model, out, "20250302000000", "typed");
            // Each added in place, declared as a STRICT table takes it: no rebuild was needed.
            assertThat(up).contains("ALTER TABLE notes ADD COLUMN nickname TEXT;", "ALTER TABLE notes ADD COLUMN seen TEXT;",
                    "ALTER TABLE notes ADD COLUMN price REAL;", "ALTER TABLE notes ADD COLUMN born TEXT;",
                    "ALTER TABLE notes ADD COLUMN at TEXT;", "ALTER TABLE notes ADD COLUMN ref TEXT;",
                    "ALTER TABLE notes ADD COLUMN meta TEXT;", "ALTER TABLE notes ADD COLUMN code TEXT;",
                    "ALTER TABLE notes ADD COLUMN small INTEGER;", "ALTER TABLE notes ADD COLUMN big INTEGER;",
                    "ALTER TABLE notes ADD COLUMN ratio REAL;", "ALTER TABLE notes ADD COLUMN active INTEGER NOT NULL DEFAULT TRUE;")
                    .doesNotContain("_schemac_new_");
            added(db, "the up script");
            // diff --url compares each column as the STRICT table declares it: a string(40) stored as TEXT is no drift.
            var diff = Cli.run("diff", "--url", db.sqliteFile().toString(), "--color", "never", model.toString());
            assertThat(diff.out()).as(diff.out() + diff.err()).doesNotContain("(type")
                    .doesNotContain("nickname").doesNotContain("price").doesNotContain("seen");

            // What the tools write into such columns is taken: ISO text, numbers, a decimal's numeric text.
            db.run("INSERT INTO notes (body, nickname, seen, price, born, at, ref, meta, code, small, big, ratio, active) VALUES "
                    + "('new', 'nick', '2025-01-31 09:30:00.000000', '12.50', '2025-01-31', '09:30:00', "
                    + "'0b0e2f5c-8a63-4d36-9d0a-4bcb3e3c6a11', '{\"a\": 1}', 'abc', 7, 9007199254740993, 0.25, FALSE)");
            assertThat(one(db, "SELECT typeof(price) || ' ' || price || ' ' || typeof(active) || active FROM notes WHERE body = 'new'"))
                    .isEqualTo("real 12.5 integer0");
            refused(db, "INSERT INTO notes (body, nickname) VALUES ('typed', x'00')", "a string(40) column is STRICT TEXT");
            refused(db, "INSERT INTO notes (body, active) VALUES ('typed', 'yes')", "a bool column is STRICT INTEGER");
            refused(db, "INSERT INTO notes (body, price) VALUES ('typed', 'twelve')", "a decimal column is STRICT REAL");
            db.run("DELETE FROM notes WHERE body = 'new'");

            down(db, out, "20250302000000_typed");
            stillStrict(db, "the down script");
            assertThat(columns(db)).isEqualTo(ORIGINAL);

            // Alembic adds the columns through the SQL renderer's definitions, and drops them again.
            alembic(out, copy, "stamp", "20250301115959");
            alembic(out, copy, "upgrade", "head");
            added(copy, "alembic upgrade head");
            alembic(out, copy, "downgrade", "20250301115959");
            stillStrict(copy, "alembic downgrade");
            assertThat(columns(copy)).isEqualTo(ORIGINAL);
        }
    }

    private static void added(LiveDb db, String after) throws Exception {
        stillStrict(db, after);
        assertThat(columns(db)).as(after).isEqualTo(ORIGINAL + ", nickname TEXT, seen TEXT, price REAL, born TEXT, at TEXT, ref TEXT, "
                + "meta TEXT, code TEXT, small INTEGER, big INTEGER, ratio REAL, active INTEGER");
        assertThat(one(db, "SELECT active FROM notes WHERE id = 1")).as(after).isEqualTo("1");
    }

    /**
     * The first migration gives the pulled `tag` an enum's type and adds an enum, a string with a length and a bool
     * (a rebuild: the enums' checks); the second makes the pulled `score` required with a default and adds a check
     * to `weight`, which SQLite makes by rebuilding the table again: every column the catalog has, the enums' among
     * them, is declared as the STRICT table takes it. The rows, the AUTOINCREMENT's highest id and STRICT are kept
     * through both, and through their down scripts, by the SQL scripts and by Alembic.
     */
    @Test
    void aRebuildForAnotherReasonDeclaresEveryColumnAsStrictTakesIt() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "strict_rebuild"); var copy = LiveDb.fresh(Kind.SQLITE, "strict_rebuild_alembic")) {
            db.run(STRICT);
            copy.run(STRICT);
            Path model = pull(db);
            Path out = tmp.resolve("out");
            adopt(db, model, out);
            String pulled = Files.readString(model);
            String first = pulled.replaceFirst("(?m)^(  tag\\s+)text\\?$", "$1Colour?\n  level    Level = LOW\n  nickname string(40)?\n"
                    + "  active   bool = true") + "\nenum Colour { RED BLUE }\n\nenum Level { LOW HIGH }\n";
            assertThat(first).as(pulled).contains("Colour?\n  level");
            Files.writeString(model, first);
            String up = migrateAndApply(db, model, out, "20250302000000", "enums");
            assertThat(up).contains("CREATE TABLE _schemac_new_notes", "  tag TEXT,\n", "  level TEXT NOT NULL DEFAULT 'LOW',\n",
                    "  nickname TEXT,\n", "  active INTEGER NOT NULL DEFAULT TRUE,\n", ") STRICT;");
            rebuilt(db, "the first rebuild");
            // The STRICT table declares the enums TEXT and the bool INTEGER DEFAULT TRUE: diff --url reads them as the model's.
            var same = Cli.run("diff", "--url", db.sqliteFile().toString(), "--color", "never", model.toString());
            assertThat(same.code()).as(same.out() + same.err()).isZero();

            String second = edited(first.replaceFirst("(?m)^(  score\\s+)int\\?$", "$1int = 0"), "float?", "float? @check(>= 0)");
            assertThat(second).as(first).containsPattern("score\\s+int = 0");
            Files.writeString(model, second);
            String again = migrateAndApply(db, model, out, "20250303000000", "required");
            assertThat(again).contains("CREATE TABLE _schemac_new_notes", "  tag TEXT,\n", "  level TEXT NOT NULL DEFAULT 'LOW',\n",
                    "  nickname TEXT,\n", "  score INTEGER NOT NULL DEFAULT 0,\n", ") STRICT;").doesNotContain("VARCHAR", "BOOLEAN");
            rebuilt(db, "the second rebuild");
            refused(db, "INSERT INTO notes (body, weight) VALUES ('checked', -1)", "the new check");
            assertThat(one(db, "SELECT score FROM notes WHERE id = 1")).isEqualTo("3");

            down(db, out, "20250303000000_required");
            rebuilt(db, "the second down script");
            down(db, out, "20250302000000_enums");
            stillStrict(db, "the first down script");
            assertThat(columns(db)).isEqualTo(ORIGINAL);
            assertThat(one(db, "SELECT seq FROM sqlite_sequence WHERE name = 'notes'")).isEqualTo("2");

            alembic(out, copy, "stamp", "20250301115959");
            alembic(out, copy, "upgrade", "head");
            rebuilt(copy, "alembic upgrade head");
            alembic(out, copy, "downgrade", "20250301115959");
            stillStrict(copy, "alembic downgrade");
            assertThat(columns(copy)).isEqualTo(ORIGINAL);
            assertThat(one(copy, "SELECT seq FROM sqlite_sequence WHERE name = 'notes'")).isEqualTo("2");
        }
    }

    /** After either rebuild: STRICT, the enums' checks hold, and a deleted row's id is not given again. */
    private static void rebuilt(LiveDb db, String after) throws Exception {
        stillStrict(db, after);
        assertThat(one(db, "SELECT level || active FROM notes WHERE id = 1")).as(after).isEqualTo("LOW1");
        refused(db, "INSERT INTO notes (body, tag) VALUES ('typed', 'GREEN')", "the enum's check after " + after);
        refused(db, "INSERT INTO notes (body, nickname) VALUES ('typed', x'00')", "a string(40) column is STRICT TEXT after " + after);
        assertThat(one(db, "SELECT seq FROM sqlite_sequence WHERE name = 'notes'")).as("the highest id given after " + after)
                .isEqualTo("2");
    }
}
