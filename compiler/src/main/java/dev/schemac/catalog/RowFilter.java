package dev.schemac.catalog;

import java.util.Objects;

/**
 * The rows a partial index covers, as data so that renderers spell it per dialect and a
 * Catalog diff can compare it. Only what schemac generates is expressible.
 */
public sealed interface RowFilter {
    /** The column this filter reads. */
    String column();

    /** Rows whose {@code column} is NULL: the live rows of a table that soft-deletes. */
    record IsNull(String column) implements RowFilter {
        // Written out, with the record's own values, for the reason Span's are (a cold check links no record method).
        @Override public boolean equals(Object o) {
            return o instanceof IsNull that && Objects.equals(column, that.column);
        }

        @Override public int hashCode() { return Objects.hash(column); }
    }
}
