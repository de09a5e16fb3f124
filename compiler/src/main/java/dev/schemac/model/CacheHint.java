package dev.schemac.model;

import dev.schemac.source.Span;

/**
 * {@code @@cache(ttl = "15m", key = "...")}: the entity's rows are cached in a key-value
 * store and expire {@code ttl} after each write; {@code key} (null when not given) replaces
 * the derived row key.
 */
public record CacheHint(Span span, Ttl ttl, KeyPattern key) {
}
