package dev.schemac.catalog;

/**
 * One column. {@code field} is the model field it stores (for foreign key columns, the
 * relation field; null in join tables). {@code referencedColumn} is set on foreign key
 * columns: the column of the referenced table it holds.
 */
public record Column(String name, String field, ColumnType type, boolean nullable, ColumnDefault defaultValue,
                     boolean autoIncrement, boolean updatedAt, String doc, boolean pii, boolean secret,
                     String referencedColumn) {

    public boolean isForeignKey() { return referencedColumn != null; }
}
