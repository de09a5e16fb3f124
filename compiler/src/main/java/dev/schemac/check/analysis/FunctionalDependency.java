package dev.schemac.check.analysis;

import java.util.List;

/**
 * {@code from -> to}, with where it comes from: {@code "primary key"}, {@code "@unique"},
 * {@code "@@unique"} or {@code "@@depends"}, and the source location ({@code file:line:col}).
 */
public record FunctionalDependency(List<String> from, List<String> to, String source, String location) {
    public FunctionalDependency {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
