package dev.schemac.ast;

import dev.schemac.model.Op;
import dev.schemac.source.Span;
import java.util.List;

/** One argument of an attribute, in one of the shapes the grammar allows. */
public sealed interface Argument extends Node {

    /** {@code value} */
    record Positional(Span span, Value value) implements Argument {}

    /** {@code name = value}, or {@code name: value} ({@code colon}; the formatter keeps the spelling). */
    record Named(Span span, Ident name, Value value, boolean colon) implements Argument {
        public Named(Span span, Ident name, Value value) {
            this(span, name, value, false);
        }
    }

    /** {@code >= 0}: a comparison against the field the attribute is on. */
    record Compare(Span span, Op op, Value value) implements Argument {}

    /** {@code a <= b} */
    record BinaryCompare(Span span, Value left, Op op, Value right) implements Argument {}

    /** {@code a, b -> c, d} */
    record Dependency(Span span, List<Ident> from, List<Ident> to) implements Argument {
        public Dependency {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }
}
