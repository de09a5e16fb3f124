package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.sql.MigrationSql;
import dev.schemac.render.sql.Sql;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL {@code @updated} trigger outlives the changes of its table's other columns: a migration that adds,
 * alters or drops one leaves the trigger and its function as they are (they were dropped and made again around every
 * change of the table), and the trigger still stamps. Where tables share a trigger's name, and so a function while
 * they stamp alike, a migration that changes which of them share it moves each table to the function it now calls,
 * even a table the migration does not otherwise touch, and drops no function a trigger still calls.
 */
class UpdatedTriggerAcrossMigrationsTest {
    private static final String V1 = """
            schema app {
              dialect = postgres
            }

            entity Note {
              title string(40)
              body  string(200)?
            }
            """;
    private static final String V2 = V1.replace("  body  string(200)?\n", "  body  string(400)?\n  tag   string(10)?\n");

    @Test
    void aColumnAddedOrWidenedLeavesTheTriggerAlone() throws Exception {
        var s = new Sequences.Sequence("trigger", "columns beside an @updated trigger", List.of(V1, V2), List.of(),
                new TreeMap<>(Map.of()), Map.of(), false, Set.of());
        var b = Sequences.build(s);
        String up = Sequences.sql(b, s, Dialect.POSTGRES, 2, "up");
        String down = Sequences.sql(b, s, Dialect.POSTGRES, 2, "down");
        assertThat(up).contains("ADD COLUMN tag").doesNotContainIgnoringCase("trigger").doesNotContainIgnoringCase("function");
        assertThat(down).contains("DROP COLUMN tag").doesNotContainIgnoringCase("trigger").doesNotContainIgnoringCase("function");
        // SQLite's rebuilds drop a table's triggers, so its scripts still make the trigger again.
        assertThat(Sequences.sql(b, s, Dialect.SQLITE, 2, "up")).contains("CREATE TRIGGER");
        try (var db = LiveDb.fresh(Kind.POSTGRES, "kept_trigger")) {
            db.run(Sequences.sql(b, s, Dialect.POSTGRES, 1, "up"));
            db.run(up);
            stamps(db, "notes", "updated_at", "title = 'b'");
            db.run(down);
            stamps(db, "notes", "updated_at", "title = 'c'");
        }
    }

    /**
     * A column SQLite adds or drops in place (no rebuild) leaves its trigger alone, as PostgreSQL's does; MySQL stamps
     * with the column's ON UPDATE and has no trigger to drop or make.
     */
    @Test
    void aSiblingColumnAddedOrDroppedInPlaceLeavesTheTriggerAloneOnSqliteAndMysql() throws Exception {
        String v3 = V1.replace("  body  string(200)?\n", "  body  string(200)?\n  tag   string(10)?\n");
        var s = new Sequences.Sequence("trigger", "a column beside an @updated trigger", List.of(V1, v3), List.of(),
                new TreeMap<>(Map.of()), Map.of(), false, Set.of());
        var b = Sequences.build(s);
        for (Dialect d : List.of(Dialect.SQLITE, Dialect.MYSQL, Dialect.POSTGRES)) {
            assertThat(Sequences.sql(b, s, d, 2, "up")).as("%s up", d).containsIgnoringCase("ADD COLUMN tag")
                    .doesNotContainIgnoringCase("trigger").doesNotContainIgnoringCase("function");
            assertThat(Sequences.sql(b, s, d, 2, "down")).as("%s down", d).containsIgnoringCase("DROP COLUMN tag")
                    .doesNotContainIgnoringCase("trigger").doesNotContainIgnoringCase("function");
        }
        try (var db = LiveDb.fresh(Kind.SQLITE, "kept_trigger")) {
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 1, "up"));
            db.run("INSERT INTO notes (title) VALUES ('a')");
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 2, "up"));
            stampsOnSqlite(db, "title = 'b'");
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 2, "down"));
            stampsOnSqlite(db, "title = 'c'");
        }
    }

    /** A table whose trigger name another table takes up is left alone where no function is shared: SQLite, MySQL. */
    @Test
    void aTableJoiningATriggerNameTouchesNoOtherTablesTriggerWithoutSharedFunctions() throws Exception {
        var v1 = Catalog.of(List.of(table("a", "last_update"), table("c", "changed_at")), List.of());
        var v2 = Catalog.of(List.of(table("a", "last_update"), table("c", "changed_at"), table("e", "changed_at")), List.of());
        var changes = CatalogDiff.diff(v1, v2, RenameHints.NONE);
        for (Dialect d : List.of(Dialect.SQLITE, Dialect.MYSQL)) {
            String up = MigrationSql.script(d, changes, v1, v2, c -> null, "up", "t");
            assertThat(up).as("%s", d).doesNotContain("DROP TRIGGER").doesNotContain(" ON a ").doesNotContain(" ON \"a\" ")
                    .doesNotContain(" ON c ").doesNotContain(" ON \"c\" ");
        }
        // PostgreSQL's shared function moves: "stamp" now stamps changed_at, and a gets its own.
        assertThat(MigrationSql.script(Dialect.POSTGRES, changes, v1, v2, c -> null, "up", "t")).contains("EXECUTE FUNCTION stamp_a()");
    }

    /** An UPDATE that leaves updated_at alone sets it to now on SQLite; one that sets it keeps the value. */
    private static void stampsOnSqlite(LiveDb db, String set) throws Exception {
        db.run("UPDATE notes SET updated_at = '2000-01-01 00:00:00'");
        assertThat(one(db, "SELECT min(updated_at) FROM notes")).startsWith("2000-01-01");
        db.run("UPDATE notes SET " + set);
        assertThat(one(db, "SELECT min(updated_at) > '2001' FROM notes")).as("notes stamps after " + set).isEqualTo("1");
    }

    @Test
    void tablesJoiningASharedTriggerNameMoveTheOthersToTheFunctionTheyNowCall() throws Exception {
        // a and b stamp last_update, c changed_at: a and b share "stamp", c has stamp_c. Two more tables stamping
        // changed_at make it the most, so "stamp" now stamps changed_at and a and b, untouched, each get their own.
        var v1 = Catalog.of(List.of(table("a", "last_update"), table("b", "last_update"), table("c", "changed_at")), List.of());
        var v2 = Catalog.of(List.of(table("a", "last_update"), table("b", "last_update"), table("c", "changed_at"),
                table("d", "changed_at"), table("e", "changed_at")), List.of());
        String up = MigrationSql.script(Dialect.POSTGRES, CatalogDiff.diff(v1, v2, RenameHints.NONE), v1, v2, c -> null, "up", "t");
        String down = MigrationSql.script(Dialect.POSTGRES, CatalogDiff.down(v1, v2, RenameHints.NONE), v2, v1, c -> null,
                "down", "t");
        assertThat(up).contains("EXECUTE FUNCTION stamp_a()", "EXECUTE FUNCTION stamp_b()", "ON e FOR EACH ROW EXECUTE FUNCTION stamp()");
        try (var db = LiveDb.fresh(Kind.POSTGRES, "moved_trigger")) {
            db.run(Sql.create(Dialect.POSTGRES, v1, "t"));
            db.run(up);
            for (Table t : v2.tables()) stamps(db, t.name(), stamped(t), "v = 'y'");
            assertThat(one(db, "SELECT string_agg(proname, ',' ORDER BY proname) FROM pg_proc WHERE proname LIKE 'stamp%'"))
                    .isEqualTo("stamp,stamp_a,stamp_b");
            db.run(down);
            for (Table t : v1.tables()) stamps(db, t.name(), stamped(t), "v = 'z'");
            assertThat(one(db, "SELECT string_agg(proname, ',' ORDER BY proname) FROM pg_proc WHERE proname LIKE 'stamp%'"))
                    .isEqualTo("stamp,stamp_c");
        }
    }

    private static String stamped(Table t) {
        return t.columns().stream().filter(Column::updatedAt).findFirst().orElseThrow().name();
    }

    /** An UPDATE that leaves the stamped column alone sets it to now. */
    private static void stamps(LiveDb db, String table, String column, String set) throws Exception {
        db.run("INSERT INTO " + table + " (" + (table.equals("notes") ? "title" : "id, v") + ", " + column + ") SELECT "
                + (table.equals("notes") ? "'a'" : "1, 'x'") + ", now() WHERE NOT EXISTS (SELECT FROM " + table + ")");
        db.run("UPDATE " + table + " SET " + column + " = '2000-01-01'");
        db.run("UPDATE " + table + " SET " + set);
        assertThat(one(db, "SELECT bool_and(" + column + " > '2001-01-01') FROM " + table)).as("%s stamps", table)
                .isEqualTo("t");
    }

    private static String one(LiveDb db, String query) throws Exception {
        try (var c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Column column(String name, ScalarKind kind, boolean updated) {
        return new Column(name, name, new dev.schemac.catalog.ColumnType(kind, null, null, null, null), !updated && !name.equals("id"),
                null, false, updated, null, false, false, null);
    }

    private static Table table(String name, String stamped) {
        return new Table(name, name.toUpperCase(java.util.Locale.ROOT), null, List.of(column("id", ScalarKind.INT, false),
                column("v", ScalarKind.TEXT, false), column(stamped, ScalarKind.DATETIME, true)), new PrimaryKey(name + "_pkey",
                List.of("id")), List.of(), List.of(), List.of(), List.of(), "stamp", null);
    }
}
