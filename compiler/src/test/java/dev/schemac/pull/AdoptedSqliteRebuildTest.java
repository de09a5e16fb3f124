package dev.schemac.pull;

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
 * What a SQLite rebuild of an adopted table keeps that the model cannot say. The columns the history keeps as SQL (a
 * column of no type, a generated column) are declared where the table had them, not after the model's; a foreign key
 * the model holds as a relation keeps its DEFERRABLE INITIALLY DEFERRED. The baseline makes both so, and SC983 says
 * neither; nor a relation's default, which the model cannot hold either. A table a migration drops is made again by
 * its down script as it was.
 */
class AdoptedSqliteRebuildTest {
    @TempDir
    Path tmp;

    static final String DDL = """
            CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE kids (
              id INTEGER PRIMARY KEY,
              extra,
              note TEXT,
              parent_id INTEGER NOT NULL DEFAULT 1 REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED,
              qty INTEGER,
              code TEXT GENERATED ALWAYS AS (upper(note)) VIRTUAL,
              born TEXT
            );
            INSERT INTO parents VALUES (1, 'p');
            INSERT INTO kids (id, extra, note, parent_id, qty, born) VALUES (1, x'00ff', 'hi', 1, 2, '2020');
            """;

    static final String ORDER = "id,extra,note,parent_id,qty,code,born";

    static String order(LiveDb db) throws Exception {
        return one(db, "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_xinfo('kids') ORDER BY cid)");
    }

    /** The key is checked at commit: a kid may come before its parent in one transaction. */
    static void deferred(LiveDb db, String after) throws Exception {
        assertThat(one(db, "SELECT sql FROM sqlite_master WHERE name = 'kids'")).as(after).contains("DEFERRABLE INITIALLY DEFERRED");
        db.run("""
                PRAGMA foreign_keys = ON;
                BEGIN;
                INSERT INTO kids (id, note, parent_id) VALUES (99, 'late', 9);
                INSERT INTO parents VALUES (9, 'then');
                COMMIT;
                DELETE FROM kids WHERE id = 99;
                DELETE FROM parents WHERE id = 9;
                """);
    }

    @Test
    void aRebuildKeepsTheColumnOrderAndTheDeferredKey() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "rebuild_order"); var built = LiveDb.fresh(Kind.SQLITE, "rebuild_order_built")) {
            db.run(DDL);
            var adopted = Adoption.of(db, tmp);
            assertThat(adopted.migrate().err()).doesNotContain("SC983");
            // The baseline makes the table as the database has it.
            built.run(script(adopted.out(), "20250301115959_baseline", "up"));
            assertThat(order(built)).isEqualTo(ORDER);
            assertThat(table(built)).isEqualTo(table(db));
            deferred(built, "the baseline");

            String pulled = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String checked = pulled.replaceFirst("(?m)^(  qty\\s+int\\?)$", "$1 @check(>= 0)");
            assertThat(checked).as(pulled).contains("@check(>= 0)");
            Files.writeString(adopted.model(), checked);
            var feat = migrate(adopted.model(), adopted.out(), "20250302000000", "checked");
            assertThat(feat.code()).as(feat.out() + feat.err()).isZero();
            String up = script(adopted.out(), "20250302000000_checked", "up");
            assertThat(up).contains("CREATE TABLE _schemac_new_kids");
            for (LiveDb d : new LiveDb[] {db, built}) {
                d.run(up);
                assertThat(order(d)).as("after the rebuild").isEqualTo(ORDER);
                deferred(d, "after the rebuild");
                d.run(script(adopted.out(), "20250302000000_checked", "down"));
                assertThat(order(d)).as("after the down's rebuild").isEqualTo(ORDER);
                deferred(d, "after the down's rebuild");
                assertThat(one(d, "SELECT dflt_value FROM pragma_table_info('kids') WHERE name = 'parent_id'")).isEqualTo("1");
            }
            assertThat(one(db, "SELECT hex(extra) || '|' || code || '|' || qty FROM kids WHERE id = 1")).isEqualTo("00FF|HI|2");
            var diff = Cli.run("diff", "--url", db.sqliteFile().toString(), adopted.model().toString(), "--color", "never");
            assertThat(diff.code()).as(diff.out() + diff.err()).isEqualTo(1);

            // The column a kept one follows is renamed (in place), then the table is rebuilt: the kept one stays beside it.
            db.run(up);
            String renamed = checked.replace("@check(>= 0)", "@check(>= 0) @map(\"quantity\")");
            Files.writeString(adopted.model(), renamed);
            var rename = migrate(adopted.model(), adopted.out(), "20250303000000", "renamed");
            assertThat(rename.code()).as(rename.out() + rename.err()).isZero();
            db.run(script(adopted.out(), "20250303000000_renamed", "up"));
            String born = renamed.replaceFirst("(?m)^(  born\\s+text\\?)$", "$1 @length(max = 10)");
            assertThat(born).as(renamed).contains("@length(max = 10)");
            Files.writeString(adopted.model(), born);
            var rebuilt = migrate(adopted.model(), adopted.out(), "20250304000000", "born");
            assertThat(rebuilt.code()).as(rebuilt.out() + rebuilt.err()).isZero();
            assertThat(script(adopted.out(), "20250304000000_born", "up")).contains("CREATE TABLE _schemac_new_kids");
            db.run(script(adopted.out(), "20250304000000_born", "up"));
            assertThat(order(db)).isEqualTo(ORDER.replace("qty", "quantity"));
            deferred(db, "after a rebuild that follows a rename");
        }
    }

    @Test
    void aDroppedTableIsMadeAgainAsItWas() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "drop_made_again")) {
            db.run(DDL);
            var adopted = Adoption.of(db, tmp);
            String before = table(db);
            String pulled = Files.readString(adopted.model(), StandardCharsets.UTF_8);
            String without = pulled.replaceFirst("(?s)\nentity Kid \\{.*?\n}\n", "\n").replaceFirst("(?m)^  kids\\s+Kid\\[]\n", "");
            assertThat(without).as(pulled).doesNotContain("Kid");
            Files.writeString(adopted.model(), without);
            var drop = migrate(adopted.model(), adopted.out(), "20250302000000", "dropped");
            assertThat(drop.code()).as(drop.out() + drop.err()).isZero();
            db.run(script(adopted.out(), "20250302000000_dropped", "up"));
            assertThat(one(db, "SELECT count(*) FROM sqlite_master WHERE name = 'kids'")).isEqualTo("0");
            db.run(script(adopted.out(), "20250302000000_dropped", "down"));
            assertThat(table(db)).isEqualTo(before);
            deferred(db, "the down script");
        }
    }

    /**
     * What SQLite says of the table's columns (order, type, required, default, hidden) and its foreign keys; the key never
     * holds NULL, declared NOT NULL or not.
     */
    static String table(LiveDb db) throws Exception {
        return one(db, "SELECT group_concat(name || ' ' || type || ' ' || (CASE WHEN pk > 0 THEN 'key' ELSE \"notnull\" END) || ' ' "
                + "|| coalesce(dflt_value, '-') || ' ' "
                + "|| hidden, ', ') FROM (SELECT * FROM pragma_table_xinfo('kids') ORDER BY cid)") + " | "
                + one(db, "SELECT group_concat(\"table\" || ' ' || \"from\" || ' ' || \"to\", ', ') FROM pragma_foreign_key_list('kids')");
    }
}
