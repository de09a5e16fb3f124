package dev.schemac.check.normalform;

import dev.schemac.source.Span;
import java.util.Objects;

/**
 * Where a functional dependency of an entity was declared: {@code "primary key"},
 * {@code "@unique"}, {@code "@@unique"} or {@code "@@depends"}, and the span to point a
 * diagnostic at.
 */
public record FdOrigin(String source, Span span) {
    public static final String PRIMARY_KEY = "primary key";
    public static final String UNIQUE_FIELD = "@unique";
    public static final String UNIQUE = "@@unique";
    public static final String DEPENDS = "@@depends";

    public boolean isDeclaredDependency() { return source.equals(DEPENDS); }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof FdOrigin that && Objects.equals(source, that.source) &&
                Objects.equals(span, that.span);
    }

    @Override public int hashCode() {
        return Objects.hash(source, span);
    }
}
