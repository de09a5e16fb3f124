package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

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
                            + "table (SQLite's foreign key mismatch)");
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
