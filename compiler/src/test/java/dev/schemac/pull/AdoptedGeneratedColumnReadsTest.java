package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.diag.Code;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A PostgreSQL, MySQL or MariaDB database adopted with a generated column (SC966) has a history that carries it
 * ({@code KeptSql#generated}): a later migration of the model that drops or renames a column it reads is refused with
 * SC573 at the field, and writes nothing, instead of a script the engine refuses (the drop is shown failing on the engine
 * in {@link GeneratedColumnReadsTest}). A change of that column's type is written and runs, up and down: MySQL and MariaDB
 * take it in place, and on PostgreSQL, which refuses it while the generated column stands, the script drops the generated
 * column and makes it again around it ({@link AdoptedGeneratedColumnRetypeTest}). The rows stay, and the generated column
 * still computes; so it does through a change of a column it does not read.
 */
class AdoptedGeneratedColumnReadsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "MYSQL", "MARIADB"})
    void aChangeOfAColumnItReadsIsRefusedOrRuns(Kind kind) throws Exception {
        boolean pg = kind == Kind.POSTGRES;
        Dialect dialect = pg ? Dialect.POSTGRES : Dialect.MYSQL;
        try (var db = LiveDb.fresh(kind, "generated_adopt")) {
            db.run(pg
                    ? "CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2) NOT NULL, title varchar(40) NOT NULL, "
                            + "total numeric(12,2) GENERATED ALWAYS AS (qty * price) STORED);"
                    : "CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price decimal(10,2) NOT NULL, title varchar(40) NOT NULL, "
                            + "total decimal(12,2) AS (qty * price) STORED);");
            db.run("INSERT INTO items (id, qty, price, title) VALUES (1, 3, 2.50, 'pen'), (2, 4, 10.00, 'ink');");
            var adopted = Adoption.of(db, tmp);
            String text = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String snapshot;
            try (Stream<Path> s = Files.walk(adopted.out())) {
                snapshot = s.filter(p -> p.toString().contains("snapshots") && p.toString().endsWith(".json")).map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).reduce("", String::concat);
            }
            assertThat(snapshot).as("the adoption's snapshot").contains(pg ? "GENERATED_POSTGRES" : "GENERATED_MYSQL", "generated column `total`");

            // A column it does not read: written, runs up and down, rows and the generated column kept.
            String title = replaceLine(text, "title", "string\\(40\\)", "string(80)");
            String wider = migrate(adopted, title, "wider_title", "20250302000000", 0);
            db.run(read(adopted, dialect, wider, "up"));
            assertComputes(db, "7.50", "40.00");
            db.run(read(adopted, dialect, wider, "down"));
            assertComputes(db, "7.50", "40.00");
            db.run(read(adopted, dialect, wider, "up"));

            // Its type: MySQL and MariaDB compute the column anew; PostgreSQL refuses the ALTER while the generated column
            // stands, so the script drops it before and makes it again after.
            String price = replaceLine(title, "price", "decimal\\(10, ?2\\)", "decimal(14, 2)");
            String retyped = migrate(adopted, price, "wider_price", "20250303000000", 0);
            assertThat(read(adopted, dialect, retyped, "up").contains("DROP COLUMN total")).isEqualTo(pg);
            db.run(read(adopted, dialect, retyped, "up"));
            assertComputes(db, "7.50", "40.00");
            db.run("INSERT INTO items (id, qty, price, title) VALUES (3, 2, 1234567.25, 'gold');");
            assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT total FROM items WHERE id = 3")).isEqualTo("2469134.50");
            db.run("DELETE FROM items WHERE id = 3;");
            db.run(read(adopted, dialect, retyped, "down"));
            assertComputes(db, "7.50", "40.00");
            db.run(read(adopted, dialect, retyped, "up"));
            title = price;

            // Dropped or renamed: refused on every engine, even with --allow-destructive.
            String dropped = title.replaceFirst("(?m)^\\s+qty\\s.*\\R", "");
            assertThat(dropped).isNotEqualTo(title);
            refused(adopted, dropped, null, "it reads column `qty`, which this migration drops");
            String renamed = title.replaceFirst("(?m)^(\\s+)qty(\\s+)(\\S+)(.*)$", "$1quantity$2$3$4 @renamed_from(\"qty\")");
            assertThat(renamed).contains("quantity");
            refused(adopted, renamed, "quantity", "it reads column `qty`, which this migration renames");
            // A column it does not read renamed onto its name: every engine has the name already.
            String onto = title.replaceFirst("(?m)^(\\s+)title(\\s+)(\\S+)(.*)$", "$1total$2$3$4 @renamed_from(\"title\")");
            assertThat(onto).contains("@renamed_from(\"title\")");
            refused(adopted, onto, "total", "this migration renames column `title` to its name, which the table has already");
            assertComputes(db, "7.50", "40.00");
        }
    }

    private static String replaceLine(String text, String field, String from, String to) {
        var m = java.util.regex.Pattern.compile("(?m)^(\\s+" + field + "\\s+)" + from).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.replaceFirst("$1" + java.util.regex.Matcher.quoteReplacement(to));
    }

    private static String migrate(Adoption.Adopted adopted, String model, String name, String ts, int code) throws Exception {
        Files.writeString(adopted.model(), model);
        var run = Cli.run("migrate", adopted.model().toString(), "--name", name, "--timestamp", ts, "-o", adopted.out().toString(),
                "--color", "never", "--allow-destructive");
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(code);
        return ts + "_" + name;
    }

    /** Migrate refuses the model with SC573 at {@code field} (at the entity when null) and writes no file. */
    private static void refused(Adoption.Adopted adopted, String model, String field, String why) throws Exception {
        Files.writeString(adopted.model(), model);
        long before = count(adopted.out());
        var run = Cli.run("migrate", adopted.model().toString(), "--name", "refused", "--timestamp", "20250309000000", "-o",
                adopted.out().toString(), "--color", "never", "--allow-destructive");
        String said = run.out() + run.err();
        assertThat(run.code()).as(said).isNotZero();
        assertThat(said).contains(Code.GENERATED_COLUMN_BROKEN.id(), "generated column `total` of table `items`", why);
        int line = lineOf(model, field == null ? "entity item" : field);
        assertThat(said).as("at the field").contains("app.schema:" + line + ":");
        assertThat(count(adopted.out())).as("a refused migration writes nothing").isEqualTo(before);
    }

    private static int lineOf(String model, String word) {
        String[] lines = model.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip().toLowerCase(java.util.Locale.ROOT);
            if (l.startsWith(word + " ")) return i + 1;
        }
        throw new AssertionError(word + " not in\n" + model);
    }

    private static long count(Path out) throws Exception {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock")).count();
        }
    }

    private static String read(Adoption.Adopted adopted, Dialect dialect, String id, String way) throws Exception {
        return Files.readString(adopted.out().resolve(MigrationFiles.sqlPath(dialect, id, way)));
    }

    private static void assertComputes(LiveDb db, String first, String second) throws Exception {
        assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT COUNT(*) FROM items")).isEqualTo("2");
        assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT total FROM items WHERE id = 1")).isEqualTo(first);
        assertThat(AdoptLeftOutObjectsTest.one(db, "SELECT total FROM items WHERE id = 2")).isEqualTo(second);
    }
}
