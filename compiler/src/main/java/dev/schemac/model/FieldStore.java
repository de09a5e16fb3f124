package dev.schemac.model;

import dev.schemac.source.Span;

/**
 * What a field says about document and key-value stores: {@code @embed} (its span, or null)
 * on a relation field, and {@code @ttl("...")} (or null) on a datetime field.
 */
public record FieldStore(Span embed, Ttl ttl) {
    public static final FieldStore NONE = new FieldStore(null, null);

    public boolean embedded() { return embed != null; }
}
