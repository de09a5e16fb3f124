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

    /** A database whose rows keep every foreign key it has (or whose engine keeps them always). */
    public LiveSchema(Source source, Catalog catalog, Map<String, TableInfo> tables, List<Leftover> leftovers) {
        this(source, catalog, tables, leftovers, List.of());
    }

    /**
     * A foreign key the database's rows break already (SQLite: written while foreign keys were off): {@code rows} rows of
     * {@code table} whose {@code columns} find no row of {@code parent} ({@code parentColumns}), and the query that lists
     * those rows.
     */
    public record BrokenKey(String table, List<String> columns, String parent, List<String> parentColumns, long rows,
                            String listQuery) {
        public BrokenKey {
            columns = List.copyOf(columns);
            parentColumns = List.copyOf(parentColumns);
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
     * type for it renders to exactly that on this engine, and how its values are generated
     * ({@code identity}, {@code serial}, {@code autoincrement}, {@code auto_increment} or null).
     */
    public record ColumnInfo(String nativeType, boolean exactType, String generated) {}

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
