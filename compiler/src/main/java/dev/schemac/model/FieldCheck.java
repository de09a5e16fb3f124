package dev.schemac.model;

import dev.schemac.source.Span;
import java.math.BigDecimal;

/**
 * A constraint on one field's values, from {@code @check @min @max @length @pattern}.
 * {@code name} is the constraint's explicit {@code name = "..."}, or null: the field's
 * unnamed checks share one derived constraint, named ones are grouped by name.
 */
public sealed interface FieldCheck {
    Span span();

    String name();

    /** {@code field OP value}; the value is a number or a string, matching the field. */
    record Compare(Span span, Op op, Object value, String name) implements FieldCheck {
        public Compare(Span span, Op op, Object value) { this(span, op, value, null); }

        public BigDecimal number() { return (BigDecimal) value; }
    }

    /** Length bounds of a text value; either bound may be null. */
    record Length(Span span, Integer min, Integer max, String name) implements FieldCheck {
        public Length(Span span, Integer min, Integer max) { this(span, min, max, null); }
    }

    /** A regular expression the whole value must match. */
    record Pattern(Span span, String regex, String name) implements FieldCheck {
        public Pattern(Span span, String regex) { this(span, regex, null); }
    }
}
