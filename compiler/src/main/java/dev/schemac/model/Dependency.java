package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;

/** A declared functional dependency {@code from -> to} ({@code @@depends}). */
public record Dependency(Span span, List<String> from, List<String> to) {
    public Dependency {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
