package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.alembic;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite table a DBA gave generated columns (one STORED, one VIRTUAL under a quoted mixed-case name, a comment
 * after it). A model has no generated columns, so pull keeps each as a comment with SQLite's own definition; an
 * adopted history carries that definition, so a later migration that rebuilds the table declares each again (and
 * copies nothing into it: SQLite computes it), by the SQL scripts and by Alembic, up and down, with the rows kept.
 * A migration that drops a column a generated one is computed from is refused (SC567): the rebuild could not
 * declare it; so is one that adds a field under a generated column's name.
 */
class AdoptedGeneratedColumnTest {
    @TempDir
    Path tmp;

    static final String DDL = """
            CREATE TABLE books (
              id INTEGER PRIMARY KEY,
              title VARCHAR(200) NOT NULL,
              price REAL,
              qty INTEGER DEFAULT 1,
              total REAL GENERATED ALWAYS AS (price * qty) STORED,
              "Shout" TEXT AS (upper(title)) -- for the search box
            );
            INSERT INTO books (title, price, qty) VALUES ('Dune', 9.5, 2), ('Emma', NULL, 3);
            """;

    static final String ROWS = "1|Dune|9.5|2|19.0|DUNE,2|Emma||3||EMMA";

    static String rows(LiveDb db) throws Exception {
        return one(db, "SELECT group_concat(id || '|' || title || '|' || coalesce(price, '') || '|' || qty || '|' "
                + "|| coalesce(total, '') || '|' || \"Shout\", ',') FROM (SELECT * FROM books ORDER BY id)");
    }

    /** Both generated columns are there as SQLite keeps them: hidden 3 is STORED, 2 VIRTUAL. */
    static void generated(LiveDb db, String after) throws Exception {
        assertThat(one(db, "SELECT group_concat(name || ':' || hidden, ',') FROM pragma_table_xinfo('books') WHERE hidden > 0"))
                .as(after).isEqualTo("total:3,Shout:2");
        assertThat(rows(db)).as(after).isEqualTo(ROWS);
    }

    static Cli.Run migrate(Path model, Path out, String ts, String name, String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of("migrate", model.toString(), "--name", name, "--timestamp", ts,
                "--allow-destructive", "-o", out.toString(), "--color", "never"));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    static String script(Path out, String id, String direction) throws Exception {
        return Files.readString(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, id, direction)), StandardCharsets.UTF_8);
    }

    @Test
    void aRebuildDeclaresTheGeneratedColumnsAgain() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "generated"); var copy = LiveDb.fresh(Kind.SQLITE, "generated_alembic")) {
            db.run(DDL);
            copy.run(DDL);
            Path model = tmp.resolve("app.schema");
            var pull = Cli.run("pull", "--url", db.sqliteFile().toString(), "--out", model.toString(), "--color", "never");
            assertThat(pull.code()).as(pull.err()).isZero();
            String pulled = Files.readString(model, StandardCharsets.UTF_8);
            // The comment shows the column as SQLite keeps it, not only its type.
            assertThat(pulled).contains("// SC966 column total: a generated column; models have none — "
                    + "total REAL GENERATED ALWAYS AS (price * qty) STORED\n",
                    "// SC966 column Shout: a generated column; models have none — \"Shout\" TEXT AS (upper(title))\n");

            Path out = tmp.resolve("out");
            var adopt = migrate(model, out, "20250301120000", "adopt", "--from-url", db.sqliteFile().toString());
            assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
            assertThat(adopt.out()).contains("no changes");

            // A check on price and a new field: SQLite rebuilds the table.
            String checked = pulled.replaceFirst("(?m)^(  price\\s+float\\?)$", "$1 @check(>= 0)\n  shelf string(10)?");
            assertThat(checked).as(pulled).contains("@check(>= 0)\n  shelf");
            Files.writeString(model, checked);
            var feat = migrate(model, out, "20250302000000", "checked");
            assertThat(feat.code()).as(feat.out() + feat.err()).isZero();
            String up = script(out, "20250302000000_checked", "up");
            assertThat(up).contains("CREATE TABLE _schemac_new_books", "  total REAL GENERATED ALWAYS AS (price * qty) STORED,\n",
                    "  \"Shout\" TEXT AS (upper(title)),\n", "INSERT INTO _schemac_new_books (id, title, price, qty) SELECT id, title, price, qty FROM books;");
            db.run(up);
            generated(db, "the up script");
            assertThat(one(db, "SELECT count(*) FROM pragma_table_info('books') WHERE name = 'shelf'")).isEqualTo("1");
            var diff = Cli.run("diff", "--url", db.sqliteFile().toString(), model.toString(), "--color", "never");
            assertThat(diff.code()).as(diff.out() + diff.err()).isZero();
            db.run(script(out, "20250302000000_checked", "down"));
            generated(db, "the down script");
            assertThat(one(db, "SELECT count(*) FROM pragma_table_info('books') WHERE name = 'shelf'")).isEqualTo("0");

            alembic(out, copy, "stamp", "20250301115959");
            alembic(out, copy, "upgrade", "head");
            generated(copy, "alembic upgrade head");
            alembic(out, copy, "downgrade", "20250301115959");
            generated(copy, "alembic downgrade");

            // Dropping qty, which total is computed from, would leave the rebuild a column it cannot declare.
            Files.writeString(model, checked.replaceFirst("(?m)^  qty\\s+int\\? = 1\n", ""));
            var drop = migrate(model, out, "20250303000000", "dropped");
            assertThat(drop.code()).as(drop.out() + drop.err()).isNotZero();
            assertThat(drop.err()).contains("error[SC567]", "drops column `total`", "it is computed from `qty`");
            assertThat(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, "20250303000000_dropped", "up"))).doesNotExist();

            // A field under a generated column's name: the table cannot have both, in place or rebuilt.
            Files.writeString(model, checked.replaceFirst("(?m)^(  qty\\s+int\\? = 1\n)", "$1  Total float?\n"));
            var clash = migrate(model, out, "20250303000000", "clash");
            assertThat(clash.code()).as(clash.out() + clash.err()).isNotZero();
            assertThat(clash.err()).contains("error[SC567]", "drops column `total`", "the model now has a column of its name");
            assertThat(out.resolve(MigrationFiles.sqlPath(Dialect.SQLITE, "20250303000000_clash", "up"))).doesNotExist();
        }
    }
}
