package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.url;
import static dev.schemac.pull.AdoptedViewsTest.BASELINE;
import static dev.schemac.pull.AdoptedViewsTest.alembic;
import static dev.schemac.pull.AdoptedViewsTest.edited;
import static dev.schemac.pull.AdoptedViewsTest.script;
import static dev.schemac.pull.AdoptedViewsTest.views;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retiring a view the adopted history carries ({@code migrate --drop-view}), on the real engines
 * with rows: the migration drops it (a view over it must be retired with it: SC570), its down
 * makes it again from the history's SQL, in the SQL scripts and through Alembic; the snapshot
 * carries it no further, so the column it read may then go (SC570 no longer refuses it); a name
 * the history does not carry is SC571 and nothing is written.
 */
class RetiredViewsTest {
    @TempDir
    Path tmp;

    Cli.Run migrate(Path model, Path out, String ts, String name, String... more) {
        var args = new ArrayList<>(List.of("migrate", model.toString(), "--name", name, "--timestamp", ts, "--allow-destructive",
                "-o", out.toString(), "--color", "never"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    static final String AFTER_ADOPTION = Adoption.TIMESTAMP;

    @Test
    void sqliteRetiresViewsAndThenWhatTheyReadMayGo() throws Exception {
        Kind k = Kind.SQLITE;
        try (var db = LiveDb.fresh(k, "retire"); var copy = LiveDb.fresh(k, "retire_alembic");
             var fresh = LiveDb.fresh(k, "retire_fresh")) {
            db.run(AdoptedViewsTest.SQLITE);
            copy.run(AdoptedViewsTest.SQLITE);
            String before = views(db);
            var adoption = Adoption.of(db, tmp, "--allow-destructive");
            Path out = adoption.out();
            Path model = adoption.model();
            String adopted = Files.readString(model);

            // A name the history does not carry: SC571 at the last snapshot, which lists the views it carries.
            var r = migrate(model, out, "20250302000000", "retire", "--drop-view", "book_title");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC571]: --drop-view `book_title`: the migration history carries no view of that name "
                    + "(it carries `author_names`, `book_titles`, `long books`)", "snapshots/" + AFTER_ADOPTION + "_adopt.json:1:1",
                    "help: give the name of a view the history carries, as the database spells it");
            assertThat(out.resolve("migrations/sql/sqlite")).isDirectoryNotContaining("glob:**20250302000000*");

            // book_titles alone cannot go: "long books" reads it.
            String noPages = edited(adopted, "(?m)^  pages\\s+int\\?\\n", "");
            Files.writeString(model, noPages);
            r = migrate(model, out, "20250302000000", "retire", "--drop-view", "book_titles");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC570]: this migration breaks view `\"long books\"`", "(its SQL names view `book_titles`, "
                    + "which this migration drops)").doesNotContain("SC571");

            // Both go, and the column they read with them, in one migration.
            r = migrate(model, out, "20250302000000", "retire", "--drop-view", "book_titles", "--drop-view", "long books");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(r.out() + r.err()).contains("Drops view `\"long books\"` of the adopted database; the history carries it no further.",
                    "Drops view `book_titles`");
            String up = script(out, k, "20250302000000_retire", "up");
            String down = script(out, k, "20250302000000_retire", "down");
            assertThat(up).contains("DROP VIEW IF EXISTS \"long books\";\nDROP VIEW IF EXISTS book_titles;\n")
                    .doesNotContain("CREATE VIEW");
            assertThat(up.indexOf("DROP VIEW IF EXISTS book_titles")).isLessThan(up.indexOf("DROP COLUMN pages") < 0 ? up.indexOf("_schemac_new_books")
                    : up.indexOf("DROP COLUMN pages"));
            assertThat(down).contains("CREATE VIEW book_titles AS", "CREATE VIEW \"long books\" AS");
            assertThat(down.indexOf("CREATE VIEW \"long books\"")).isGreaterThan(down.indexOf("CREATE VIEW book_titles"));
            String snapshot = Files.readString(out.resolve("migrations/snapshots/20250302000000_retire.json"));
            assertThat(snapshot).contains("\"name\" : \"author_names\"").doesNotContain("\"name\" : \"book_titles\"", "long books");

            db.run(up);
            assertThat(one(db, "SELECT group_concat(name) FROM sqlite_master WHERE type = 'view'")).isEqualTo("author_names");
            assertThat(one(db, "SELECT count(*) FROM pragma_table_info('books') WHERE name = 'pages'")).isEqualTo("0");
            assertThat(one(db, "SELECT group_concat(title) FROM books")).isEqualTo("Thick,Thin");
            db.run(down);
            assertThat(views(db)).isEqualTo(before);
            assertThat(one(db, "SELECT author || ' ' || title FROM book_titles WHERE id = 1")).isEqualTo("Ann Thick");
            db.run(up);

            // The next migration may drop what the retired views read: SC570 no longer refuses it.
            Files.writeString(model, edited(noPages, "(?m)^  title\\s+string\\(40\\)\\n", ""));
            r = migrate(model, out, "20250303000000", "no_title");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(r.err()).doesNotContain("SC570");
            db.run(script(out, k, "20250303000000_no_title", "up"));
            assertThat(one(db, "SELECT count(*) FROM author_names")).isEqualTo("2");
            var check = Cli.run("migrate", model.toString(), "--check", "-o", out.toString(), "--color", "never");
            assertThat(check.code()).as(check.out() + check.err()).isZero();

            // Alembic: upgrade retires them, downgrade makes them again.
            alembic(out, copy, "stamp", BASELINE);
            alembic(out, copy, "upgrade", "20250302000000");
            assertThat(one(copy, "SELECT group_concat(name) FROM sqlite_master WHERE type = 'view'")).isEqualTo("author_names");
            alembic(out, copy, "downgrade", AFTER_ADOPTION);
            assertThat(views(copy)).isEqualTo(before);
            copy.run("UPDATE books SET pages = 500 WHERE id = 1"); // the column came back empty
            assertThat(one(copy, "SELECT group_concat(title) FROM \"long books\"")).isEqualTo("Thick");

            // A database built from the history ends with the views that were not retired.
            for (String id : List.of(BASELINE + "_baseline", "20250302000000_retire", "20250303000000_no_title")) {
                fresh.run(script(out, k, id, "up"));
            }
            assertThat(one(fresh, "SELECT group_concat(name) FROM sqlite_master WHERE type = 'view'")).isEqualTo("author_names");
        }
    }

    @Test
    void postgresRetiresAViewAndTheColumnItReadGoesInTheSameMigration() throws Exception {
        Kind k = Kind.POSTGRES;
        try (var db = LiveDb.fresh(k, "retire"); var copy = LiveDb.fresh(k, "retire_alembic")) {
            db.run(AdoptedViewsTest.POSTGRES);
            copy.run(AdoptedViewsTest.POSTGRES);
            String before = views(db);
            var adoption = Adoption.of(db, tmp, "--allow-destructive");
            Path out = adoption.out();
            Path model = adoption.model();
            String noPages = edited(Files.readString(model), "(?m)^  pages\\s+int\\?\\n", "");
            Files.writeString(model, noPages);
            var r = migrate(model, out, "20250302000000", "no_pages");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC570]: this migration breaks view `book_titles`",
                    "or retire the view with `schemac migrate --drop-view`");

            r = migrate(model, out, "20250302000000", "no_pages", "--drop-view", "long books", "--drop-view", "book_titles");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            String up = script(out, k, "20250302000000_no_pages", "up");
            assertThat(up).contains("DROP VIEW IF EXISTS \"long books\";\nDROP VIEW IF EXISTS book_titles;\n", "DROP COLUMN pages");
            assertThat(up.indexOf("DROP VIEW IF EXISTS book_titles")).isLessThan(up.indexOf("DROP COLUMN pages"));
            assertThat(Files.readString(out.resolve(dev.schemac.gen.migrations.MigrationFiles.prismaPath("20250302000000_no_pages"))))
                    .as("Prisma Migrate's folder: the same up script").isEqualTo(up);
            db.run("DROP VIEW \"long books\""); // the team dropped one by hand before retiring it
            db.run(up);
            assertThat(one(db, "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relkind = 'v' "
                    + "AND relnamespace = 'public'::regnamespace")).isEqualTo("author_names");
            db.run(script(out, k, "20250302000000_no_pages", "down"));
            assertThat(views(db)).isEqualTo(before);
            db.run("UPDATE books SET pages = 500 WHERE id = 1"); // the column came back empty
            assertThat(one(db, "SELECT string_agg(title, ',') FROM \"long books\"")).isEqualTo("Thick");

            alembic(out, copy, "stamp", BASELINE);
            alembic(out, copy, "upgrade", "head");
            assertThat(one(copy, "SELECT count(*) FROM pg_class WHERE relkind = 'v' AND relnamespace = 'public'::regnamespace"))
                    .isEqualTo("1");
            alembic(out, copy, "downgrade", BASELINE); // the model as pulled: the adoption is the baseline alone
            assertThat(views(copy)).isEqualTo(before);
            assertThat(one(copy, "SELECT author || ' ' || title FROM book_titles WHERE id = 1")).isEqualTo("Ann Thick");

            // A view dropped by hand in the database: diff --url compares the database with the model, which has no views.
            db.run(up);
            db.run("DROP VIEW author_names");
            var diff = Cli.run("diff", "--url", url(db), model.toString(), "--color", "never");
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
            assertThat(diff.out() + diff.err()).doesNotContain("author_names");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void mysqlRetiresTheViewsOverADroppedColumn(Kind k) throws Exception {
        try (var db = LiveDb.fresh(k, "retire"); var fresh = LiveDb.fresh(k, "retire_fresh")) {
            for (String s : AdoptedViewsTest.MYSQL.split(";\n")) if (!s.isBlank()) db.run(s);
            String before = views(db);
            var adoption = Adoption.of(db, tmp, "--allow-destructive");
            Path out = adoption.out();
            Path model = adoption.model();
            Files.writeString(model, edited(Files.readString(model), "(?m)^  pages\\s+int\\?\\n", ""));
            var r = migrate(model, out, "20250302000000", "no_pages", "--drop-view", "long_books");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("this migration breaks view `long_titles`", "(its SQL names view `long_books`");
            r = migrate(model, out, "20250302000000", "no_pages", "--drop-view", "long_books", "--drop-view", "long_titles");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            String up = script(out, k, "20250302000000_no_pages", "up");
            assertThat(up).contains("DROP VIEW IF EXISTS long_titles;\nDROP VIEW IF EXISTS long_books;\n");
            db.run(up);
            assertThat(one(db, "SELECT count(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()")).isEqualTo("0");
            assertThat(one(db, "SELECT group_concat(title ORDER BY id) FROM books")).isEqualTo("Thick,Thin");
            db.run(script(out, k, "20250302000000_no_pages", "down"));
            assertThat(views(db)).isEqualTo(before);
            db.run("UPDATE books SET pages = 500 WHERE id = 1"); // the column came back empty
            assertThat(one(db, "SELECT group_concat(title) FROM long_titles")).isEqualTo("Thick");

            for (String id : List.of(BASELINE + "_baseline", "20250302000000_no_pages")) fresh.run(script(out, k, id, "up"));
            assertThat(one(fresh, "SELECT count(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()")).isEqualTo("0");
        }
    }
}
