package dev.schemac.catalog;

import java.util.List;

/** A unique constraint, with why it exists (for the documents' index strategy). */
public record UniqueConstraint(String name, List<String> columns, Reason reason) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    public enum Reason {
        /** {@code @unique} on a field. */
        FIELD,
        /** {@code @@unique(...)}. */
        ENTITY,
        /** The key side of a one-to-one relation. */
        ONE_TO_ONE
    }
}
