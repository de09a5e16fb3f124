package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;

/** An index or unique constraint over fields (relation fields stand for their key columns). */
public record IndexSpec(Span span, List<String> fields, String name) {
    public IndexSpec {
        fields = List.copyOf(fields);
    }
}
