package dev.schemac.check.normalform;

import dev.schemac.source.Span;

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
}
