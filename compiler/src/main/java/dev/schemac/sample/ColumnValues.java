package dev.schemac.sample;

import dev.schemac.model.Op;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A value for one non-key column that its own checks accept: numbers are drawn from the
 * interval the {@code @check}, {@code @min} and {@code @max} terms leave open, text is
 * built to the length bounds and the {@code @pattern}, enums take one of their stored
 * values. {@code n} is the row's number, written into text so that unique text stays unique.
 */
final class ColumnValues {
    private final Random random;
    private final LocalDateTime base;

    ColumnValues(Random random, LocalDateTime base) {
        this.random = random;
        this.base = base;
    }

    Object value(Table t, Column c, int n, List<String> enumValues) {
        if (enumValues != null) return enumValues.get(random.nextInt(enumValues.size()));
        List<Check.Term> terms = termsOn(t, c.name());
        ScalarKind k = c.type().kind();
        if (k.isInteger()) return integer(c, terms, n);
        if (k == ScalarKind.DECIMAL || k == ScalarKind.FLOAT || k == ScalarKind.DOUBLE) return decimal(c, terms);
        if (k.isText()) return text(t, c, terms, n);
        return switch (k) {
            case BOOL -> random.nextBoolean();
            case DATE -> base.toLocalDate().plusDays(random.nextInt(60));
            case TIME -> base.toLocalTime().plusMinutes(15L * random.nextInt(96)).withNano(0);
            // A now() default records when the row was written: row n is written n hours after the base time.
            case DATETIME -> c.defaultValue() instanceof dev.schemac.catalog.ColumnDefault.Now
                    ? base.plusHours(n).withNano(0) : base.plusMinutes(random.nextInt(60 * 24 * 30)).withNano(0);
            case UUID -> uuid(random);
            case JSON -> "{\"n\": " + n + "}";
            case BYTES -> bytes();
            default -> throw new IllegalStateException("no sample for " + k);
        };
    }

    static List<Check.Term> termsOn(Table t, String column) {
        var out = new ArrayList<Check.Term>();
        for (Check ch : t.checks()) {
            for (Check.Term term : ch.terms()) {
                String col = null;
                if (term instanceof Check.Compare cmp) col = cmp.column();
                else if (term instanceof Check.Length l) col = l.column();
                else if (term instanceof Check.Pattern p) col = p.column();
                else if (term instanceof Check.EnumMember e) col = e.column();
                if (column.equals(col)) out.add(term);
            }
        }
        return out;
    }

    static String uuid(Random random) {
        var hex = new StringBuilder();
        for (int i = 0; i < 32; i++) hex.append(Character.forDigit(random.nextInt(16), 16));
        hex.setCharAt(12, '4');
        hex.setCharAt(16, "89ab".charAt(random.nextInt(4)));
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20);
    }

    private byte[] bytes() {
        byte[] b = new byte[4 + random.nextInt(5)];
        random.nextBytes(b);
        return b;
    }

    private Object integer(Column c, List<Check.Term> terms, int n) {
        long max = switch (c.type().kind()) {
            case SMALLINT -> Short.MAX_VALUE;
            case INT -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long min = switch (c.type().kind()) {
            case SMALLINT -> Short.MIN_VALUE;
            case INT -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
        BigDecimal[] range = range(terms, BigDecimal.ONE, new BigDecimal(Math.min(max, 1000)), BigDecimal.ONE);
        // The checks may leave an interval at the edge of the type: keep inside what the column holds.
        BigDecimal top = BigDecimal.valueOf(max);
        BigDecimal bottom = BigDecimal.valueOf(min);
        long lo = range[0].max(bottom).min(top).setScale(0, RoundingMode.CEILING).longValueExact();
        long hi = range[1].max(bottom).min(top).setScale(0, RoundingMode.FLOOR).longValueExact();
        if (range[0].compareTo(top) > 0 || range[1].compareTo(bottom) < 0) return null;
        if (hi < lo) return null;
        long width = hi - lo;
        if (width >= 0 && width < Long.MAX_VALUE) return lo + (long) (random.nextDouble() * (width + 1));
        // hi - lo does not fit a long (the whole bigint range): draw the offset in BigDecimal.
        BigDecimal span = BigDecimal.valueOf(hi).subtract(BigDecimal.valueOf(lo)).add(BigDecimal.ONE);
        return BigDecimal.valueOf(lo).add(span.multiply(BigDecimal.valueOf(random.nextDouble())).setScale(0, RoundingMode.FLOOR))
                .min(BigDecimal.valueOf(hi)).longValueExact();
    }

    private Object decimal(Column c, List<Check.Term> terms) {
        int scale = c.type().scale() != null ? c.type().scale() : 2;
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal top = new BigDecimal("1000");
        if (c.type().precision() != null) {
            BigDecimal limit = BigDecimal.ONE.movePointRight(c.type().precision() - scale).subtract(step);
            top = top.min(limit);
        }
        BigDecimal[] range = range(terms, BigDecimal.ONE.min(top), top, step);
        if (range[1].compareTo(range[0]) < 0) return null;
        long steps = range[1].subtract(range[0]).divide(step, 0, RoundingMode.FLOOR).longValue();
        return range[0].add(step.multiply(BigDecimal.valueOf((long) (random.nextDouble() * (steps + 1))))).setScale(scale,
                RoundingMode.UNNECESSARY);
    }

    /** The closed interval the comparison terms allow, starting from a default one; {@code step} turns < into <=. */
    private static BigDecimal[] range(List<Check.Term> terms, BigDecimal lo, BigDecimal hi, BigDecimal step) {
        boolean loSet = false, hiSet = false;
        for (Check.Term t : terms) {
            if (!(t instanceof Check.Compare c) || !(c.literal() instanceof BigDecimal v)) continue;
            switch (c.op()) {
                case GT -> { lo = loSet ? lo.max(v.add(step)) : v.add(step); loSet = true; }
                case GE -> { lo = loSet ? lo.max(v) : v; loSet = true; }
                case LT -> { hi = hiSet ? hi.min(v.subtract(step)) : v.subtract(step); hiSet = true; }
                case LE -> { hi = hiSet ? hi.min(v) : v; hiSet = true; }
                case EQ -> { lo = v; hi = v; loSet = hiSet = true; }
                default -> { }
            }
        }
        if (loSet && !hiSet && hi.compareTo(lo) < 0) hi = lo.add(new BigDecimal(1000));
        if (hiSet && !loSet && lo.compareTo(hi) > 0) lo = hi.subtract(new BigDecimal(1000));
        lo = roundUp(lo, step);
        return new BigDecimal[] {lo, hi};
    }

    /** Rounds a lower bound up to the column's step so it stays inside the interval. */
    private static BigDecimal roundUp(BigDecimal lo, BigDecimal step) {
        return lo.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    private String text(Table t, Column c, List<Check.Term> terms, int n) {
        int max = c.type().length() != null ? c.type().length() : 40;
        int min = 1;
        for (Check.Term term : terms) {
            if (term instanceof Check.Length l) {
                if (l.min() != null) min = Math.max(min, l.min());
                if (l.max() != null) max = Math.min(max, l.max());
            }
        }
        for (Check.Term term : terms) {
            if (term instanceof Check.Pattern p) {
                for (int i = 0; i < 20; i++) {
                    String s = RegexSample.sample(p.regex(), random, max);
                    if (s != null && s.length() >= min && s.length() <= max) return s;
                }
                return null;
            }
        }
        if (c.secret()) {
            // A secret column holds a digest, never the readable value, so the sample is a hex digest too.
            var hex = new StringBuilder();
            for (int i = 0; i < Math.max(min, Math.min(max, 64)); i++) hex.append(Character.forDigit(random.nextInt(16), 16));
            return hex.toString();
        }
        String s = c.name().contains("email") ? t.name() + n + "@example.com" : c.name().replace('_', ' ') + " " + n;
        if (s.length() > max) s = s.substring(s.length() - max);
        if (s.length() < min) s = s + "x".repeat(min - s.length());
        return s;
    }

    /** Whether {@code value} satisfies {@code term} (the generator's own proof before a row is kept). */
    static boolean holds(Check.Term term, java.util.Map<String, Object> row) {
        if (term instanceof Check.Compare c) {
            Object v = row.get(c.column());
            return v == null || op(c.op(), compare(v, c.literal()));
        }
        if (term instanceof Check.ColumnCompare c) {
            Object l = row.get(c.left()), r = row.get(c.right());
            return l == null || r == null || op(c.op(), compare(l, r));
        }
        if (term instanceof Check.Length l) {
            Object v = row.get(l.column());
            if (v == null) return true;
            int len = ((String) v).codePointCount(0, ((String) v).length());
            return (l.min() == null || len >= l.min()) && (l.max() == null || len <= l.max());
        }
        if (term instanceof Check.Pattern p) {
            Object v = row.get(p.column());
            // As the databases read it (resolve.PatternDialect): the whole value, `.` matching every character.
            return v == null || java.util.regex.Pattern.compile(p.regex(), java.util.regex.Pattern.DOTALL).matcher((String) v).matches();
        }
        Check.EnumMember e = (Check.EnumMember) term;
        Object v = row.get(e.column());
        return v == null || e.values().contains(v);
    }

    static boolean op(Op op, int cmp) {
        return switch (op) {
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        if (a instanceof Comparable x && a.getClass() == b.getClass()) return x.compareTo(b);
        return a.toString().compareTo(b.toString());
    }
}
