package dev.schemac.model;

import dev.schemac.source.Span;

/** {@code @@check(left OP right)} between two fields of one entity. */
public record EntityCheck(Span span, String left, Op op, String right) {
}
