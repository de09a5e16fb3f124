package dev.schemac.analysis;

import java.util.List;

/**
 * {@code from -> to}, with what declared it: {@code "primary key"}, {@code "@unique"},
 * {@code "@@unique"} or {@code "@@depends"} (for a minimal-cover dependency, the kinds of the
 * declarations it was derived from). No source location: the same model written as
 * annotated Java must give the same analysis.
 */
public record FunctionalDependency(List<String> from, List<String> to, String source) {
    public FunctionalDependency {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
