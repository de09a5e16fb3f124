package dev.schemac.model;

import dev.schemac.source.Span;
import java.math.BigDecimal;

/** A constraint on one field's values, from {@code @check @min @max @length @pattern}. */
public sealed interface FieldCheck {
    Span span();

    /** {@code field OP value}; the value is a number or a string, matching the field. */
    record Compare(Span span, Op op, Object value) implements FieldCheck {
        public BigDecimal number() { return (BigDecimal) value; }
    }

    /** Length bounds of a text value; either bound may be null. */
    record Length(Span span, Integer min, Integer max) implements FieldCheck {}

    /** A regular expression the whole value must match. */
    record Pattern(Span span, String regex) implements FieldCheck {}
}
