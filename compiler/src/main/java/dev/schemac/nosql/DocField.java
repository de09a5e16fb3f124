package dev.schemac.nosql;

import dev.schemac.catalog.Column;
import java.util.List;

/** One field of a document shape, named as documents spell it. */
public sealed interface DocField {
    String name();

    boolean nullable();

    /**
     * A stored value: a scalar or enum column, or a column of a reference ({@code references}
     * is then the referenced entity). {@code field} is the model field it stores.
     */
    record Value(String name, String field, Column column, boolean nullable, String references) implements DocField {}

    /** {@code _id}: the key's one value, or a document of its values when the key has several. */
    record Id(List<Value> parts) implements DocField {
        public Id {
            parts = List.copyOf(parts);
        }

        public String name() { return DocumentDesign.ID; }

        public boolean nullable() { return false; }

        public boolean compound() { return parts.size() > 1; }
    }

    /** Another entity's rows inside this document: one subdocument, or an array of them. */
    record Embedded(String name, String field, DocShape shape, boolean many, boolean nullable) implements DocField {}

    /** A many-to-many: the keys of the {@code target} rows, each once ({@code key}: their columns). */
    record IdArray(String name, String field, String target, List<Column> key) implements DocField {
        public IdArray {
            key = List.copyOf(key);
        }

        public boolean nullable() { return false; }
    }
}
