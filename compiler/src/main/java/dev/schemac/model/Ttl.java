package dev.schemac.model;

import dev.schemac.source.Span;

/**
 * A validated duration from {@code @@cache(ttl = "15m")} or {@code @ttl("30d")}: the text as
 * written and its length in whole seconds (what Redis {@code EXPIRE} and MongoDB's
 * {@code expireAfterSeconds} take).
 */
public record Ttl(Span span, String text, long seconds) {
}
