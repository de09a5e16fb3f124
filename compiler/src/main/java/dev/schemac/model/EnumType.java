package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;

/** A resolved enum; {@code nameSpan} is where its name is written, for what is named after it (a Java source's file name). */
public record EnumType(Span span, String name, Span nameSpan, String doc, List<EnumMember> values) {
    public EnumType {
        values = List.copyOf(values);
        if (nameSpan == null) nameSpan = span;
    }

    public boolean has(String value) {
        return values.stream().anyMatch(v -> v.name().equals(value));
    }
}
