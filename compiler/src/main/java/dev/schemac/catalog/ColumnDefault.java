package dev.schemac.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** A column default as the database applies it. */
public sealed interface ColumnDefault {
    record Number(BigDecimal value) implements ColumnDefault {
        public Number {
            value = PlainNumber.of(value);
        }

        // Written out, with the record's own values, for the reason Span's are (a cold check links no record method).
        @Override public boolean equals(Object o) {
            return o instanceof Number that && Objects.equals(value, that.value);
        }

        @Override public int hashCode() { return Objects.hash(value); }
    }

    record Text(String value) implements ColumnDefault {
        // Written out, with the record's own values, for the reason Span's are (a cold check links no record method).
        @Override public boolean equals(Object o) {
            return o instanceof Text that && Objects.equals(value, that.value);
        }

        @Override public int hashCode() { return Objects.hash(value); }
    }

    record Bool(boolean value) implements ColumnDefault {
        // Written out, with the record's own values, for the reason Span's are (a cold check links no record method).
        @Override public boolean equals(Object o) {
            return o instanceof Bool that && value == that.value;
        }

        @Override public int hashCode() { return Objects.hash(value); }
    }

    /** An enum column's default: the stored value. */
    record EnumValue(String value) implements ColumnDefault {
        // Written out, with the record's own values, for the reason Span's are (a cold check links no record method).
        @Override public boolean equals(Object o) {
            return o instanceof EnumValue that && Objects.equals(value, that.value);
        }

        @Override public int hashCode() { return Objects.hash(value); }
    }

    /** The current date, time or timestamp, by the column's type. */
    record Now() implements ColumnDefault {
        // Written out, with the record's own values, for the reason Span's are (a cold check links no record method).
        @Override public boolean equals(Object o) {
            return o instanceof Now;
        }

        @Override public int hashCode() { return Objects.hash(); }
    }

    /** A random UUID. */
    record Uuid() implements ColumnDefault {
        // Written out, with the record's own values, for the reason Span's are (a cold check links no record method).
        @Override public boolean equals(Object o) {
            return o instanceof Uuid;
        }

        @Override public int hashCode() { return Objects.hash(); }
    }
}
