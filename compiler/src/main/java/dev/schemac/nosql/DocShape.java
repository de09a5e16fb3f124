package dev.schemac.nosql;

import java.util.List;

/** The fields of one entity's documents (a collection's, or those embedded in another's), in order. */
public record DocShape(String entity, List<DocField> fields) {
    public DocShape {
        fields = List.copyOf(fields);
    }
}
