package dev.schemac.ast;

import dev.schemac.source.Span;

/** {@code key = value} inside the schema header. */
public record Setting(Span span, Ident key, Value value) implements Node {
}
