package dev.schemac.sample;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.ColumnType;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The values of an ordered column as numbers on one line, so that the intervals that checks
 * leave can be computed the same way for every kind: integers and decimals as themselves,
 * dates as days since 1970-01-01, date-times as seconds since then (UTC), times as seconds
 * since midnight. {@link #step} is the grid the values are taken from.
 *
 * <p>Two grids, for two questions. {@link #ofType} is what the type can hold (SC415 asks it:
 * a table is refused only when its type has no value the checks accept): microseconds for
 * times (PostgreSQL's {@code time}, MySQL's {@code DATETIME(6)}), and for {@code float} and
 * {@code double}, which have no scale, a step finer than every check literal's own digits.
 * {@link #forSample} is what the generator writes: whole seconds, as every engine and every
 * target (MySQL's {@code TIME} has none below the second) keeps them. A row that only the
 * finer grid holds is then the sample's shortfall (SC771), not the model's error.
 */
record Ordinal(ColumnType type, BigDecimal step) {
    static final BigDecimal DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal MICRO = BigDecimal.ONE.movePointLeft(6);
    /** The scale of a float or double column no check literal asks finer than. */
    private static final int APPROX_SCALE = 2;

    ScalarKind kind() { return type.kind(); }

    static boolean applies(ColumnType type) {
        return !type.isEnum() && (type.kind().isNumeric() || type.kind().isTemporal());
    }

    /** The grid of what the type holds, fine enough for the literals of {@code terms}. */
    static Ordinal ofType(ColumnType type, List<Check.Term> terms) {
        return new Ordinal(type, switch (type.kind()) {
            case DATETIME, TIME -> MICRO;
            default -> forSample(type, terms).step();
        });
    }

    /** The grid the generator draws from: whole seconds, and the type's own for the rest. */
    static Ordinal forSample(ColumnType type, List<Check.Term> terms) {
        ScalarKind k = type.kind();
        if (k.isInteger() || k.isTemporal()) return new Ordinal(type, BigDecimal.ONE);
        if (k == ScalarKind.DECIMAL && type.scale() != null) return new Ordinal(type, BigDecimal.ONE.movePointLeft(type.scale()));
        // No scale: one digit finer than the finest literal, so that a value fits between two
        // bounds written with that many digits (> 0.1 and < 0.100001 leave 0.1000001 ...).
        int scale = APPROX_SCALE;
        for (Check.Term t : terms) {
            if (t instanceof Check.Compare c && c.literal() instanceof BigDecimal b) scale = Math.max(scale, b.scale() + 1);
        }
        return new Ordinal(type, BigDecimal.ONE.movePointLeft(scale));
    }

    int scale() {
        return Math.max(0, step.scale());
    }

    /** The closed range the column's type can hold. */
    BigDecimal[] typeRange() {
        return switch (kind()) {
            case SMALLINT -> range(Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> range(Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> range(Long.MIN_VALUE, Long.MAX_VALUE);
            case DECIMAL -> {
                int digits = type.precision() != null ? type.precision() - scale() : 12;
                BigDecimal top = BigDecimal.ONE.movePointRight(digits).subtract(step);
                yield new BigDecimal[] {top.negate(), top};
            }
            case FLOAT -> symmetric(new BigDecimal(Float.MAX_VALUE));
            case DOUBLE -> symmetric(new BigDecimal(Double.MAX_VALUE));
            // Years 1 to 9999: what the language's date literals, PostgreSQL and MySQL's DATE/DATETIME(6) hold.
            case DATE -> range(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay());
            case DATETIME -> new BigDecimal[] {
                BigDecimal.valueOf(LocalDateTime.of(1, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC)),
                BigDecimal.valueOf(LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC)).add(BigDecimal.ONE).subtract(step)};
            case TIME -> new BigDecimal[] {BigDecimal.ZERO, DAY.subtract(step)};
            default -> throw new IllegalStateException("not ordered: " + kind());
        };
    }

    private BigDecimal[] symmetric(BigDecimal max) {
        BigDecimal top = max.setScale(scale(), RoundingMode.FLOOR);
        return new BigDecimal[] {top.negate(), top};
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
        if (v instanceof LocalDateTime t) return seconds(t.toEpochSecond(ZoneOffset.UTC), t.getNano());
        if (v instanceof LocalTime t) return seconds(t.toSecondOfDay(), t.getNano());
        if (v instanceof String s) {
            Object parsed = parse(s);
            return parsed == null ? null : of(parsed);
        }
        return null;
    }

    private static BigDecimal seconds(long whole, int nanos) {
        BigDecimal s = BigDecimal.valueOf(whole);
        return nanos == 0 ? s : s.add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros();
    }

    /** The value of the column at an ordinal (rounded down to the column's step). */
    Object value(BigDecimal o) {
        return switch (kind()) {
            case SMALLINT, INT, BIGINT -> o.setScale(0, RoundingMode.FLOOR).longValueExact();
            case DECIMAL, FLOAT, DOUBLE -> o.setScale(scale(), RoundingMode.FLOOR);
            case DATE -> LocalDate.ofEpochDay(o.longValue());
            case DATETIME -> LocalDateTime.ofEpochSecond(o.setScale(0, RoundingMode.FLOOR).longValueExact(), nanos(o), ZoneOffset.UTC);
            case TIME -> LocalTime.ofNanoOfDay(o.setScale(0, RoundingMode.FLOOR).longValueExact() * 1_000_000_000L + nanos(o));
            default -> throw new IllegalStateException("not ordered: " + kind());
        };
    }

    private static int nanos(BigDecimal o) {
        return o.subtract(o.setScale(0, RoundingMode.FLOOR)).movePointRight(9).setScale(0, RoundingMode.FLOOR).intValueExact();
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
