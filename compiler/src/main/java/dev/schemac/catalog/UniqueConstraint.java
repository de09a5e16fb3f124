package dev.schemac.catalog;

import java.util.List;

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
}
