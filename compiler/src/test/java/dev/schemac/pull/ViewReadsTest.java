package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static dev.schemac.pull.AdoptedViewsTest.edited;
import static dev.schemac.pull.AdoptedViewsTest.script;
import static dev.schemac.pull.AdoptedViewsTest.views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.cli.Cli;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SC570 refuses what a view reads, per table, on the real engines with rows: two tables both
 * have a column {@code note} and a view reads only the authors' one (its SQL also has "note" in
 * a string and a comment, and reads books' title): dropping books.note goes through and the view
 * still reads, while dropping authors.note is refused. PostgreSQL says what a view reads in its
 * catalog (pg_depend, read at pull), MySQL and MariaDB qualify every column of the text they keep,
 * SQLite's text is reasoned from as written.
 */
class ViewReadsTest {
    @TempDir
    Path tmp;

    static String schema(Kind k) {
        String integer = k == Kind.SQLITE ? "INTEGER" : "INT";
        String comment = k == Kind.MYSQL || k == Kind.MARIADB ? "" : " -- the note of its author\n";
        return "CREATE TABLE authors (id " + integer + " NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL, note VARCHAR(40));\n"
                + "CREATE TABLE books (id " + integer + " NOT NULL PRIMARY KEY, author_id " + integer + " NOT NULL REFERENCES "
                + "authors (id), title VARCHAR(40) NOT NULL, note VARCHAR(40));\n"
                + "CREATE VIEW titled AS SELECT b.title, a.note AS author_note FROM books b JOIN authors a ON a.id = b.author_id "
                + "WHERE b.title <> 'note'" + comment + ";\n"
                + "INSERT INTO authors VALUES (1, 'Ann', 'prolific');\n"
                + "INSERT INTO books VALUES (1, 1, 'Thick', 'worn');\n";
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRES", "MARIADB", "MYSQL"})
    void aColumnOfTheSameNameInAnotherTableGoesWhileTheOneTheViewReadsIsRefused(Kind k) throws Exception {
        try (var db = LiveDb.fresh(k, "view_reads")) {
            for (String s : schema(k).split(";\n")) if (!s.isBlank()) db.run(s);
            String before = views(db);
            var adoption = Adoption.of(db, tmp);
            Path model = adoption.model();
            Path out = adoption.out();
            var r = adoption.migrate();
            String adopted = Files.readString(model);

            // authors.note is what the view reads: refused.
            Files.writeString(model, edited(adopted, "(?s)(entity Author \\{.*?)\\n  note\\s+string\\(40\\)\\?", "$1"));
            r = Cli.run("migrate", model.toString(), "--name", "no_author_note", "--timestamp", "20250302000000", "-o",
                    out.toString(), "--color", "never", "--allow-destructive");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC570]: this migration breaks view `titled`", "(its SQL names `note`, which this "
                    + "migration drops from table `authors`)");

            // books.note is not: its name elsewhere in the SQL (another table's column, a string, a comment) holds nothing back.
            Files.writeString(model, edited(adopted, "(?s)(entity Book \\{.*?)\\n  note\\s+string\\(40\\)\\?", "$1"));
            r = Cli.run("migrate", model.toString(), "--name", "no_book_note", "--timestamp", "20250302000000", "-o",
                    out.toString(), "--color", "never", "--allow-destructive");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            db.run(script(out, k, "20250302000000_no_book_note", "up"));
            String where = switch (k) {
                case SQLITE -> "pragma_table_info('books') WHERE name = 'note'";
                case POSTGRES -> "information_schema.columns WHERE table_name = 'books' AND column_name = 'note'";
                default -> "information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'books' AND column_name = 'note'";
            };
            assertThat(one(db, "SELECT count(*) FROM " + where)).as("books.note dropped").isEqualTo("0");
            assertThat(one(db, "SELECT title FROM titled")).isEqualTo("Thick");
            assertThat(one(db, "SELECT author_note FROM titled")).isEqualTo("prolific");
            assertThat(views(db)).isEqualTo(before);
        }
    }

    /**
     * A view that reads what the history does not make (a function, a table of another schema, also
     * one named as an adopted table) is warned of at adoption (SC981), naming the view and what it
     * reads (another schema's table as schema.table); a database built from the history indeed
     * cannot make it. A view over adopted tables only is not named.
     */
    @Test
    void aViewOverWhatTheHistoryDoesNotMakeIsWarnedOfAtAdoption() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "view_outside"); var fresh = LiveDb.fresh(Kind.POSTGRES, "view_outside_fresh")) {
            db.run("""
                    CREATE SCHEMA elsewhere;
                    CREATE TABLE elsewhere.rates (code text PRIMARY KEY, rate numeric NOT NULL);
                    CREATE TABLE prices (id integer PRIMARY KEY, code text NOT NULL, amount numeric NOT NULL);
                    CREATE FUNCTION doubled(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
                    CREATE VIEW converted AS SELECT p.id, p.amount * r.rate AS amount FROM prices p JOIN elsewhere.rates r USING (code);
                    CREATE VIEW twice AS SELECT id, doubled(amount) AS amount FROM prices;
                    CREATE VIEW plain AS SELECT id, amount FROM prices;
                    CREATE TABLE elsewhere.prices (id integer PRIMARY KEY, amount numeric NOT NULL);
                    CREATE VIEW archived AS SELECT o.id, o.amount FROM elsewhere.prices o JOIN prices p USING (id);
                    INSERT INTO prices VALUES (1, 'EUR', 10);
                    """);
            var adoption = Adoption.of(db, tmp);
            Path out = adoption.out();
            var r = adoption.migrate();
            assertThat(r.err()).contains("warning[SC981]: view `converted` reads `elsewhere.rates`, which the migration history does not make: "
                            + "a database built from the history cannot make the view (its CREATE VIEW fails there)",
                    "warning[SC981]: view `twice` reads function `doubled()`, which the migration history does not make",
                    "warning[SC981]: view `archived` reads `elsewhere.prices`, which the migration history does not make",
                    "app.schema:1:1", "help: make what it reads in such a database before the baseline runs, or retire the view "
                            + "with `schemac migrate --drop-view` if that database does not need it")
                    .doesNotContain("view `plain` reads");
            String baseline = script(out, Kind.POSTGRES, AdoptedViewsTest.BASELINE + "_baseline", "up");
            assertThatThrownBy(() -> fresh.run(baseline)).as("what the warning foretells").hasMessageContaining("elsewhere.");
        }
    }

    /**
     * SQLite makes a view over a table it does not have: the adoption names it (SC981), from the
     * view's FROM clauses (a comma list as a join), while a common table expression, a table-valued
     * function and a table qualified by the adopted schema ({@code main.prices}) are none.
     */
    @Test
    void aSqliteViewOverAMissingTableIsWarnedOfAtAdoption() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "view_outside")) {
            db.run("""
                    CREATE TABLE prices (id INTEGER PRIMARY KEY, amount NUMERIC NOT NULL);
                    CREATE VIEW old_prices AS SELECT id, amount FROM archive;
                    CREATE VIEW recent AS WITH r AS (SELECT id FROM prices) SELECT r.id, j.value FROM r JOIN json_each('[1]') j;
                    CREATE VIEW listed AS SELECT p.id, l.note FROM prices p, ledger l WHERE l.id = p.id;
                    CREATE VIEW qualified AS SELECT id, strftime('%Y', 'now') AS y FROM main.prices;
                    INSERT INTO prices VALUES (1, 10);
                    """);
            var r = Adoption.of(db, tmp).migrate();
            assertThat(r.err()).contains("warning[SC981]: view `old_prices` reads `archive`, which the migration history does not make",
                            "warning[SC981]: view `listed` reads `ledger`, which the migration history does not make")
                    .doesNotContain("view `recent` reads").doesNotContain("view `qualified` reads");
            assertThat(one(db, "SELECT count(*) FROM recent")).isEqualTo("1");
        }
    }

    /**
     * MySQL and MariaDB keep a view's tables of another database qualified with it: the adoption
     * names such a table (SC981) as {@code database.table}, joined or listed with a comma (which
     * the engine keeps as a join): a database built from the history on another server has no such
     * database.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void aViewOverAnotherDatabasesTableIsWarnedOfAtAdoption(Kind k) throws Exception {
        try (var db = LiveDb.fresh(k, "view_other_db"); var other = LiveDb.fresh(k, "view_other_db_rates")) {
            String rates = other.server().name();
            other.run("CREATE TABLE rates (code VARCHAR(3) NOT NULL PRIMARY KEY, rate DECIMAL(9,4) NOT NULL)");
            db.run("CREATE TABLE prices (id INT NOT NULL PRIMARY KEY, code VARCHAR(3) NOT NULL, amount DECIMAL(9,2) NOT NULL)");
            db.run("CREATE VIEW converted AS SELECT p.id, p.amount * r.rate AS amount FROM prices p JOIN " + rates
                    + ".rates r ON r.code = p.code");
            db.run("CREATE VIEW listed AS SELECT p.id FROM prices p, " + rates + ".rates r WHERE r.code = p.code");
            db.run("CREATE VIEW plain AS SELECT id, amount FROM prices");
            var r = Adoption.of(db, tmp).migrate();
            assertThat(r.err()).contains("warning[SC981]: view `converted` reads `" + rates + ".rates`, which the migration history "
                    + "does not make", "warning[SC981]: view `listed` reads `" + rates + ".rates`").doesNotContain("view `plain` reads");
        }
    }

    /**
     * An alias a subquery gives another table ({@code a} for books outside, for authors inside): a
     * column it qualifies may be either table's, so dropping {@code books.title}, which the outer
     * query reads, is refused (SC570) on the text the engine keeps; else the migration would run
     * and leave the view unusable.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SQLITE", "MARIADB", "MYSQL"})
    void anAliasASubqueryGivesAnotherTableHoldsTheOuterTablesColumns(Kind k) throws Exception {
        try (var db = LiveDb.fresh(k, "view_alias")) {
            String integer = k == Kind.SQLITE ? "INTEGER" : "INT";
            db.run("CREATE TABLE authors (id " + integer + " NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL)");
            db.run("CREATE TABLE books (id " + integer + " NOT NULL PRIMARY KEY, author_id " + integer + " NOT NULL REFERENCES "
                    + "authors (id), title VARCHAR(40))");
            db.run("CREATE VIEW reused AS SELECT a.title FROM books a WHERE a.author_id IN (SELECT a.id FROM authors a)");
            var adoption = Adoption.of(db, tmp);
            Path model = adoption.model();
            Path out = adoption.out();
            var r = adoption.migrate();
            String adopted = Files.readString(model);
            Files.writeString(model, edited(adopted, "(?s)(entity Book \\{.*?)\\n  title\\s+string\\(40\\)\\?", "$1"));
            r = Cli.run("migrate", model.toString(), "--name", "no_title", "--timestamp", "20250302000000", "-o",
                    out.toString(), "--color", "never", "--allow-destructive");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC570]: this migration breaks view `reused`", "(its SQL names `title`, which this "
                    + "migration drops from table `books`)");
        }
    }
}
