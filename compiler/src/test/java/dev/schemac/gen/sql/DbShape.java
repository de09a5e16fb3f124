package dev.schemac.gen.sql;

import java.util.List;
import java.util.SortedMap;

/**
 * A database's structure in a form that both a live database (through introspection) and
 * the Catalog (through what the DDL promises) can be brought to, so the two compare with
 * one {@code equals}. Everything is sorted by name, so order never makes a difference.
 */
public record DbShape(SortedMap<String, TableShape> tables) {

    public record TableShape(List<ColumnShape> columns, KeyShape primaryKey, List<ForeignKeyShape> foreignKeys,
                      List<KeyShape> uniques, List<KeyShape> indexes, List<String> checks) {}

    /** {@code type} is the engine's own spelling, normalized per engine by the test. */
    /**
     * A column; {@code refreshed}: the engine itself sets it on every UPDATE (MySQL's and
     * MariaDB's ON UPDATE; a trigger elsewhere, which is not a column's property).
     */
    public record ColumnShape(String name, String type, boolean nullable, boolean hasDefault, boolean refreshed) {}

    /** A named column list; the name is null where the engine does not keep it (SQLite uniques). */
    public record KeyShape(String name, List<String> columns) {}

    public record ForeignKeyShape(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                           String onDelete, String onUpdate) {}
}
