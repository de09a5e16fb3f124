package dev.schemac.gen.prisma;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a live database holds, read back through its catalog (JDBC, PRAGMA, pg_catalog):
 * the two databases of a parity test, one built by schemac's DDL and one by Prisma's
 * migration, are compared in this form. Lists keep the database's order.
 *
 * @param comments table and column comments, keyed {@code table} or {@code table.column}
 */
record DbSnapshot(Map<String, TableSnap> tables, Map<String, List<String>> enums, Map<String, String> comments,
                  Set<String> functions) {

    /** A generation of key values, when the column has one: {@code identity by default}, {@code serial}, {@code autoincrement}. */
    record ColumnSnap(String name, String type, boolean notNull, String defaultValue, String generation) {}

    record KeySnap(String name, List<String> columns) {}

    record ForeignKeySnap(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                          String onDelete, String onUpdate) {}

    /**
     * {@code constraint}: the index exists because of a UNIQUE constraint, rather than being created on its own;
     * {@code where}: a partial index's filter as the database keeps it, null for an index over every row.
     */
    record IndexSnap(String name, List<String> columns, boolean constraint, String where) {
        /** The columns, and the filter of a partial index: the same columns unique among other rows are another unique. */
        String key() { return columns + (where == null ? "" : " where " + where); }
    }

    record TableSnap(String name, List<ColumnSnap> columns, KeySnap primaryKey, List<ForeignKeySnap> foreignKeys,
                     List<IndexSnap> uniques, List<IndexSnap> indexes, Set<String> checks, Set<String> triggers) {}
}
