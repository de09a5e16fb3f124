package dev.schemac.catalog;

import java.util.List;

/** A non-unique index, with why it exists (for the documents' index strategy). */
public record Index(String name, List<String> columns, Reason reason) {
    public Index {
        columns = List.copyOf(columns);
    }

    public enum Reason {
        /** {@code @index} on a field. */
        FIELD,
        /** {@code @@index(...)}. */
        ENTITY,
        /** Added so a foreign key's lookups and cascades do not scan the table. */
        FOREIGN_KEY
    }
}
