package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;
import java.util.Objects;

/** An index or unique constraint over fields (relation fields stand for their key columns). */
public record IndexSpec(Span span, List<String> fields, String name) {
    public IndexSpec {
        fields = List.copyOf(fields);
    }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof IndexSpec that && Objects.equals(span, that.span) &&
                Objects.equals(fields, that.fields) && Objects.equals(name, that.name);
    }

    @Override public int hashCode() {
        return Objects.hash(span, fields, name);
    }
}
