package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.alembic;
import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static dev.schemac.pull.AdoptedGeneratedColumnTest.migrate;
import static dev.schemac.pull.AdoptedGeneratedColumnTest.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite column the history keeps as SQL (one of no type, which holds values of its own) goes right after the column
 * before it in the adopted table. A migration that drops that column keeps it in its place among the columns that stay
 * (after the nearest surviving one before it; first when none is left), not after the model's columns: by the SQL
 * scripts and by Alembic, up and down, with its values kept.
 */
class AdoptedKeptColumnPlaceTest {
    @TempDir
    Path tmp;

    static final String DDL = """
            CREATE TABLE items (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL,
              note TEXT,
              extra,
              tail INTEGER
            );
            CREATE INDEX items_twice ON items (tail * 2);
            CREATE TABLE shelves (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
            INSERT INTO items (name, note, extra, tail) VALUES ('a', 'n1', 'x1', 1), ('b', NULL, 42, 2);
            """;

    static String order(LiveDb db) throws Exception {
        return one(db, "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('items') ORDER BY cid)");
    }

    static String values(LiveDb db) throws Exception {
        return one(db, "SELECT group_concat(id || ':' || name || ':' || coalesce(extra, '') || ':' || typeof(extra) || ':' || tail, ',') "
                + "FROM (SELECT * FROM items ORDER BY id)");
    }

    /** What SQLite keeps of table items: its CREATE TABLE and its indexes' SQL, as written. */
    static String made(LiveDb db) throws Exception {
        return one(db, "SELECT group_concat(name || ': ' || sql, '\n') FROM (SELECT name, sql FROM sqlite_master "
                + "WHERE tbl_name = 'items' AND sql IS NOT NULL ORDER BY type, name)");
    }

    @Test
    void aKeptColumnWhosePredecessorIsDroppedKeepsItsPlace() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "kept_place"); var copy = LiveDb.fresh(Kind.SQLITE, "kept_place_alembic")) {
            db.run(DDL);
            copy.run(DDL);
            String rows = values(db);
            assertThat(rows).isEqualTo("1:a:x1:text:1,2:b:42:integer:2");
            Path model = tmp.resolve("app.schema");
            var pull = Cli.run("pull", "--url", db.sqliteFile().toString(), "--out", model.toString(), "--color", "never");
            assertThat(pull.code()).as(pull.err()).isZero();
            String pulled = Files.readString(model, StandardCharsets.UTF_8);
            Path out = tmp.resolve("out");
            var adopt = migrate(model, out, "20250301120000", "adopt", "--from-url", db.sqliteFile().toString());
            assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();

            // note, the column extra follows, is dropped; SQLite rebuilds the table.
            String dropped = pulled.replaceFirst("(?m)^  note\\s+[^\\n]*\\n", "");
            assertThat(dropped).as(pulled).isNotEqualTo(pulled);
            Files.writeString(model, dropped);
            var drop = migrate(model, out, "20250302000000", "no_note");
            assertThat(drop.code()).as(drop.out() + drop.err()).isZero();
            db.run(script(out, "20250302000000_no_note", "up"));
            assertThat(order(db)).isEqualTo("id,name,extra,tail");
            assertThat(values(db)).isEqualTo(rows);
            db.run(script(out, "20250302000000_no_note", "down"));
            // The down adds note back with ADD COLUMN, which SQLite appends, as it does every column a migration adds.
            assertThat(order(db)).isEqualTo("id,name,extra,tail,note");
            assertThat(values(db)).isEqualTo(rows);

            alembic(out, copy, "stamp", "20250301115959");
            alembic(out, copy, "upgrade", "head");
            assertThat(order(copy)).as("alembic upgrade").isEqualTo("id,name,extra,tail");
            assertThat(values(copy)).isEqualTo(rows);
            alembic(out, copy, "downgrade", "20250301115959"); // the adoption found no change: no migration of its own
            assertThat(order(copy)).as("alembic downgrade").isEqualTo("id,name,extra,tail,note");
            assertThat(values(copy)).isEqualTo(rows);

            // Then name goes too: of the columns before extra only id stays, and extra follows it.
            String both = dropped.replaceFirst("(?m)^  name\\s+[^\\n]*\\n", "");
            assertThat(both).isNotEqualTo(dropped);
            Files.writeString(model, both);
            var second = migrate(model, out, "20250303000000", "no_name");
            assertThat(second.code()).as(second.out() + second.err()).isZero();
            db.run(script(out, "20250302000000_no_note", "up"));
            db.run(script(out, "20250303000000_no_name", "up"));
            assertThat(order(db)).isEqualTo("id,extra,tail");
            assertThat(one(db, "SELECT group_concat(coalesce(extra, '') || ':' || tail, ',') FROM (SELECT * FROM items ORDER BY id)"))
                    .isEqualTo("x1:1,42:2");

            // The table is dropped; the down script, and Alembic's downgrade, make it again with the same SQL.
            var entity = java.util.regex.Pattern.compile("(?ms)^entity \\w+ \\{\n(?:(?!^\\}).)*?^  tail\\b.*?^\\}\n").matcher(both);
            assertThat(entity.find()).as(both).isTrue();
            Files.writeString(model, both.substring(0, entity.start()) + both.substring(entity.end()));
            var retire = migrate(model, out, "20250304000000", "no_items");
            assertThat(retire.code()).as(retire.out() + retire.err()).isZero();
            db.run(script(out, "20250304000000_no_items", "up"));
            assertThat(one(db, "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'items'")).isEqualTo("0");
            db.run(script(out, "20250304000000_no_items", "down"));
            String kept = made(db);
            // The kept column in its place and the expression index, which the model cannot say, are made again.
            assertThat(kept).contains("items_twice: CREATE INDEX items_twice ON items (tail * 2)")
                    .containsPattern("id INTEGER NOT NULL,\\s+extra,\\s+tail INTEGER");
            assertThat(order(db)).isEqualTo("id,extra,tail");

            alembic(out, copy, "upgrade", "head");
            assertThat(one(copy, "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'items'")).isEqualTo("0");
            alembic(out, copy, "downgrade", "20250303000000");
            assertThat(made(copy)).as("alembic downgrade makes the dropped table as the down script does").isEqualTo(kept);
        }
    }
}
