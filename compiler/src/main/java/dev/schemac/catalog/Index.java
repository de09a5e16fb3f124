package dev.schemac.catalog;

import java.util.List;
import java.util.Objects;

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

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof Index that && Objects.equals(name, that.name) &&
                Objects.equals(columns, that.columns) && Objects.equals(reason, that.reason);
    }

    @Override public int hashCode() {
        return Objects.hash(name, columns, reason);
    }
}
