package dev.schemac.analysis;

import java.util.List;

/** A field holding personal data or a secret, with the table and columns that store it. */
public record SensitiveField(String entity, String field, String table, List<String> columns) {
    public SensitiveField {
        columns = List.copyOf(columns);
    }
}
