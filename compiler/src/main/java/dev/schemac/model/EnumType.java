package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;

public record EnumType(Span span, String name, String doc, List<EnumMember> values) {
    public EnumType {
        values = List.copyOf(values);
    }

    public boolean has(String value) {
        return values.stream().anyMatch(v -> v.name().equals(value));
    }
}
