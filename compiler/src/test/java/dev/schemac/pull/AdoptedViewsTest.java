package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.lineOf;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The views of an adopted database, on the real engines with rows in the tables: the baseline's
 * snapshot carries them as the engine keeps them; a migration that rebuilds a table a view reads
 * (SQLite) or retypes a column it reads (PostgreSQL) drops the views over it (views over views
 * too) and makes them again, up and down, in the SQL scripts and through Alembic; a database
 * built from the history has the same views; and a migration that drops or renames what a view
 * names is refused (SC570). MySQL and MariaDB change a column under a view in place (shown), and
 * leave a view over a dropped column invalid (shown): the drop is refused there too.
 */
class AdoptedViewsTest {
    @TempDir
    Path tmp;

    static final String BASELINE = "20250301115959";

    Path pull(LiveDb db) {
        Path model = tmp.resolve("app.schema");
        var pull = Cli.run("pull", "--url", url(db), "--out", model.toString(), "--color", "never");
        assertThat(pull.code()).as(pull.err()).isZero();
        assertThat(pull.err()).contains("SC973");
        return model;
    }

    Cli.Run migrate(Path model, Path out, String fromUrl, String ts, String name) {
        var args = new ArrayList<>(List.of("migrate", model.toString(), "--name", name, "--timestamp", ts, "--allow-destructive",
                "-o", out.toString(), "--color", "never"));
        if (fromUrl != null) args.addAll(List.of("--from-url", fromUrl));
        return Cli.run(args.toArray(String[]::new));
    }

    static String script(Path out, Kind kind, String id, String which) throws Exception {
        return Files.readString(out.resolve(MigrationFiles.sqlPath(AdoptLeftOutObjectsTest.dialect(kind), id, which)),
                StandardCharsets.UTF_8);
    }

    /** Writes the migration (adopting when {@code fromUrl} is given) and returns its up script. */
    String written(Path model, Path out, String fromUrl, String ts, String name) {
        var r = migrate(model, out, fromUrl, ts, name);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        try {
            return script(out, kind, ts + "_" + name, "up");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The engine of the test that runs. */
    private Kind kind;

    static String edited(String text, String regex, String to) {
        String after = text.replaceFirst(regex, to);
        assertThat(after).as("%s in\n%s", regex, text).isNotEqualTo(text);
        return after;
    }

    static void alembic(Path out, LiveDb db, String action, String revision) throws Exception {
        var r = alembicRun(out, db, action, revision);
        assertThat(r.exit()).as("alembic %s %s: %s", action, revision, r.out()).isZero();
    }

    /** What {@code alembic ACTION REVISION} printed and its exit code, for a run that is to fail. */
    record AlembicRun(int exit, String out) {}

    static AlembicRun alembicRun(Path out, LiveDb db, String action, String revision) throws Exception {
        String url = switch (db.kind()) {
            case SQLITE -> "sqlite:///" + db.sqliteFile();
            case POSTGRES -> "postgresql+psycopg2://" + db.server().user() + ":" + db.server().password() + "@"
                    + Engine.POSTGRES.host() + ":" + Engine.POSTGRES.port() + "/" + db.server().name();
            default -> throw new IllegalArgumentException(db.kind().toString());
        };
        Path harness = Engines.root().resolve("tools/python/schemac_harness.py");
        var p = new ProcessBuilder(Engines.python().toString(), harness.toString(), "alembic",
                out.resolve("migrations/alembic").toString(), url, action, revision).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("alembic %s finished", action).isTrue();
        return new AlembicRun(p.exitValue(), text);
    }

    /** The views of the database with their SQL as the engine keeps it, one per line, by name. */
    static String views(LiveDb db) throws SQLException {
        String q = switch (db.kind()) {
            case SQLITE -> "SELECT group_concat(name || ': ' || sql, char(10)) FROM (SELECT name, sql FROM sqlite_master "
                    + "WHERE type = 'view' ORDER BY name)";
            case POSTGRES -> "SELECT string_agg(c.relname || ' ' || coalesce(array_to_string(c.reloptions, ','), '') || ': ' "
                    + "|| pg_get_viewdef(c.oid, true), E'\\n' ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n "
                    + "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'v'";
            default -> "SELECT group_concat(CONCAT(TABLE_NAME, ' ', SECURITY_TYPE, ' ', CHECK_OPTION, ': ', VIEW_DEFINITION) "
                    + "ORDER BY TABLE_NAME SEPARATOR '\\n') FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()";
        };
        return one(db, q);
    }

    // --- SQLite

    static final String SQLITE = """
            CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
            CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id),
              title VARCHAR(40) NOT NULL, pages INTEGER);
            CREATE VIEW book_titles AS SELECT b.id, b.title, a.name AS author, b.pages FROM books b JOIN authors a ON a.id = b.author_id;
            -- A view over a view, under a name that needs quoting.
            CREATE VIEW "long books" AS SELECT id, title FROM book_titles WHERE pages > 100;
            -- SQLite keeps a view's text up to the end of a comment that ends it.
            CREATE VIEW author_names AS SELECT name FROM authors -- every author; not the end
            ;
            INSERT INTO authors VALUES (1, 'Ann'), (2, 'Bob');
            INSERT INTO books VALUES (1, 1, 'Thick', 500), (2, 2, 'Thin', 20);
            """;

    static void sqliteViewsRead(LiveDb db, String after) throws SQLException {
        assertThat(one(db, "SELECT author || ' ' || title FROM book_titles WHERE id = 1")).as(after).isEqualTo("Ann Thick");
        assertThat(one(db, "SELECT group_concat(title) FROM \"long books\"")).as(after).isEqualTo("Thick");
        assertThat(one(db, "SELECT count(*) FROM author_names")).as(after).isEqualTo("2");
    }

    /**
     * The adoption rebuilds books (a wider title): SQLite would refuse to rename the new table into
     * place while book_titles names books; the views over it go first and come back, author_names
     * (over authors only) stays. So does a later rebuild, its down, and Alembic's upgrade and
     * downgrade; a database built from the history has the views, each as SQLite kept it.
     */
    @Test
    void sqliteRebuildsDropAndMakeTheViewsAgain() throws Exception {
        kind = Kind.SQLITE;
        try (var db = LiveDb.fresh(Kind.SQLITE, "views"); var copy = LiveDb.fresh(Kind.SQLITE, "views_alembic");
             var fresh = LiveDb.fresh(Kind.SQLITE, "views_fresh"); var viaAlembic = LiveDb.fresh(Kind.SQLITE, "views_fresh_alembic")) {
            db.run(SQLITE);
            copy.run(SQLITE);
            String before = views(db);
            assertThat(before).contains("author_names: CREATE VIEW author_names AS SELECT name FROM authors -- every author; not the end");
            Path model = pull(db);
            Files.writeString(model, edited(Files.readString(model), "(?m)^(  title\\s+)string\\(40\\)", "$1string(80)"));
            Path out = tmp.resolve("out");
            String up = written(model, out, url(db), "20250301120000", "adopt");
            assertThat(script(out, kind, BASELINE + "_baseline", "up")).contains("-- every author; not the end\n;\n");
            assertThat(up).contains("DROP VIEW \"long books\";\nDROP VIEW book_titles;\n", "CREATE TABLE _schemac_new_books")
                    .doesNotContain("DROP VIEW author_names");
            assertThat(up.indexOf("CREATE VIEW book_titles")).isGreaterThan(up.indexOf("ALTER TABLE _schemac_new_books RENAME TO books"))
                    .isLessThan(up.indexOf("CREATE VIEW \"long books\""));
            String snapshot = Files.readString(out.resolve("migrations/snapshots/" + BASELINE + "_baseline.json"));
            assertThat(snapshot).contains("\"views\" : [", "\"dialect\" : \"SQLITE\"", "\"name\" : \"long books\"");
            db.run(up);
            sqliteViewsRead(db, "the adoption");
            assertThat(views(db)).isEqualTo(before);
            assertThat(one(db, "SELECT type FROM pragma_table_info('books') WHERE name = 'title'")).isEqualTo("VARCHAR(80)");
            db.run(script(out, kind, "20250301120000_adopt", "down"));
            sqliteViewsRead(db, "the adoption's down");
            assertThat(one(db, "SELECT type FROM pragma_table_info('books') WHERE name = 'title'")).isEqualTo("VARCHAR(40)");
            db.run(up);

            // A later rebuild carries the views on from the snapshots.
            Files.writeString(model, edited(Files.readString(model), "(?m)^(  pages\\s+)int\\?", "$1bigint?"));
            String next = written(model, out, null, "20250302000000", "pages");
            assertThat(next).contains("DROP VIEW book_titles;", "CREATE VIEW \"long books\"");
            db.run(next);
            sqliteViewsRead(db, "a later rebuild");
            assertThat(views(db)).isEqualTo(before);
            assertThat(Files.readString(out.resolve("migrations/snapshots/20250302000000_pages.json"))).contains("\"views\" : [");

            // Alembic: the adopted copy is stamped at the baseline, runs both migrations and undoes them.
            alembic(out, copy, "stamp", BASELINE);
            alembic(out, copy, "upgrade", "head");
            sqliteViewsRead(copy, "alembic upgrade head");
            assertThat(one(copy, "SELECT type FROM pragma_table_info('books') WHERE name = 'pages'")).isEqualTo("BIGINT");
            alembic(out, copy, "downgrade", BASELINE);
            sqliteViewsRead(copy, "alembic downgrade to the baseline");
            assertThat(views(copy)).isEqualTo(before);
            assertThat(one(copy, "SELECT type FROM pragma_table_info('books') WHERE name = 'pages'")).isEqualTo("INTEGER");

            // A database built from the history ends with the adopted database's views, by the scripts and by Alembic.
            for (String id : List.of(BASELINE + "_baseline", "20250301120000_adopt", "20250302000000_pages")) {
                fresh.run(script(out, kind, id, "up"));
            }
            assertThat(views(fresh)).isEqualTo(before);
            fresh.run(script(out, kind, "20250302000000_pages", "down"));
            fresh.run(script(out, kind, "20250301120000_adopt", "down"));
            fresh.run(script(out, kind, BASELINE + "_baseline", "down"));
            assertThat(one(fresh, "SELECT count(*) FROM sqlite_master")).as("the baseline's down drops the views too").isEqualTo("0");
            alembic(out, viaAlembic, "upgrade", "head");
            assertThat(views(viaAlembic)).isEqualTo(before);
            alembic(out, viaAlembic, "downgrade", "base");
            assertThat(one(viaAlembic, "SELECT count(*) FROM sqlite_master WHERE type = 'view'")).isEqualTo("0");
        }
    }

    /**
     * What a view names cannot go or change its name: dropping a column a view names, renaming one
     * (a hint), dropping the table under a view (another table name) are refused with SC570 and
     * nothing is written; dropping a column no view names is a rebuild that makes the views again.
     */
    @Test
    void droppingOrRenamingWhatAViewNamesIsRefused() throws Exception {
        kind = Kind.SQLITE;
        try (var db = LiveDb.fresh(Kind.SQLITE, "views_refused")) {
            db.run(SQLITE + "ALTER TABLE books ADD COLUMN isbn VARCHAR(20);\n");
            Path model = pull(db);
            Path out = tmp.resolve("out");
            String adopted = Files.readString(model);
            var r = migrate(model, out, url(db), "20250301120000", "adopt");
            assertThat(r.code()).as(r.out() + r.err()).isZero();

            String noPages = edited(adopted, "(?m)^  pages\\s+int\\?\\n", "");
            Files.writeString(model, noPages);
            r = migrate(model, out, null, "20250302000000", "no_pages");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC570]: this migration breaks view `book_titles`, which the database has outside "
                            + "the model: it could not be made again as the history carries it (its SQL names `pages`, which this "
                            + "migration drops from table `books`)")
                    .contains("app.schema:" + lineOf(noPages, "entity Book {") + ":1")
                    .contains("help: leave out of this migration the change that breaks it (a table renamed only because the "
                            + "name schemac derives changed keeps its name with `@@map(\"old_name\")` on the entity)");
            assertThat(out.resolve("migrations/sql/sqlite")).isDirectoryNotContaining("glob:**20250302000000*");

            String renamed = edited(adopted, "(?m)^  title(\\s+)string\\(40\\)", "  heading$1string(40) @renamed_from(\"title\")");
            Files.writeString(model, renamed);
            r = migrate(model, out, null, "20250302000000", "heading");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC570]: this migration breaks view `book_titles`", "(its SQL names `title`, "
                    + "which this migration renames in table `books`)");

            String noAuthors = edited(edited(adopted, "(?m)^  author\\s+Author.*\\n", ""), "(?s)entity Author \\{.*?\\n}\\n", "");
            Files.writeString(model, noAuthors);
            r = migrate(model, out, null, "20250302000000", "no_authors");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("this migration breaks view `author_names`", "(its SQL names table `authors`, which this "
                    + "migration drops)");
            assertThat(out.resolve("migrations/sql/sqlite")).isDirectoryNotContaining("glob:**20250302000000*");

            // A column no view names goes: a rebuild (SQLite's DROP COLUMN refuses nothing here, but a view stays readable).
            Files.writeString(model, edited(edited(adopted, "(?m)^  isbn\\s+string\\(20\\)\\?\\n", ""), "(?m)^(  title\\s+)string\\(40\\)",
                    "$1string(60)"));
            db.run(written(model, out, null, "20250302000000", "no_isbn"));
            sqliteViewsRead(db, "dropping a column no view names");
            assertThat(one(db, "SELECT count(*) FROM pragma_table_info('books') WHERE name = 'isbn'")).isEqualTo("0");
        }
    }

    // --- PostgreSQL

    static final String POSTGRES = """
            CREATE TABLE authors (id integer PRIMARY KEY, name varchar(40) NOT NULL);
            CREATE TABLE books (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES authors (id),
              title varchar(40) NOT NULL, pages integer);
            CREATE INDEX books_author_id_idx ON books (author_id);
            CREATE VIEW book_titles WITH (security_barrier) AS
              SELECT b.id, b.title, a.name AS author, b.pages FROM books b JOIN authors a ON a.id = b.author_id;
            CREATE VIEW "long books" AS SELECT id, title FROM book_titles WHERE pages > 100;
            CREATE VIEW author_names AS SELECT name FROM authors WITH LOCAL CHECK OPTION;
            INSERT INTO authors VALUES (1, 'Ann'), (2, 'Bob');
            INSERT INTO books VALUES (1, 1, 'Thick', 500), (2, 2, 'Thin', 20);
            """;

    static void postgresViewsRead(LiveDb db, String after) throws SQLException {
        assertThat(one(db, "SELECT author || ' ' || title FROM book_titles WHERE id = 1")).as(after).isEqualTo("Ann Thick");
        assertThat(one(db, "SELECT string_agg(title, ',') FROM \"long books\"")).as(after).isEqualTo("Thick");
        assertThat(one(db, "SELECT count(*) FROM author_names")).as(after).isEqualTo("2");
    }

    /**
     * PostgreSQL refuses ALTER COLUMN ... TYPE on a column a view reads (shown first): the adoption
     * widens books.title and a later migration books.pages, each dropping the views over books
     * (the view over the view first) and making them again, up and down, and through Alembic; the
     * history builds a database with the same views.
     */
    @Test
    void postgresRetypesDropAndMakeTheViewsAgain() throws Exception {
        kind = Kind.POSTGRES;
        try (var db = LiveDb.fresh(Kind.POSTGRES, "views"); var copy = LiveDb.fresh(Kind.POSTGRES, "views_alembic");
             var fresh = LiveDb.fresh(Kind.POSTGRES, "views_fresh")) {
            db.run(POSTGRES);
            copy.run(POSTGRES);
            assertThatThrownBy(() -> copy.run("ALTER TABLE books ALTER COLUMN title TYPE varchar(80)"))
                    .as("the engine's refusal this handles").hasMessageContaining("view");
            String before = views(db);
            assertThat(before).contains("book_titles security_barrier=true: ", "author_names check_option=local: ");
            Path model = pull(db);
            Files.writeString(model, edited(Files.readString(model), "(?m)^(  title\\s+)string\\(40\\)", "$1string(80)"));
            Path out = tmp.resolve("out");
            String up = written(model, out, url(db), "20250301120000", "adopt");
            assertThat(up).contains("DROP VIEW \"long books\";\nDROP VIEW book_titles;\n",
                            "CREATE VIEW book_titles WITH (security_barrier=true) AS\n")
                    .doesNotContain("DROP VIEW author_names");
            db.run(up);
            postgresViewsRead(db, "the adoption");
            assertThat(views(db)).isEqualTo(before);
            assertThat(one(db, "SELECT character_maximum_length FROM information_schema.columns WHERE table_name = 'books' "
                    + "AND column_name = 'title'")).isEqualTo("80");
            db.run(script(out, kind, "20250301120000_adopt", "down"));
            postgresViewsRead(db, "the adoption's down");
            db.run(up);

            Files.writeString(model, edited(Files.readString(model), "(?m)^(  pages\\s+)int\\?", "$1bigint?"));
            String next = written(model, out, null, "20250302000000", "pages");
            assertThat(next).contains("DROP VIEW book_titles;", "ALTER COLUMN pages TYPE bigint");
            db.run(next);
            postgresViewsRead(db, "a later retype");
            assertThat(views(db)).isEqualTo(before);
            assertThat(one(db, "SELECT data_type FROM information_schema.columns WHERE table_name = 'books' AND column_name = 'pages'"))
                    .isEqualTo("bigint");
            db.run(script(out, kind, "20250302000000_pages", "down"));
            postgresViewsRead(db, "a later retype's down");

            alembic(out, copy, "stamp", BASELINE);
            alembic(out, copy, "upgrade", "head");
            postgresViewsRead(copy, "alembic upgrade head");
            assertThat(one(copy, "SELECT data_type FROM information_schema.columns WHERE table_name = 'books' AND column_name = 'pages'"))
                    .isEqualTo("bigint");
            alembic(out, copy, "downgrade", BASELINE);
            postgresViewsRead(copy, "alembic downgrade to the baseline");
            assertThat(views(copy)).isEqualTo(before);

            for (String id : List.of(BASELINE + "_baseline", "20250301120000_adopt", "20250302000000_pages")) {
                fresh.run(script(out, kind, id, "up"));
            }
            assertThat(views(fresh)).isEqualTo(before);
        }
    }

    /** The hand-written databases with views. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> foreignWithViews() throws Exception {
        return ForeignDatabasesTest.cases().filter(a -> {
            try {
                return Files.readString((Path) a.get()[2]).toUpperCase(java.util.Locale.ROOT).contains("CREATE VIEW");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * The hand-written sample databases with views: adopted as they are, their history (the
     * baseline alone) builds a fresh database of the same engine with the same views.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @org.junit.jupiter.params.provider.MethodSource("foreignWithViews")
    void aDatabaseBuiltFromTheHistoryHasTheViews(String name, Kind k, Path sql) throws Exception {
        kind = k;
        try (var db = LiveDb.fresh(k, "views_" + name); var fresh = LiveDb.fresh(k, "views_fresh_" + name)) {
            db.run(Files.readString(sql, StandardCharsets.UTF_8));
            Path model = pull(db);
            Path out = tmp.resolve("out");
            var r = migrate(model, out, url(db), "20250301120000", "adopt");
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            fresh.run(script(out, k, BASELINE + "_baseline", "up"));
            String before = views(db);
            assertThat(before).isNotNull();
            String built = views(fresh);
            if (k == Kind.MARIADB || k == Kind.MYSQL) {
                before = before.replace(db.server().name(), "DB");
                built = built.replace(fresh.server().name(), "DB");
            }
            assertThat(built).isEqualTo(before);
        }
    }

    // --- MySQL and MariaDB

    static final String MYSQL = """
            CREATE TABLE books (id INT NOT NULL PRIMARY KEY, title VARCHAR(40) NOT NULL, pages INT);
            CREATE VIEW long_books AS SELECT id, title FROM books WHERE pages > 100 WITH CHECK OPTION;
            CREATE SQL SECURITY INVOKER VIEW long_titles AS SELECT title FROM long_books;
            INSERT INTO books VALUES (1, 'Thick', 500), (2, 'Thin', 20);
            """;

    static void mysqlViewsRead(LiveDb db, String after) throws SQLException {
        assertThat(one(db, "SELECT group_concat(title) FROM long_titles")).as(after).isEqualTo("Thick");
    }

    /**
     * The server first: a column changes under a view in place (the view reads the new type), and a
     * view over a dropped column is left invalid. So the views are not dropped around a change of
     * type, and a drop of a column a view names is refused (SC570). The baseline makes the views
     * in a database built from the history.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void mysqlChangesUnderAViewAndADroppedColumnBreaksIt(Kind k) throws Exception {
        kind = k;
        try (var db = LiveDb.fresh(k, "views"); var scratch = LiveDb.fresh(k, "views_scratch"); var fresh = LiveDb.fresh(k, "views_fresh")) {
            for (String s : MYSQL.split(";\n")) if (!s.isBlank()) scratch.run(s);
            scratch.run("ALTER TABLE books MODIFY COLUMN title VARCHAR(80) NOT NULL");
            mysqlViewsRead(scratch, "a type changed under the view");
            scratch.run("ALTER TABLE books DROP COLUMN pages");
            assertThatThrownBy(() -> one(scratch, "SELECT count(*) FROM long_books")).as("a view over a dropped column")
                    .isInstanceOf(SQLException.class).hasMessageContaining("invalid");

            for (String s : MYSQL.split(";\n")) if (!s.isBlank()) db.run(s);
            String before = views(db);
            assertThat(before).contains("long_books DEFINER CASCADED: ", "long_titles INVOKER NONE: ");
            Path model = pull(db);
            String adopted = Files.readString(model);
            Files.writeString(model, edited(adopted, "(?m)^(  title\\s+)string\\(40\\)", "$1string(80)"));
            Path out = tmp.resolve("out");
            String up = written(model, out, url(db), "20250301120000", "adopt");
            assertThat(up).contains("MODIFY COLUMN title").doesNotContain("VIEW");
            db.run(up);
            mysqlViewsRead(db, "the adoption");
            assertThat(views(db)).isEqualTo(before);

            fresh.run(script(out, k, BASELINE + "_baseline", "up"));
            fresh.run(up);
            for (String s : MYSQL.split(";\n")) if (s.startsWith("INSERT")) fresh.run(s);
            mysqlViewsRead(fresh, "a database built from the history");
            assertThat(views(fresh).replace(fresh.server().name(), "DB")).isEqualTo(before.replace(db.server().name(), "DB"));

            String noPages = edited(Files.readString(model), "(?m)^  pages\\s+int\\?\\n", "");
            Files.writeString(model, noPages);
            var r = migrate(model, out, null, "20250302000000", "no_pages");
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC570]: this migration breaks view `long_books`", "(its SQL names `pages`, which this "
                    + "migration drops from table `books`)");
        }
    }

    /**
     * Pulled with {@code --schema} naming another database than the connection's: the server
     * qualifies a view's tables with their database unless it is the current one, so the views
     * are read with it current; the baseline names the tables bare and makes readable views in
     * a database of another name.
     */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void aViewOfAnotherDatabaseThanTheConnectionsIsStoredWithoutItsName(Kind k) throws Exception {
        kind = k;
        try (var home = LiveDb.fresh(k, "views_home"); var db = LiveDb.fresh(k, "views_other");
             var fresh = LiveDb.fresh(k, "views_fresh")) {
            for (String s : MYSQL.split(";\n")) if (!s.isBlank()) db.run(s);
            String other = db.server().name();
            Path model = tmp.resolve("app.schema");
            var pull = Cli.run("pull", "--url", url(home), "--schema", other, "--out", model.toString(), "--color", "never");
            assertThat(pull.code()).as(pull.err()).isZero();
            Path out = tmp.resolve("out");
            var r = Cli.run("migrate", model.toString(), "--name", "adopt", "--timestamp", "20250301120000", "-o", out.toString(),
                    "--color", "never", "--from-url", url(home), "--schema", other);
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            String baseline = script(out, k, BASELINE + "_baseline", "up");
            assertThat(baseline).contains("VIEW long_books AS select `books`.`id`", "VIEW long_titles AS").doesNotContain("`" + other + "`");
            fresh.run(baseline);
            for (String s : MYSQL.split(";\n")) if (s.startsWith("INSERT")) fresh.run(s);
            mysqlViewsRead(fresh, "a database of another name built from the history");
            assertThat(home.server().name()).isNotEqualTo(other);
        }
    }
}
