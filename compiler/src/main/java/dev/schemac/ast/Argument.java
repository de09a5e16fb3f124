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

    /**
     * {@code >= 0}: a comparison against the field the attribute is on. {@code written}: the
     * operator as the source spells it ({@code =} or {@code ==} for {@link Op#EQ}), which the
     * formatter keeps.
     */
    record Compare(Span span, Op op, Value value, String written) implements Argument {
        public Compare(Span span, Op op, Value value) {
            this(span, op, value, op.symbol());
        }
    }

    /**
     * {@code a <= b}. {@code written}: the operator as the source spells it; {@code name == x}
     * must not be printed {@code name = x}, which is a named argument.
     */
    record BinaryCompare(Span span, Value left, Op op, Value right, String written) implements Argument {
        public BinaryCompare(Span span, Value left, Op op, Value right) {
            this(span, left, op, right, op == Op.EQ ? "==" : op.symbol());
        }
    }

    /** {@code a, b -> c, d} */
    record Dependency(Span span, List<Ident> from, List<Ident> to) implements Argument {
        public Dependency {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }
}
