package dev.schemac.catalog;

/**
 * The rows a partial index covers, as data so that renderers spell it per dialect and a
 * Catalog diff can compare it. Only what schemac generates is expressible.
 */
public sealed interface RowFilter {
    /** The column this filter reads. */
    String column();

    /** Rows whose {@code column} is NULL: the live rows of a table that soft-deletes. */
    record IsNull(String column) implements RowFilter {}
}
