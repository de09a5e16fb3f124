package dev.schemac.catalog;

import dev.schemac.model.ReferentialAction;
import java.util.List;

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
}
