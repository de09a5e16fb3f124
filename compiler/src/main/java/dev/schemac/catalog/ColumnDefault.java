package dev.schemac.catalog;

import java.math.BigDecimal;

/** A column default as the database applies it. */
public sealed interface ColumnDefault {
    record Number(BigDecimal value) implements ColumnDefault {}

    record Text(String value) implements ColumnDefault {}

    record Bool(boolean value) implements ColumnDefault {}

    /** An enum column's default: the stored value. */
    record EnumValue(String value) implements ColumnDefault {}

    /** The current date, time or timestamp, by the column's type. */
    record Now() implements ColumnDefault {}

    /** A random UUID. */
    record Uuid() implements ColumnDefault {}
}
