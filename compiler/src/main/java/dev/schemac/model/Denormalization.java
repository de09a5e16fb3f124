package dev.schemac.model;

import dev.schemac.source.Span;

/** {@code @@denormalized("reason")}: normal-form findings here are intended, for this reason. */
public record Denormalization(Span span, String reason) {
}
