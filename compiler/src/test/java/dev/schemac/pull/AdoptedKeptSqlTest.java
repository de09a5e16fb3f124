package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.alembic;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.lineOf;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL an adopted SQLite database keeps outside the model (KeptSql), on real SQLite: written
 * from names through the SQLite dialect's quoting, so reserved words, spaces and quotes in names
 * rebuild again and again (and through Alembic); SQL SQLite kept that ends in a {@code --} comment
 * still ends where it should; what goes with a dropped column is what its SQL is on, never an
 * object that only has the name in a string or as another table's column, and a trigger that
 * names a dropped column is refused (SC567); and a down script that would rebuild a table and
 * lose a column pull could not type is refused as the up is (SC567).
 */
class AdoptedKeptSqlTest {
    @TempDir
    Path tmp;

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

    String migrateAndApply(LiveDb db, Path model, Path out, LiveDb adopted, String ts, String name) throws Exception {
        var r = migrate(model, out, adopted, ts, name);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        String up = Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, ts + "_" + name, "up")), StandardCharsets.UTF_8);
        db.run(up);
        return up;
    }

    /** Writes the migration without running it (the database has it already): its up script. */
    String written(Path model, Path out, String ts, String name) throws Exception {
        var r = migrate(model, out, null, ts, name);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        return Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, ts + "_" + name, "up")), StandardCharsets.UTF_8);
    }

    /** Adopts the database with the model pull wrote: the baseline only, which the database has. */
    void adoptAsItIs(LiveDb db, Path model, Path out) {
        var r = migrate(model, out, db, "20250301120000", "adopt");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, "20250301115959_baseline", "up"))).exists();
        assertThat(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, "20250301120000_adopt", "up"))).doesNotExist();
    }

    static String edited(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    static final String NAMES = """
            CREATE TABLE "order" ("group" VARCHAR(20) NOT NULL, "first name" VARCHAR(40) NOT NULL, note VARCHAR(40),
              PRIMARY KEY ("group", "first name"), CONSTRAINT "check" CHECK ("group" <> '' AND "first name" <> ''));
            CREATE TABLE "select" (id INTEGER PRIMARY KEY, order_group VARCHAR(20) NOT NULL, "order_first name" VARCHAR(40) NOT NULL,
              qty INTEGER NOT NULL, "say ""hi""\" VARCHAR(10),
              FOREIGN KEY (order_group, "order_first name") REFERENCES "order" ("group", "first name"),
              CONSTRAINT "unique" UNIQUE ("order_first name"),
              CONSTRAINT "where" CHECK (qty > 0 OR length("say ""hi""\") > 100 -- ends in a comment
              ));
            CREATE INDEX "in group" ON "select" (order_group);
            CREATE INDEX "lower ""say""\" ON "select" (lower("say ""hi""\")) -- ends in a comment
            ;
            CREATE TABLE "group" (id INTEGER PRIMARY KEY, "order" INTEGER REFERENCES "select" (id) ON DELETE SET DEFAULT
              DEFERRABLE INITIALLY DEFERRED);
            CREATE TABLE "from" (id INTEGER PRIMARY KEY, "group" VARCHAR(20) NOT NULL, "first name" VARCHAR(40) NOT NULL,
              n INTEGER NOT NULL,
              FOREIGN KEY ("group", "first name") REFERENCES "order" ("group", "first name") DEFERRABLE INITIALLY DEFERRED);
            CREATE TABLE "values" (id INTEGER PRIMARY KEY, code VARCHAR(10) NOT NULL, "group" VARCHAR(10), n INTEGER NOT NULL,
              UNIQUE (code COLLATE NOCASE, "group" DESC));
            INSERT INTO "values" VALUES (1, 'abc', 'x', 1);
            INSERT INTO "order" VALUES ('g', 'ann', NULL), ('g', 'bob', NULL);
            INSERT INTO "select" VALUES (1, 'g', 'ann', 2, 'yo');
            INSERT INTO "group" VALUES (1, 1);
            """;

    /**
     * Pull left out a unique and an index over part of a relation's columns and a SET DEFAULT key (text for
     * people: no quotes), a check and an expression index whose SQL SQLite kept ending in a comment, a unique
     * constraint whose index compares a column under another collation and another in descending order, and
     * foreign keys checked at commit (one the reader left out, one the lifter did).
     */
    @Test
    void reservedWordsSpacesAndQuotesInNamesRebuildAgainAndAgain() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "kept_names"); var copy = LiveDb.fresh(Kind.SQLITE, "kept_names_alembic")) {
            db.run(NAMES);
            copy.run(NAMES);
            Path model = pull(db);
            String pulled = Files.readString(model);
            assertThat(pulled).contains("// SC970 index unique", "// SC970 index in group", "// SC970 index lower \"say\"",
                    "// SC969 check where", "// SC971 foreign key (unnamed): SET DEFAULT", "// SC969 check check",
                    "// SC970 index sqlite_autoindex_values_1");
            pulled = edited(pulled, "  n     int\n", "  n     bigint\n");
            pulled = edited(pulled, "  n          int\n", "  n          bigint\n");
            Files.writeString(model, edited(edited(edited(pulled, "  qty    int\n", "  qty    bigint\n"), "  order int?\n",
                    "  order bigint?\n"), "  note       string(40)?", "  note       string(60)?"));
            Path out = tmp.resolve("out");
            String up = migrateAndApply(db, model, out, db, "20250301120000", "adopt");
            assertThat(up).contains("CREATE TABLE _schemac_new_select", "CREATE TABLE _schemac_new_group", "CREATE TABLE _schemac_new_order",
                    "  CONSTRAINT \"check\" CHECK (\"group\" <> '' AND \"first name\" <> '')\n",
                    "  CONSTRAINT sqlite_autoindex_values_1 UNIQUE (code COLLATE \"NOCASE\", \"group\" DESC)\n",
                    "  CONSTRAINT \"unique\" UNIQUE (\"order_first name\"),\n",
                    "\nCREATE INDEX \"in group\" ON \"select\" (order_group);\n",
                    "  FOREIGN KEY (\"order\") REFERENCES \"select\" (id) ON DELETE SET DEFAULT ON UPDATE NO ACTION "
                            + "DEFERRABLE INITIALLY DEFERRED\n",
                    "  FOREIGN KEY (\"group\", \"first name\") REFERENCES \"order\" (\"group\", \"first name\") ON DELETE NO ACTION "
                            + "ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED\n",
                    "  CONSTRAINT \"where\" CHECK (qty > 0 OR length(\"say \"\"hi\"\"\") > 100 -- ends in a comment\n)\n",
                    "\nCREATE INDEX \"lower \"\"say\"\"\" ON \"select\" (lower(\"say \"\"hi\"\"\"));\n");
            keptHold(db, "the adoption");

            // The history's snapshot carries the same SQL to the next rebuild of both tables.
            Files.writeString(model, edited(edited(Files.readString(model), "  say_hi string(10)?", "  say_hi string(20)?"),
                    "  order bigint?\n", "  order bigint?\n  memo  string(10) = \"m\"\n"));
            String next = migrateAndApply(db, model, out, null, "20250302000000", "again");
            assertThat(next).contains("CREATE TABLE _schemac_new_select");
            keptHold(db, "the second rebuild");
            var diff = Cli.run("diff", "--url", db.sqliteFile().toString(), "--color", "never", model.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();

            // Alembic runs the same rebuilds, up and down again.
            alembic(out, copy, "stamp", "20250301115959");
            alembic(out, copy, "upgrade", "head");
            keptHold(copy, "alembic upgrade head");
            alembic(out, copy, "downgrade", "20250301115959");
            keptHold(copy, "alembic downgrade to the baseline");
            assertThat(one(copy, "SELECT type FROM pragma_table_info('select') WHERE name = 'qty'")).isEqualTo("INTEGER");
        }
    }

    private static void keptHold(LiveDb db, String after) throws Exception {
        refused(db, "INSERT INTO \"order\" VALUES ('', 'cy', NULL)", "the check the lifter left out after " + after);
        refused(db, "INSERT INTO \"values\" VALUES (2, 'ABC', 'x', 2)", "the unique under NOCASE after " + after);
        refused(db, "INSERT INTO \"select\" VALUES (2, 'g', 'ann', 3, NULL)", "the unique pull left out after " + after);
        refused(db, "INSERT INTO \"select\" VALUES (3, 'g', 'bob', -1, 'no')", "the check after " + after);
        assertThat(one(db, "SELECT group_concat(name, ' | ') FROM (SELECT name FROM sqlite_master WHERE type = 'index' "
                + "AND tbl_name = 'select' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'idx_%' ORDER BY name)"))
                .as("the indexes after " + after).isEqualTo("in group | lower \"say\"");
        assertThat(one(db, "SELECT on_delete FROM pragma_foreign_key_list('group')")).as("the key after " + after)
                .isEqualTo("SET DEFAULT");
        assertThat(one(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('group', 'from') "
                + "AND sql LIKE '%DEFERRABLE INITIALLY DEFERRED%'")).as("the keys checked at commit after " + after).isEqualTo("2");
        refused(db, "INSERT INTO \"from\" VALUES (9, 'g', 'nobody', 1)", "the key the lifter left out after " + after);
        assertThat(one(db, "SELECT \"say \"\"hi\"\"\" FROM \"select\" WHERE id = 1")).isEqualTo("yo");
    }

    static final String CONTACTS = """
            CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(80) UNIQUE, phone VARCHAR(20));
            CREATE TABLE contacts (id INTEGER PRIMARY KEY, kind VARCHAR(10) NOT NULL, email VARCHAR(80), phone VARCHAR(20),
              owner VARCHAR(80),
              CHECK (kind IN ('email', 'phone') OR length(kind) > 100),
              FOREIGN KEY (owner) REFERENCES people (email) ON DELETE SET DEFAULT);
            CREATE INDEX contacts_email_nocase ON contacts (email COLLATE NOCASE);
            INSERT INTO people VALUES (1, 'a@b', NULL);
            INSERT INTO contacts VALUES (1, 'email', 'x@y', NULL, 'a@b');
            """;

    /** A trigger on contacts whose body names people's column `email`. */
    static final String TRIGGER = """
            CREATE TRIGGER contacts_copy AFTER INSERT ON contacts BEGIN
              UPDATE people SET email = NEW.email WHERE id = NEW.id;
            END;
            """;

    /**
     * Dropping contacts.email: the index on it goes; the check that has 'email' only as a string, and
     * the foreign key that references another table's `email`, stay, in this rebuild and the next.
     */
    @Test
    void whatGoesWithADroppedColumnIsWhatItsSqlIsOn() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "kept_drop")) {
            db.run(CONTACTS);
            Path model = pull(db);
            String pulled = Files.readString(model);
            assertThat(pulled).contains("// SC969 check", "// SC971 foreign key", "// SC970 index contacts_email_nocase");
            Path out = tmp.resolve("out");
            adoptAsItIs(db, model, out);
            // Dropped with a wider phone: the table is rebuilt whatever the drop alone would be.
            Files.writeString(model, edited(Files.readString(model), "  email string(80)?\n  phone string(20)?\n  owner",
                    "  phone string(30)?\n  owner"));
            String drop = migrateAndApply(db, model, out, null, "20250302000000", "no_email");
            assertThat(drop).contains("CREATE TABLE _schemac_new_contacts", "CHECK (kind IN ('email', 'phone')",
                    "FOREIGN KEY (owner) REFERENCES people (email)").doesNotContain("contacts_email_nocase");
            dropHolds(db, "the drop");
            Files.writeString(model, edited(Files.readString(model), "  phone string(30)?", "  phone string(40)?"));
            assertThat(migrateAndApply(db, model, out, null, "20250303000000", "again")).contains("CREATE TABLE _schemac_new_contacts");
            dropHolds(db, "the next rebuild");
        }
    }

    private static void dropHolds(LiveDb db, String after) throws Exception {
        refused(db, "INSERT INTO contacts (id, kind) VALUES (2, 'fax')", "the check after " + after);
        refused(db, "INSERT INTO contacts (id, kind, owner) VALUES (3, 'phone', 'nobody')", "the foreign key after " + after);
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("INSERT INTO contacts (id, kind, owner) VALUES (4, 'phone', 'a@b')");
            s.execute("DELETE FROM contacts WHERE id = 4");
        }
        assertThat(one(db, "SELECT count(*) FROM sqlite_master WHERE name = 'contacts_email_nocase'")).as(after).isEqualTo("0");
    }

    /** Whether the trigger names this table's column or people's, schemac cannot tell: the drop is refused, nothing written. */
    @Test
    void aTriggerNamingADroppedColumnIsRefused() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "kept_trigger")) {
            db.run(CONTACTS + TRIGGER);
            Path model = pull(db);
            Path out = tmp.resolve("out");
            adoptAsItIs(db, model, out);
            String text = edited(Files.readString(model), "  email string(80)?\n  phone string(20)?\n  owner", "  phone string(20)?\n  owner");
            Files.writeString(model, text);
            var r = migrate(model, out, null, "20250302000000", "no_email");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC567]: SQLite rebuilds table `contacts` in this migration, and that drops trigger "
                            + "`contacts_copy`, which the database has outside the model: it cannot be made again (its SQL names "
                            + "`email`, which this migration drops from the table, and schemac cannot tell whether that is the "
                            + "column or another table's)")
                    .contains("app.schema:" + lineOf(text, "entity Contact {") + ":1")
                    .contains("help: leave out of this migration the change that needs it, or drop trigger `contacts_copy` in the "
                            + "database first (and pull again) if it is no longer wanted");
            assertThat(out.resolve("migrations/sql/sqlite")).isDirectoryNotContaining("glob:**20250302000000*");
        }
    }

    static final String ACTIONS = """
            CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(80) UNIQUE);
            CREATE TABLE tasks (id INTEGER PRIMARY KEY, action VARCHAR(20) NOT NULL, initially VARCHAR(20), owner VARCHAR(80),
              FOREIGN KEY (owner) REFERENCES people (email) ON DELETE NO ACTION ON UPDATE CASCADE DEFERRABLE INITIALLY IMMEDIATE);
            INSERT INTO people VALUES (1, 'a@b');
            INSERT INTO tasks VALUES (1, 'call', 'x', 'a@b');
            """;

    /**
     * The words of a kept foreign key's tail ({@code NO ACTION}, {@code CASCADE}, {@code INITIALLY}) are no column names:
     * columns called so are renamed in place and then rebuilt, and the key, which is on {@code owner}, is made again.
     */
    @Test
    void aForeignKeysActionWordsNameNoColumn() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "kept_actions")) {
            db.run(ACTIONS);
            Path model = pull(db);
            assertThat(Files.readString(model)).contains("// SC971 foreign key");
            Path out = tmp.resolve("out");
            adoptAsItIs(db, model, out);
            String pulled = Files.readString(model);
            assertThat(pulled).containsPattern("(?m)^  action +string\\(20\\)$").containsPattern("(?m)^  initially +string\\(20\\)\\?$");
            Files.writeString(model, pulled.replaceFirst("(?m)^  action +string\\(20\\)$", "  verb string(20) @renamed_from(\"action\")")
                    .replaceFirst("(?m)^  initially +string\\(20\\)\\?$", "  first string(20)? @renamed_from(\"initially\")"));
            String rename = migrateAndApply(db, model, out, null, "20250302000000", "renamed");
            assertThat(rename).contains("RENAME COLUMN action TO verb").doesNotContain("_schemac_new_tasks");
            String text = Files.readString(model).replace(" @renamed_from(\"action\")", "").replace(" @renamed_from(\"initially\")", "");
            Files.writeString(model, edited(text, "  verb string(20)", "  verb string(30)"));
            assertThat(migrateAndApply(db, model, out, null, "20250303000000", "wider")).contains("CREATE TABLE _schemac_new_tasks",
                    "FOREIGN KEY (owner) REFERENCES people (email) ON DELETE NO ACTION ON UPDATE CASCADE");
            assertThat(one(db, "SELECT verb || '/' || first || '/' || owner FROM tasks WHERE id = 1")).isEqualTo("call/x/a@b");
            refused(db, "INSERT INTO tasks (id, verb, owner) VALUES (2, 'mail', 'nobody')", "the foreign key after the rebuild");
        }
    }

    static final String UNTYPED = """
            CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(80) NOT NULL, extra, memo VARCHAR(20),
              created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);
            INSERT INTO notes (id, body, extra) VALUES (1, 'x', 'precious');
            """;

    /**
     * The up drops created_at in place; its down adds it back NOT NULL with CURRENT_TIMESTAMP, which SQLite makes only
     * by a rebuild: the rebuild declares `extra` (no type) as the table did and copies its values. A drop whose down
     * adds the column back in place is written too, and its down keeps `extra`.
     */
    @Test
    void aDownThatRebuildsKeepsAnUntypedColumn() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "kept_down"); var copy = LiveDb.fresh(Kind.SQLITE, "kept_down_alembic")) {
            db.run(UNTYPED);
            copy.run(UNTYPED);
            Path model = pull(db);
            Path out = tmp.resolve("out");
            adoptAsItIs(db, model, out);
            String adopted = Files.readString(model);
            Files.writeString(model, edited(adopted, "  created_at datetime = now()\n", ""));
            migrateAndApply(db, model, out, null, "20250302000000", "no_created");
            String rebuilt = Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, "20250302000000_no_created", "down")));
            assertThat(rebuilt).contains("CREATE TABLE _schemac_new_notes", "  extra,\n", "INSERT INTO _schemac_new_notes (id, body, memo, extra) SELECT id, body, memo, extra FROM notes;");
            db.run(rebuilt);
            assertThat(one(db, "SELECT extra || '|' || (created_at IS NOT NULL) FROM notes WHERE id = 1")).isEqualTo("precious|1");
            // The column back by a migration of its own, which the down has made already, to go on from the adopted model.
            Files.writeString(model, adopted);
            String back = written(model, out, "20250302100000", "created_back");
            assertThat(back).contains("CREATE TABLE _schemac_new_notes", "  extra,\n");
            var same = Cli.run("diff", "--url", db.sqliteFile().toString(), model.toString(), "--color", "never");
            assertThat(same.code()).as(same.out() + same.err()).isZero();

            Files.writeString(model, edited(adopted, "  memo       string(20)?\n", ""));
            migrateAndApply(db, model, out, null, "20250303000000", "no_memo");
            String down = Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, "20250303000000_no_memo", "down")));
            assertThat(down).contains("ALTER TABLE notes ADD COLUMN memo VARCHAR(20);").doesNotContain("_schemac_new_");
            db.run(down);
            assertThat(one(db, "SELECT extra FROM notes WHERE id = 1")).isEqualTo("precious");
            // Alembic's downgrade of it, as well.
            alembic(out, copy, "stamp", "20250301115959");
            alembic(out, copy, "upgrade", "head");
            assertThat(one(copy, "SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'memo'")).isEqualTo("0");
            alembic(out, copy, "downgrade", "20250301115959");
            assertThat(one(copy, "SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'memo'")).isEqualTo("1");
            assertThat(one(copy, "SELECT extra FROM notes WHERE id = 1")).isEqualTo("precious");
        }
    }

    static final String STRICT = """
            CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, score INTEGER) STRICT;
            CREATE TABLE words (word TEXT NOT NULL PRIMARY KEY, uses INTEGER) WITHOUT ROWID, STRICT;
            INSERT INTO notes VALUES (1, 'kept', 3);
            INSERT INTO words VALUES ('kept', 2);
            """;

    /**
     * A STRICT table (and a STRICT WITHOUT ROWID one) stays so through a later migration that rebuilds it: a value of
     * another type is still refused, and the rows are kept. SQLite lists the options with a comma.
     */
    @Test
    void strictTablesStayStrictThroughARebuild() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "kept_strict")) {
            db.run(STRICT);
            Path model = pull(db);
            Path out = tmp.resolve("out");
            adoptAsItIs(db, model, out);
            String text = Files.readString(model);
            // A new check makes SQLite rebuild both tables; their columns keep types a STRICT table takes.
            text = text.replaceFirst("(?m)^(  score\\s+int\\?)$", "$1 @check(>= 0)").replaceFirst("(?m)^(  uses\\s+int\\?)$", "$1 @check(>= 0)");
            assertThat(text).as(text).contains("int? @check(>= 0)\n  ").containsPattern("uses\\s+int\\? @check");
            Files.writeString(model, text);
            String up = migrateAndApply(db, model, out, null, "20250302000000", "checks");
            assertThat(up).contains("CREATE TABLE _schemac_new_notes", "CREATE TABLE _schemac_new_words", ") WITHOUT ROWID, STRICT;");
            assertThat(one(db, "SELECT sql FROM sqlite_master WHERE name = 'notes'")).endsWith(") STRICT");
            assertThat(one(db, "SELECT sql FROM sqlite_master WHERE name = 'words'")).endsWith(") WITHOUT ROWID, STRICT");
            refused(db, "INSERT INTO notes VALUES (2, 'typed', 'not a number')", "notes is still STRICT");
            refused(db, "INSERT INTO words VALUES ('typed', 'not a number')", "words is still STRICT");
            refused(db, "INSERT INTO notes VALUES (3, 'checked', -1)", "the new check holds");
            assertThat(one(db, "SELECT body || score FROM notes WHERE id = 1")).isEqualTo("kept3");
            assertThat(one(db, "SELECT uses FROM words WHERE word = 'kept'")).isEqualTo("2");
        }
    }
}
