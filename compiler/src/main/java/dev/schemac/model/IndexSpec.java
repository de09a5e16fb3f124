package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * An index or unique constraint over fields (relation fields stand for their key columns);
 * {@code mixin} names the mixin that declares it, or is null when the entity does (the
 * documents say where it is declared).
 */
public record IndexSpec(Span span, List<String> fields, String name, String mixin) {
    public IndexSpec {
        fields = List.copyOf(fields);
    }

    /** One the entity declares itself. */
    public IndexSpec(Span span, List<String> fields, String name) {
        this(span, fields, name, null);
    }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof IndexSpec that && Objects.equals(span, that.span) &&
                Objects.equals(fields, that.fields) && Objects.equals(name, that.name) && Objects.equals(mixin, that.mixin);
    }

    @Override public int hashCode() {
        return Objects.hash(span, fields, name, mixin);
    }
}
