package dev.schemac.catalog;

import dev.schemac.model.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key. {@code field} is the relation field it stores (null in join tables);
 * {@code forward} is true when the referenced table comes later in the catalog's order
 * (only in reference cycles), so renderers must add it after creating the tables.
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, String field, boolean forward) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof ForeignKey that && Objects.equals(name, that.name) &&
                Objects.equals(columns, that.columns) &&
                Objects.equals(referencedTable, that.referencedTable) &&
                Objects.equals(referencedColumns, that.referencedColumns) &&
                Objects.equals(onDelete, that.onDelete) && Objects.equals(onUpdate, that.onUpdate) &&
                Objects.equals(field, that.field) && forward == that.forward;
    }

    @Override public int hashCode() {
        return Objects.hash(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, field, forward);
    }
}
