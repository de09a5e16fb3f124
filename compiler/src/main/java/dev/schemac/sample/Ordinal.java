package dev.schemac.sample;

import dev.schemac.catalog.ColumnType;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The values of an ordered column as numbers on one line, so that the intervals that checks
 * leave can be computed the same way for every kind: integers and decimals as themselves,
 * dates as days since 1970-01-01, date-times as seconds since then (UTC), times as seconds
 * since midnight. {@link #step} is the smallest difference the column can store.
 */
record Ordinal(ColumnType type) {
    static final BigDecimal DAY = BigDecimal.valueOf(86_400);

    ScalarKind kind() { return type.kind(); }

    static boolean applies(ColumnType type) {
        return !type.isEnum() && (type.kind().isNumeric() || type.kind().isTemporal());
    }

    BigDecimal step() {
        ScalarKind k = kind();
        if (k.isInteger() || k.isTemporal()) return BigDecimal.ONE;
        return BigDecimal.ONE.movePointLeft(scale());
    }

    int scale() {
        return type.scale() != null ? type.scale() : 2;
    }

    /** The closed range the column's type can hold. */
    BigDecimal[] typeRange() {
        return switch (kind()) {
            case SMALLINT -> range(Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> range(Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> range(Long.MIN_VALUE, Long.MAX_VALUE);
            case DECIMAL, FLOAT, DOUBLE -> {
                // FLOAT and DOUBLE have no precision: bound them where every engine stores the value exactly enough.
                int digits = type.precision() != null ? type.precision() - scale() : 12;
                BigDecimal top = BigDecimal.ONE.movePointRight(digits).subtract(step());
                yield new BigDecimal[] {top.negate(), top};
            }
            case DATE -> range(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay());
            case DATETIME -> range(LocalDateTime.of(1971, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                    LocalDateTime.of(2037, 12, 31, 0, 0).toEpochSecond(ZoneOffset.UTC));
            case TIME -> range(0, 86_399);
            default -> throw new IllegalStateException("not ordered: " + kind());
        };
    }

    private static BigDecimal[] range(long lo, long hi) {
        return new BigDecimal[] {BigDecimal.valueOf(lo), BigDecimal.valueOf(hi)};
    }

    /** The ordinal of a value of the column, or of a check's literal; null when it cannot be read as one. */
    BigDecimal of(Object v) {
        if (v instanceof BigDecimal b) return b;
        if (v instanceof Long || v instanceof Integer) return BigDecimal.valueOf(((Number) v).longValue());
        if (v instanceof Double d) return BigDecimal.valueOf(d);
        if (v instanceof LocalDate d) return BigDecimal.valueOf(d.toEpochDay());
        if (v instanceof LocalDateTime t) return BigDecimal.valueOf(t.toEpochSecond(ZoneOffset.UTC));
        if (v instanceof LocalTime t) return BigDecimal.valueOf(t.toSecondOfDay());
        if (v instanceof String s) {
            Object parsed = parse(s);
            return parsed == null ? null : of(parsed);
        }
        return null;
    }

    /** The value of the column at an ordinal (rounded down to the column's step). */
    Object value(BigDecimal o) {
        return switch (kind()) {
            case SMALLINT, INT, BIGINT -> o.setScale(0, RoundingMode.FLOOR).longValueExact();
            case DECIMAL, FLOAT, DOUBLE -> o.setScale(scale(), RoundingMode.FLOOR);
            case DATE -> LocalDate.ofEpochDay(o.longValue());
            case DATETIME -> LocalDateTime.ofEpochSecond(o.longValue(), 0, ZoneOffset.UTC);
            case TIME -> LocalTime.ofSecondOfDay(o.longValue());
            default -> throw new IllegalStateException("not ordered: " + kind());
        };
    }

    /** A check's literal for a temporal column, as the databases read it; null when it is not one. */
    private Object parse(String s) {
        String t = s.strip();
        try {
            return switch (kind()) {
                case DATE -> LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
                case DATETIME -> t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t.replace(' ', 'T'));
                case TIME -> LocalTime.parse(t);
                default -> null;
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
