package dev.schemac.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One table. {@code entity} is null for implicit join tables, which carry {@code join}
 * instead. {@code updatedAtTrigger} names the trigger that keeps {@code @updated} columns
 * current on dialects that need one, or is null.
 */
public record Table(String name, String entity, String doc, List<Column> columns, PrimaryKey primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<Index> indexes,
                    List<Check> checks, String updatedAtTrigger, JoinTable join) {

    public Table {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Column requireColumn(String name) {
        return column(name).orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
    }

    /** The columns that store a model field (for a to-one relation field, its foreign key columns). */
    public List<Column> columnsOf(String field) {
        return columns.stream().filter(c -> field.equals(c.field())).toList();
    }

    public Optional<ForeignKey> foreignKeyOf(String field) {
        return foreignKeys.stream().filter(f -> field.equals(f.field())).findFirst();
    }

    public boolean isJoinTable() { return join != null; }

    /** The implicit join table of a many-to-many: which relation fields it stores. */
    public record JoinTable(String leftEntity, String leftField, String rightEntity, String rightField) {}
}
