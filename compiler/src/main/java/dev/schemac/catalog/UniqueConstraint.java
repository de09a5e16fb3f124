package dev.schemac.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint, with why it exists (for the documents' index strategy). {@code where}
 * is null for a constraint over every row; otherwise the constraint holds among the rows the
 * filter covers (a partial unique index where the dialect has them, see {@code render/sql}).
 */
public record UniqueConstraint(String name, List<String> columns, Reason reason, RowFilter where) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    /** A constraint over every row. */
    public UniqueConstraint(String name, List<String> columns, Reason reason) {
        this(name, columns, reason, null);
    }

    /** The same constraint over columns named anew (a migration's column renames), its filter's column too. */
    public UniqueConstraint withColumns(java.util.function.UnaryOperator<String> rename) {
        return new UniqueConstraint(name, columns.stream().map(rename).toList(), reason,
                where instanceof RowFilter.IsNull f ? new RowFilter.IsNull(rename.apply(f.column())) : where);
    }

    /** Whether the constraint holds among some rows only. */
    public boolean partial() { return where != null; }

    public enum Reason {
        /** {@code @unique} on a field. */
        FIELD,
        /** {@code @@unique(...)}. */
        ENTITY,
        /** The key side of a one-to-one relation. */
        ONE_TO_ONE
    }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof UniqueConstraint that && Objects.equals(name, that.name) &&
                Objects.equals(columns, that.columns) && Objects.equals(reason, that.reason) &&
                Objects.equals(where, that.where);
    }

    @Override public int hashCode() {
        return Objects.hash(name, columns, reason, where);
    }
}
