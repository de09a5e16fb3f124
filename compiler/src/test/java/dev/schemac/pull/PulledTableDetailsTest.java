package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a real database keeps of a table that a model cannot say, each said where pull and an adoption name it, in the
 * database's own words: a date default off the calendar or with a fraction of a second (never an internal error, and
 * never shown without its fraction), a MySQL or MariaDB generated column whole (STORED or VIRTUAL, NOT NULL), a
 * PostgreSQL table that is unlogged, inherits another's columns or is inherited, and a check or foreign key added NOT VALID.
 */
class PulledTableDetailsTest {
    @TempDir
    Path tmp;

    @Test
    void aSqliteDateDefaultOffTheCalendarOrWithAFractionIsLeftOutAlone() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "temporal_defaults")) {
            db.run("""
                    CREATE TABLE t (
                      id INTEGER PRIMARY KEY,
                      month DATETIME DEFAULT '2020-13-45 10:00:00+01:00',
                      offset_ DATETIME DEFAULT '2020-01-01 10:00:00+25:00',
                      frac DATETIME DEFAULT '2020-01-01 10:00:00.500',
                      tfrac TIME DEFAULT '10:00:00.250',
                      whole DATETIME DEFAULT '2020-01-01 10:00:00.000',
                      east DATETIME DEFAULT '2020-01-01 10:00:00+02:00'
                    );
                    """);
            var pulled = PullFixtures.pull(db);
            String text = pulled.text();
            PullFixtures.compile(text);

            assertThat(text).containsPattern("(?m)^  // SC968 default of month: the model cannot hold it: \\[SC520\\] .*`2020-13-45 10:00:00\\+01:00`.*\\n  month +datetime\\?$")
                    .containsPattern("(?m)^  // SC968 default of offset_: the model cannot hold it: \\[SC520\\] .*`2020-01-01 10:00:00\\+25:00`.*\\n  offset_ +datetime\\?$")
                    .containsPattern("(?m)^  whole +datetime\\? += \"2020-01-01 10:00:00\"$")
                    .containsPattern("(?m)^  east +datetime\\? += \"2020-01-01 08:00:00\"$");
            assertThat(pulled.warnings()).extracting(Diagnostic::message)
                    .contains("the default of `t.frac` is not pulled: `'2020-01-01 10:00:00.500'` has a fraction of a second, which a "
                                    + "model's datetime does not hold (it holds whole seconds)",
                            "the default of `t.tfrac` is not pulled: `'10:00:00.250'` has a fraction of a second, which a model's time "
                                    + "does not hold (it holds whole seconds)");
            assertThat(pulled.warnings()).extracting(Diagnostic::code).containsOnly("SC968");
        }
    }

    /**
     * A SQLite foreign key declared without the columns it references ({@code REFERENCES p}) takes the primary key of
     * {@code p}; where that key has other columns, or there is none, SQLite reports a foreign key mismatch at each
     * write. Pull said the model it wrote did not compile (SC976); it is no relation (SC971), and the adoption's
     * baseline declares it as the database does.
     */
    @Test
    void aSqliteForeignKeyThatMatchesNoPrimaryKeyIsNoRelation() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "fk_mismatch")) {
            db.run("""
                    CREATE TABLE p (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b));
                    CREATE TABLE loose (a INTEGER);
                    CREATE TABLE d (id INTEGER PRIMARY KEY, x INTEGER REFERENCES p, y INTEGER REFERENCES loose);
                    """);
            var adopted = Adoption.of(db, tmp);
            assertThat(adopted.pull().out() + adopted.pull().err()).doesNotContain("SC976").contains(
                    "foreign key `(unnamed)` on `d` is not a relation: it names no columns of `p`, and that table's primary key has 2 "
                            + "columns where it has 1 (SQLite's foreign key mismatch)",
                    "foreign key `(unnamed)` on `d` is not a relation: it names no columns of `loose`, and that table has no primary key "
                            + "(SQLite's foreign key mismatch)");
            String baseline = Files.readString(adopted.out().resolve(dev.schemac.gen.migrations.MigrationFiles.sqlPath(
                    dev.schemac.model.Dialect.SQLITE, "20250301115959_baseline", "up")), StandardCharsets.UTF_8);
            assertThat(baseline).contains("FOREIGN KEY (x) REFERENCES p ON DELETE", "FOREIGN KEY (y) REFERENCES loose ON DELETE")
                    .doesNotContain("REFERENCES p (a, b)");
        }
    }

    /**
     * SQLite finds the table of {@code REFERENCES Parent} in any case: a key to {@code parent}'s primary key is a relation
     * to {@code parent}; one to no table at all says so, at its table, rather than that the table has no primary key.
     */
    @Test
    void aSqliteForeignKeyFindsItsTableInAnyCase() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "fk_case")) {
            db.run("""
                    CREATE TABLE parent (id INTEGER PRIMARY KEY);
                    CREATE TABLE kid (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES Parent, other INTEGER REFERENCES nowhere);
                    """);
            db.run("INSERT INTO parent (id) VALUES (1); INSERT INTO kid (id, parent_id) VALUES (1, 1);");
            var pulled = PullFixtures.pull(db);
            String said = pulled.warnings().stream().map(x -> x.code() + " " + x.message()).toList().toString();
            assertThat(said).doesNotContain("that table has no primary key", "of `Parent`").contains(
                    "SC971 foreign key `(unnamed)` on `kid` is not a relation: it names no columns of `nowhere`, and there is no such "
                            + "table");
            String text = pulled.text();
            PullFixtures.compile(text);
            // Shown at its table: the comment stands in the entity of kid, whose parent_id is a relation to parent.
            int comment = text.indexOf("// SC971 foreign key (unnamed)");
            assertThat(comment).as(text).isPositive();
            int entity = text.lastIndexOf("entity ", comment);
            assertThat(text.substring(entity)).as(text).startsWith("entity Kid");
            String kid = text.substring(entity, text.indexOf("\n}", entity));
            assertThat(kid).as(text).containsPattern("(?m)^\\s+\\w+\\s+Parent\\??\\s");
        }
    }

    /**
     * A SQLite foreign key whose columns are no key of the table they name (SQLite's foreign key mismatch), or whose table
     * does not exist, is no relation. SQLite's check of the first's table stops with an error; of the second's, it counts
     * every row with a value in the key as broken (the row of {@code to_nothing} here, whose parent does not exist). The history's
     * migrations check every other table: the first one after the adoption, which rebuilds such a table, applies on the
     * database, and a key to a unique of its table (in another order) is still checked.
     */
    @Test
    void aSqliteForeignKeySqliteCannotCheckLeavesItsTableOutOfTheMigrationsCheck() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "fk_unchecked"); var copy = LiveDb.fresh(Kind.SQLITE, "fk_unchecked_alembic")) {
            String ddl = """
                    PRAGMA foreign_keys = OFF;
                    CREATE TABLE p (id INTEGER PRIMARY KEY, code TEXT, a INTEGER NOT NULL, b INTEGER NOT NULL, UNIQUE (a, b));
                    CREATE TABLE by_code (id INTEGER PRIMARY KEY, pcode TEXT REFERENCES p (code), qty INTEGER);
                    CREATE TABLE by_pair (id INTEGER PRIMARY KEY, pb INTEGER, pa INTEGER, FOREIGN KEY (pb, pa) REFERENCES p (b, a));
                    CREATE TABLE to_nothing (id INTEGER PRIMARY KEY, m INTEGER REFERENCES missing (id));
                    CREATE TABLE whole (id INTEGER PRIMARY KEY, x INTEGER REFERENCES p);
                    INSERT INTO p VALUES (1, 'x', 1, 2);
                    INSERT INTO by_code VALUES (1, 'x', 3);
                    INSERT INTO by_pair VALUES (1, 2, 1);
                    INSERT INTO to_nothing VALUES (1, 5);
                    INSERT INTO whole VALUES (1, 1);
                    """;
            db.run(ddl);
            copy.run(ddl);
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT group_concat(rowid || ' ' || parent || ' ' || fkid) "
                    + "FROM pragma_foreign_key_check('to_nothing')")).isEqualTo("1 missing 0");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AdoptLeftOutObjectsTest.one(db,
                    "SELECT count(*) FROM pragma_foreign_key_check('by_code')")).hasMessageContaining("foreign key mismatch");
            var adopted = Adoption.of(db, tmp);
            String said = adopted.pull().out() + adopted.pull().err();
            assertThat(said).contains("foreign key `(unnamed)` on `by_code` is not a relation: it references [code] of `p`, and they "
                            + "are neither its primary key nor the columns of a unique index of it (SQLite's foreign key mismatch)",
                    "foreign key `(unnamed)` on `to_nothing` is not a relation: it references [id] of `missing`, and there is no such table")
                    .doesNotContain("on `by_pair` is not a relation: it references [pb, pa] of `p`, and");
            String model = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String changed = model.replaceFirst("(?m)^(  qty\\s+int\\?)$", "$1 @check(>= 0)")
                    .replaceFirst("(?m)^(  m\\s+int\\?)$", "$1\n  note text?");
            assertThat(changed).as(model).contains("@check(>= 0)", "note text?");
            Files.writeString(adopted.model(), changed);
            var next = AdoptedGeneratedColumnTest.migrate(adopted.model(), adopted.out(), "20250302000000", "next");
            assertThat(next.code()).as(next.out() + next.err()).isZero();
            String up = AdoptedGeneratedColumnTest.script(adopted.out(), "20250302000000_next", "up");
            assertThat(up).contains("CREATE TABLE _schemac_new_by_code", "m.name NOT IN ('by_code', 'by_pair', 'p', 'to_nothing', 'whole')",
                    "-- SQLite cannot check the foreign keys of by_code, to_nothing: each has a foreign key to no key of a table, "
                    + "or to a table that does not exist, so each is left out with all its foreign keys.");
            db.run(up);
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT sql FROM sqlite_master WHERE name = 'by_code'"))
                    .contains("REFERENCES p (code)", "CHECK");
            // Alembic runs the same check.
            AdoptLeftOutObjectsTest.alembic(adopted.out(), copy, "stamp", "20250301115959");
            AdoptLeftOutObjectsTest.alembic(adopted.out(), copy, "upgrade", "head");
            assertThat(AdoptLeftOutObjectsTest.one(copy, "SELECT sql FROM sqlite_master WHERE name = 'by_code'"))
                    .contains("REFERENCES p (code)", "CHECK");
            // The other tables' keys are checked as before: a row of by_pair that matches no (b, a) of p is counted.
            db.run("PRAGMA foreign_keys = OFF; INSERT INTO by_pair VALUES (2, 9, 9);");
            assertThat(up).doesNotContain("pragma_foreign_key_check('by_code')", "pragma_foreign_key_check('to_nothing')");
            // SQLite's error names the table and the key its rows break (a key to no primary key is kept outside the model).
            String check = String.join("\n", up.lines().filter(l -> l.contains("_schemac_foreign_key_check ")).toList());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.run(check))
                    .hasMessageContaining("CHECK constraint failed: rows of by_pair break a foreign key the model does not have");
            // A key the live table has and the model lacks is counted on every table, not only one with kept SQL: here one
            // added by hand to whole, whose only other key is the model's.
            db.run("PRAGMA foreign_keys = OFF; DELETE FROM by_pair WHERE id = 2; ALTER TABLE whole ADD COLUMN y INTEGER REFERENCES p (id);"
                    + " INSERT INTO whole (id, x, y) VALUES (2, 1, 77);");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.run(check))
                    .hasMessageContaining("CHECK constraint failed: rows of whole break a foreign key the model does not have");
        }
    }

    /**
     * Rows written while SQLite's foreign keys were off may break a key: the adoption says, per key, the table, its columns,
     * the parent and how many rows (SC984), with a query that lists exactly those rows; the next migration refuses while
     * they are there, and applies once they are fixed. A row with a null key column keeps its key and is not counted.
     */
    @Test
    void rowsThatBreakASqliteForeignKeyAreCountedAtAdoption() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "fk_orphans")) {
            db.run("""
                    PRAGMA foreign_keys = OFF;
                    CREATE TABLE "order" (id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b INTEGER NOT NULL, UNIQUE (a, b));
                    CREATE TABLE line (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES "order", oa INTEGER, ob INTEGER,
                        FOREIGN KEY (oa, ob) REFERENCES "order" (a, b));
                    CREATE TABLE fine (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES "order" (id));
                    INSERT INTO "order" VALUES (1, 1, 1);
                    INSERT INTO line VALUES (1, 1, 1, 1), (2, 7, NULL, 5), (3, 8, 2, 2), (4, NULL, 1, 1);
                    INSERT INTO fine VALUES (1, 1), (2, NULL);
                    """);
            var adopted = Adoption.of(db, tmp);
            String said = adopted.migrate().out() + adopted.migrate().err();
            String single = "2 rows of `line` break the foreign key (`order_id`) → `order` (`id`) (no row of `order` has their value): "
                    + "every SQLite migration schemac writes ends by checking the foreign keys, and refuses (commits nothing) until "
                    + "these rows are fixed or the key is changed";
            String pair = "1 row of `line` breaks the foreign key (`oa`, `ob`) → `order` (`a`, `b`) (no row of `order` has its value)";
            assertThat(said).contains("SC984", single, pair).doesNotContain("of `fine` break");
            assertThat(said.split("SC984", -1)).hasSize(3);
            // At the entity of the table whose rows break the key.
            String model = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            int line = model.substring(0, model.indexOf("entity Line ")).split("\n", -1).length;
            assertThat(said).containsPattern("warning\\[SC984\\]: 2 rows of `line` [^\\n]*\\n  --> [^\\n]*:" + line + ":8\\n");
            assertThat(said).contains("(no row of `order` has its value): every SQLite migration schemac writes ends by checking "
                    + "the foreign keys, and refuses (commits nothing) until this row is fixed or the key is changed");
            // pull and diff --url say the same, the diff still finding the schema the model's (the rows are data).
            assertThat(adopted.pull().err()).contains(single, pair);
            var diff = Cli.run("diff", "--url", PullFixtures.url(db), adopted.model().toString(), "--color", "never");
            assertThat(diff.err()).contains(single, pair);
            var json = Cli.run("diff", "--url", PullFixtures.url(db), adopted.model().toString(), "--format", "json");
            assertThat(json.code()).as(json.out() + json.err()).isEqualTo(diff.code());
            var brokenRows = dev.schemac.render.json.VisibleJson.MAPPER.readTree(json.out()).get("broken_rows");
            assertThat(brokenRows).hasSize(2);
            assertThat(brokenRows.get(0).get("code").asText()).isEqualTo("SC984");
            assertThat(brokenRows.get(0).get("table").asText()).isEqualTo("line");
            // Each help's query lists exactly the rows SQLite's check counts for its key.
            var queries = java.util.regex.Pattern.compile("list them with `(SELECT \\* FROM line WHERE rowid IN \\(SELECT rowid FROM "
                    + "pragma_foreign_key_check\\('line'\\) WHERE fkid = \\d\\))`").matcher(said);
            var listed = new java.util.ArrayList<String>();
            while (queries.find()) listed.add(AdoptLeftOutObjectsTest.one(db, "SELECT group_concat(id) FROM (" + queries.group(1) + ")"));
            assertThat(listed).as(said).containsExactlyInAnyOrder("2,3", "3");
            // The next migration checks every key and refuses while the rows are there; fixed, it applies.
            Files.writeString(adopted.model(), Files.readString(adopted.model(), StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^(entity Fine \\{)$", "$1\n  note text?"));
            var next = AdoptedGeneratedColumnTest.migrate(adopted.model(), adopted.out(), "20250302000000", "next");
            assertThat(next.code()).as(next.out() + next.err()).isZero();
            String up = AdoptedGeneratedColumnTest.script(adopted.out(), "20250302000000_next", "up");
            assertThat(up).contains("note");
            // SQLite's error names the table and the key (before, only "violations = 0").
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.run(up)).hasMessageContaining(
                    "CHECK constraint failed: rows of line break the foreign key (order_id) references order (id)");
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT count(*) FROM pragma_table_info('fine') WHERE name = 'note'")).isEqualTo("0");
            db.run("DELETE FROM line WHERE id IN (2, 3);");
            db.run(up);
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT count(*) FROM pragma_table_info('fine') WHERE name = 'note'")).isEqualTo("1");
        }
    }

    /**
     * A float default of negative zero is no 0: a model's number has no sign of zero, so the default is left out, saying so.
     * SQLite stores a REAL default of -0.0 as 0.0 (its value reads back with no sign), so there it is 0, and is pulled.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRES", "MYSQL"})
    void aFloatDefaultOfNegativeZeroIsLeftOutWhereTheEngineKeepsIt(Kind kind) throws Exception {
        String ddl = switch (kind) {
            case SQLITE -> "CREATE TABLE t (id INTEGER PRIMARY KEY, f REAL DEFAULT -0.0, z NUMERIC(5, 2) DEFAULT -0.0)";
            case POSTGRES -> "CREATE TABLE t (id int PRIMARY KEY, f real DEFAULT '-0', z numeric(5, 2) DEFAULT -0.0)";
            default -> "CREATE TABLE t (id INT NOT NULL PRIMARY KEY, f FLOAT DEFAULT '-0', z DECIMAL(5, 2) DEFAULT -0.0)";
        };
        try (var db = LiveDb.fresh(kind, "negative_zero")) {
            db.run(ddl);
            var pulled = PullFixtures.pull(db);
            PullFixtures.compile(pulled.text());
            assertThat(pulled.text()).containsPattern("(?m)^  z +decimal\\(5, 2\\)\\? += 0$");
            if (kind == Kind.SQLITE) {
                db.run("INSERT INTO t (id) VALUES (1);");
                assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT quote(f) || ' ' || (f < 0) || ' ' || quote(1 / f) FROM t"))
                        .isEqualTo("0.0 0 NULL");
                assertThat(pulled.text()).containsPattern("(?m)^  f +(float|double)\\? += 0$");
                assertThat(pulled.warnings()).extracting(Diagnostic::message).noneMatch(m -> m.startsWith("the default of `t.f`"));
            } else {
                assertThat(pulled.text()).containsPattern("(?m)^  f +(float|double)\\?$");
                assertThat(pulled.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.startsWith("the default of `t.f` is not pulled: ")
                        && m.endsWith(" is a negative zero, which a model's default does not hold (its 0 has no sign)"));
            }
        }
    }

    /**
     * A composite key's identity or AUTO_INCREMENT column is no {@code @auto}: pull and the adoption name what the database
     * generates in its own words, never as a default.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "MYSQL"})
    void aCompositeKeysGeneratedColumnIsSaidInTheEnginesWords(Kind kind) throws Exception {
        boolean pg = kind == Kind.POSTGRES;
        try (var db = LiveDb.fresh(kind, "composite_identity")) {
            db.run(pg ? "CREATE TABLE line (a int GENERATED ALWAYS AS IDENTITY, b int, PRIMARY KEY (a, b));"
                    : "CREATE TABLE line (a INT NOT NULL AUTO_INCREMENT, b INT NOT NULL, PRIMARY KEY (a, b));");
            var adopted = Adoption.of(db, tmp);
            String words = pg ? "GENERATED ALWAYS AS IDENTITY" : "AUTO_INCREMENT";
            String all = adopted.pull().out() + adopted.pull().err() + adopted.migrate().out() + adopted.migrate().err();
            assertThat(all).doesNotContainIgnoringCase("autoincrement`").contains(
                    "the values the database generates for `line.a` are not pulled: only a single integer primary key can be @auto",
                    "the values the database generates for column `a` (`" + words + "`)");
            assertThat(Files.readString(adopted.model(), StandardCharsets.UTF_8))
                    .contains("// SC968 generated values of a: only a single integer primary key can be @auto — " + words);
            // The kind of note and how the values are generated are carried as such, not read back from its text.
            assertThat(PullFixtures.pull(db).leftovers()).filteredOn(dev.schemac.pull.Leftover::notAuto).singleElement()
                    .satisfies(l -> assertThat(l.shape()).isEqualTo(new dev.schemac.pull.Leftover.Shape.NotAuto(pg
                            ? LiveSchema.Generation.IDENTITY_ALWAYS : LiveSchema.Generation.AUTO_INCREMENT)));
        }
    }

    /** A PostgreSQL check that tables inheriting its table do not get (NO INHERIT) is kept, and that difference is said. */
    @Test
    void aPostgresCheckThatIsNoInheritIsSaidToBe() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "no_inherit")) {
            db.run("CREATE TABLE t (id int PRIMARY KEY, v int, CONSTRAINT v_positive CHECK (v > 0) NO INHERIT);");
            var pulled = PullFixtures.pull(db);
            assertThat(pulled.text()).containsPattern("(?m)^  v +int\\? +@check\\(> 0, name = \"v_positive\"\\)$");
            assertThat(pulled.warnings()).extracting(x -> x.code() + " " + x.message()).contains("SC975 generating from the model changes "
                    + "`t`: check `v_positive` is NO INHERIT: a table that inherits this one does not get it; generate makes one such a "
                    + "table inherits");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB"})
    void aMysqlDefaultAndGeneratedColumnAreShownAsTheDatabaseHasThem(Kind kind) throws Exception {
        // MariaDB takes no NOT NULL on a generated column.
        String notNull = kind == Kind.MYSQL ? " NOT NULL" : "";
        try (var db = LiveDb.fresh(kind, "table_details")) {
            db.run(("""
                    SET SESSION sql_mode = '';
                    CREATE TABLE ev (id INT NOT NULL PRIMARY KEY, qty INT NOT NULL,
                      z3 DATETIME(3) NOT NULL DEFAULT '0000-00-00 00:00:00.000',
                      f3 DATETIME(3) NOT NULL DEFAULT '2020-01-01 10:00:00.500',
                      twice INT AS (qty * 2) VIRTUAL%s,
                      thrice INT AS (qty * 3) STORED);
                    """).formatted(notNull));
            var adopted = Adoption.of(db, tmp);
            String pull = adopted.pull().out() + adopted.pull().err();
            String adoption = adopted.migrate().out() + adopted.migrate().err();
            assertThat(pull).contains("the default of `ev.z3` is not pulled: the model cannot hold it: [SC520] the default of `Ev.z3` is not "
                            + "a date on the calendar: `0000-00-00 00:00:00.000`",
                    "the default of `ev.f3` is not pulled: `'2020-01-01 10:00:00.500'` has a fraction of a second");
            assertThat(Files.readString(adopted.model(), StandardCharsets.UTF_8))
                    .containsPattern("(?m)^  // SC966 column twice: .* — int(\\(11\\))? AS \\(.*\\* 2\\)+ VIRTUAL" + notNull + "$")
                    .containsPattern("(?m)^  // SC966 column thrice: .* — int(\\(11\\))? AS \\(.*\\* 3\\)+ STORED$");
            assertThat(adoption).contains("the zero date default of column `z3` (`'0000-00-00 00:00:00.000'`)",
                    "the default of column `f3` (`'2020-01-01 10:00:00.500'`)", ") VIRTUAL" + notNull + "``)", ") STORED``)");
        }
    }

    @Test
    void aPostgresTableThatIsUnloggedOrInheritsOrHasUnvalidatedConstraintsIsSaidToBe() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "table_details")) {
            db.run("""
                    CREATE TABLE cities (id int PRIMARY KEY, name text);
                    CREATE TABLE capitals (state char(2), PRIMARY KEY (id)) INHERITS (cities);
                    CREATE UNLOGGED TABLE scratch (id int PRIMARY KEY, city_id int, v int);
                    INSERT INTO scratch VALUES (1, 99, -1);
                    ALTER TABLE scratch ADD CONSTRAINT v_positive CHECK (v > 0) NOT VALID;
                    ALTER TABLE scratch ADD CONSTRAINT fk_city FOREIGN KEY (city_id) REFERENCES cities NOT VALID;
                    """);
            var adopted = Adoption.of(db, tmp);
            String pull = adopted.pull().out() + adopted.pull().err();
            assertThat(pull).contains(
                    "warning[SC975]: generating from the model changes `capitals`: it inherits the columns of `cities`; generate makes a "
                            + "table of its own, which inherits none",
                    "warning[SC975]: generating from the model changes `cities`: other tables inherit from it, and a query of it reads "
                            + "their rows too; generate makes a table none inherits, and a migration's DROP COLUMN, RENAME COLUMN or ALTER COLUMN "
                            + "... TYPE on it also changes each table that inherits it, which the history does not know",
                    "warning[SC975]: generating from the model changes `scratch`: an unlogged table, which PostgreSQL empties after a "
                            + "crash; generate makes a logged table",
                    "warning[SC975]: generating from the model changes `scratch`: check `v_positive` is NOT VALID: the rows from before "
                            + "it was added are not checked; generate makes one every row meets",
                    "warning[SC975]: generating from the model changes `scratch`: foreign key `fk_city` is NOT VALID: the rows from "
                            + "before it was added are not checked; generate makes one every row meets");
            assertThat(Files.readString(adopted.model(), StandardCharsets.UTF_8)).as("the check and the key are kept, as PostgreSQL "
                            + "enforces them on every row written since")
                    .containsPattern("(?m)^  v +int\\? +@check\\(> 0, name = \"v_positive\"\\)$")
                    .containsPattern("(?m)^  city +City\\? +@relation\\(map = \"fk_city\"\\)");
            assertThat(adopted.migrate().out() + adopted.migrate().err()).contains(
                    "the baseline makes table `capitals` without what the database has and no script of the history makes: the table "
                            + "(`INHERITS (cities)`: it inherits",
                    "the baseline makes table `scratch` without what the database has and no script of the history makes: the table "
                            + "(`UNLOGGED`: an unlogged table");
        }
    }
}
