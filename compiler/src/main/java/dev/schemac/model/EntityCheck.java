package dev.schemac.model;

import dev.schemac.source.Span;

/** {@code @@check(left OP right)} between two fields of one entity; {@code name} is explicit or null. */
public record EntityCheck(Span span, String left, Op op, String right, String name) {
    public EntityCheck(Span span, String left, Op op, String right) { this(span, left, op, right, null); }
}
