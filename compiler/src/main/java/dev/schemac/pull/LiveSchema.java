package dev.schemac.pull;

import dev.schemac.catalog.Catalog;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One live database read from its engine's own catalog: what a model can express, as a
 * {@link Catalog} (names null where the engine keeps none), and beside it what the Catalog
 * has no place for: each column's type as the engine spells it, and the leftovers.
 */
public record LiveSchema(Source source, Catalog catalog, Map<String, TableInfo> tables, List<Leftover> leftovers,
                         List<BrokenKey> brokenKeys) {

    public LiveSchema {
        tables = Map.copyOf(tables);
        leftovers = List.copyOf(leftovers);
        brokenKeys = List.copyOf(brokenKeys);
    }

    /**
     * A foreign key the database's rows break already: {@code rows} rows of {@code table} whose {@code columns} find no row
     * of {@code parent} ({@code parentColumns}), read on the {@code engine} that let them in. SQLite: written while foreign
     * keys were off, as its own check counts them; {@code keyId} is the key's id in that check, {@code schema} the attached
     * database ({@code main} unless attached), and {@code rowid} the name the table's rowid is read by ({@code rowid},
     * {@code _rowid_} or {@code oid}, the first that is no column of the table), null where there is none (a WITHOUT ROWID
     * table, whose rows the check does not name). PostgreSQL: a key added NOT VALID, {@code name} it, {@code matchFull}
     * whether it is MATCH FULL (a row with some but not all of its columns null breaks it). MySQL and MariaDB: any key, as a
     * load with FOREIGN_KEY_CHECKS=0 checks none. {@code schema} there is null where the connection's own schema or database
     * holds the table, so a query need not name it. {@code collations}: per column, the collation the engine compares it
     * under when it checks the key, as SQL ({@code COLLATE "pg_catalog"."C"}, the parent column's on PostgreSQL, as its
     * own check writes it), empty where the comparison needs none. {@code uncounted}: null when the rows were counted,
     * else the engine's reason the count failed (a comparison it cannot make, a table the user may not read); the key
     * may or may not have such rows, and the read goes on.
     */
    public record BrokenKey(DbEngine engine, String schema, String table, String name, int keyId, List<String> columns,
                            String parent, List<String> parentColumns, boolean matchFull, long rows, String rowid,
                            List<String> collations, String uncounted) {
        public BrokenKey {
            columns = List.copyOf(columns);
            parentColumns = List.copyOf(parentColumns);
            collations = collations == null ? java.util.Collections.nCopies(columns.size(), "") : List.copyOf(collations);
        }

        /** SQLite's, as its check names it. */
        public static BrokenKey sqlite(String schema, String table, int keyId, List<String> columns, String parent,
                                       List<String> parentColumns, long rows, String rowid) {
            return new BrokenKey(DbEngine.SQLITE, schema, table, null, keyId, columns, parent, parentColumns, false, rows, rowid,
                    null, null);
        }

        /** A PostgreSQL, MySQL or MariaDB key whose broken rows are not counted yet. */
        public static BrokenKey server(DbEngine engine, String schema, String table, String name, List<String> columns,
                                       String parent, List<String> parentColumns, boolean matchFull, List<String> collations) {
            return new BrokenKey(engine, schema, table, name, -1, columns, parent, parentColumns, matchFull, 0, null,
                    collations, null);
        }

        public BrokenKey withRows(long n) {
            return new BrokenKey(engine, schema, table, name, keyId, columns, parent, parentColumns, matchFull, n, rowid,
                    collations, null);
        }

        /** The key whose rows the engine would not count, with its reason. */
        public BrokenKey uncountedBecause(String reason) {
            return new BrokenKey(engine, schema, table, name, keyId, columns, parent, parentColumns, matchFull, 0, rowid,
                    collations, reason);
        }

        /**
         * On PostgreSQL, MySQL and MariaDB, the query that selects {@code what} ({@code count(*)}, {@code c.*}) of the rows
         * of the table (as {@code c}) that break the key, as the engine checks a key when it is added: a row with a null in
         * a column of the key holds it (MATCH SIMPLE), but under MATCH FULL only when all of them are; the others need a
         * row of the parent (as {@code p}) with the same values. The one place that SQL is written, for the count the
         * reader asks and the query a message gives.
         */
        public String query(String what) {
            var d = engine.dialect();
            String in = schema == null ? "" : dev.schemac.render.sql.Sql.id(d, schema) + ".";
            var held = new java.util.ArrayList<String>();
            var same = new java.util.ArrayList<String>();
            for (int i = 0; i < columns.size(); i++) {
                String c = "c." + dev.schemac.render.sql.Sql.id(d, columns.get(i));
                held.add(c + (matchFull ? " IS NULL" : " IS NOT NULL"));
                same.add("p." + dev.schemac.render.sql.Sql.id(d, parentColumns.get(i)) + " = " + c
                        + (collations.get(i).isEmpty() ? "" : " " + collations.get(i)));
            }
            String nulls = matchFull ? "NOT (" + String.join(" AND ", held) + ")" : String.join(" AND ", held);
            return "SELECT " + what + " FROM " + in + dev.schemac.render.sql.Sql.id(d, table) + " c WHERE " + nulls
                    + " AND NOT EXISTS (SELECT 1 FROM " + in + dev.schemac.render.sql.Sql.id(d, parent) + " p WHERE "
                    + String.join(" AND ", same) + ")";
        }
    }

    /** Where it was read: the engine (and its version), the database and the schema within it. */
    public record Source(DbEngine engine, String version, String database, String schema, boolean keepsChecks) {}

    /**
     * What the Catalog's table does not say: every column in the engine's order (unsupported
     * ones too), the engine's type spelling per column, the unique indexes that are not
     * constraints, the table's leftovers, and for each unique over the rows where one column IS
     * NULL (by name) the leftover it is when that column is not the model's soft-delete marker:
     * only the lifter knows which column is (it may be a {@code deleted_at} kept under another name).
     */
    public record TableInfo(List<String> columnOrder, Map<String, ColumnInfo> columns, Set<String> uniqueIndexes,
                            List<Leftover> leftovers, Map<String, Leftover> filteredUniques) {
        public TableInfo {
            columnOrder = List.copyOf(columnOrder);
            columns = Map.copyOf(columns);
            uniqueIndexes = Set.copyOf(uniqueIndexes);
            leftovers = List.copyOf(leftovers);
            filteredUniques = Map.copyOf(filteredUniques);
        }

        public TableInfo(List<String> columnOrder, Map<String, ColumnInfo> columns, Set<String> uniqueIndexes,
                         List<Leftover> leftovers) {
            this(columnOrder, columns, uniqueIndexes, leftovers, Map.of());
        }
    }

    /**
     * A column's type as the engine reports it (canonical spelling), whether schemac's
     * type for it renders to exactly that on this engine, and how its values are generated (null: they are not).
     */
    public record ColumnInfo(String nativeType, boolean exactType, Generation generated) {}

    /** How the database generates a column's values, with the engine's words for it. */
    public enum Generation {
        /** A PostgreSQL identity that refuses a value the INSERT gives. */
        IDENTITY_ALWAYS("GENERATED ALWAYS AS IDENTITY"),
        /** A PostgreSQL identity that takes a value the INSERT gives. */
        IDENTITY_BY_DEFAULT("GENERATED BY DEFAULT AS IDENTITY"),
        /** A PostgreSQL column whose default is the next value of the sequence it owns. */
        SERIAL("serial"),
        /** MySQL's and MariaDB's. */
        AUTO_INCREMENT("AUTO_INCREMENT"),
        /** SQLite's rowid alias, with or without the keyword. */
        AUTOINCREMENT("AUTOINCREMENT");

        private final String words;

        Generation(String words) {
            this.words = words;
        }

        /** The engine's words for it ({@code GENERATED ALWAYS AS IDENTITY}). */
        public String words() {
            return words;
        }
    }

    public TableInfo info(String table) {
        return tables.get(table);
    }

    /** Every leftover, the schema's and the tables'. */
    public List<Leftover> allLeftovers() {
        var out = new java.util.ArrayList<>(leftovers);
        for (var t : catalog.tables()) {
            var i = tables.get(t.name());
            if (i != null) out.addAll(i.leftovers());
        }
        return out;
    }

    public Set<String> tableNames() {
        return tables.keySet();
    }
}
