package dev.schemac.model;

import java.util.List;

/**
 * A key-value key as written in {@code @@cache(key = "session:{token}")}: literal text and
 * {@code {field}} placeholders, in order. Placeholders name fields of the entity (a relation
 * field stands for its key columns).
 */
public record KeyPattern(String text, List<Part> parts) {
    public KeyPattern {
        parts = List.copyOf(parts);
    }

    public sealed interface Part {}

    public record Literal(String text) implements Part {}

    public record Placeholder(String field) implements Part {}

    public List<String> fields() {
        return parts.stream().filter(p -> p instanceof Placeholder).map(p -> ((Placeholder) p).field()).toList();
    }
}
