package dev.schemac.sample;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.Op;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * A value for one non-key column that its own checks accept and that looks like what the
 * column's name says it holds ({@link Meaning}): ordered values (numbers, dates, times) are
 * drawn from the interval that {@code @check}, {@code @min}, {@code @max} and the columns
 * they are compared with leave, preferring the range typical of the meaning; text is
 * realistic ({@link Realistic}) within the length bounds, or built from the {@code @pattern}.
 */
final class ColumnValues {
    private static final BigDecimal YEAR = Ordinal.DAY.multiply(BigDecimal.valueOf(365));
    /** Below this many steps an interval is drawn from with long arithmetic. */
    private static final BigDecimal FEW_STEPS = BigDecimal.valueOf(Long.MAX_VALUE / 2);
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Where a JSON column's sample document says it came from. */
    private static final List<String> SOURCES = List.of("web", "mobile", "api", "import");

    private final Random random;
    private final LocalDateTime base;
    /** The base instant as ordinals of a date-time and of a date (asked for every past value). */
    private final BigDecimal nowSeconds, nowDays;
    private final Realistic realistic;

    ColumnValues(Random random, LocalDateTime base) {
        this.random = random;
        this.base = base;
        this.nowSeconds = BigDecimal.valueOf(base.toEpochSecond(ZoneOffset.UTC));
        this.nowDays = BigDecimal.valueOf(base.toLocalDate().toEpochDay());
        this.realistic = new Realistic(random);
    }

    /**
     * What the value of one column in one row depends on besides the column's own plan: the
     * row's number {@code n} of {@code rows}, the comparisons with columns already chosen, and
     * which values a unique column has already used.
     */
    record Ask(int n, int rows, List<Related> related, Predicate<Object> taken) {}

    /**
     * A comparison with a column of the same row chosen before this one, seen from this
     * column ({@code this OP value}); {@code value} is that column's value.
     */
    record Related(String column, Op op, Object value) {}

    /** Starts a new row (its person-related columns describe one person). */
    void newRow() {
        realistic.newRow();
    }

    Object value(ColumnPlan p, Ask ask) {
        Column c = p.column;
        Meaning m = p.meaning;
        ScalarKind k = c.type().kind();
        if (p.ordinal != null) return ordered(p, ask);
        if (k.isText()) return text(c, m, p.terms, ask, p.orderedTextLower);
        return switch (k) {
            case BOOL -> switch (m) {
                case USUALLY_TRUE -> random.nextInt(10) < 9;
                case USUALLY_FALSE -> random.nextInt(10) == 0;
                default -> random.nextBoolean();
            };
            case UUID -> uuid(random);
            case JSON -> "{\"source\": \"" + SOURCES.get(random.nextInt(SOURCES.size())) + "\", \"version\": "
                    + (1 + random.nextInt(5)) + "}";
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

    /** A version 4 UUID, 8-4-4-4-12 lower-case hex digits. */
    static String uuid(Random random) {
        char[] out = new char[36];
        // 32 digits are drawn, then the version digit is set and the variant digit drawn.
        for (int i = 0, at = 0; i < 32; i++, at++) {
            if (at == 8 || at == 13 || at == 18 || at == 23) out[at++] = '-';
            out[at] = HEX[random.nextInt(16)];
        }
        out[14] = '4';
        out[19] = "89ab".charAt(random.nextInt(4));
        return new String(out);
    }

    private byte[] bytes() {
        byte[] b = new byte[4 + random.nextInt(5)];
        random.nextBytes(b);
        return b;
    }

    // --- ordered values

    /**
     * The closed interval of ordinals the type and the comparison terms allow; an end is null
     * when nothing bounds it but the type. Empty when lo > hi.
     */
    static BigDecimal[] allowed(Ordinal o, List<Check.Term> terms, List<Related> related) {
        BigDecimal[] r = o.typeRange();
        for (Check.Term t : terms) if (t instanceof Check.Compare c) r = narrowed(o, r, c.op(), c.literal());
        return within(o, r, related);
    }

    /**
     * {@link #allowed} by the type and the checks, as the generator draws from it: a
     * {@code float} keeps off its bounds (GE as GT, LE as LT), since the value it stores is
     * the binary32 nearest the one written, which may fall on either side of a bound that
     * binary32 cannot hold exactly, whichever way the DDL writes that bound.
     */
    static BigDecimal[] sampled(Ordinal o, List<Check.Term> terms) {
        if (o.kind() != ScalarKind.FLOAT) return allowed(o, terms, List.of());
        var inside = new ArrayList<Check.Term>();
        for (Check.Term t : terms) {
            if (t instanceof Check.Compare c && (c.op() == Op.GE || c.op() == Op.LE)) {
                inside.add(new Check.Compare(c.column(), c.op() == Op.GE ? Op.GT : Op.LT, c.literal()));
            } else {
                inside.add(t);
            }
        }
        return allowed(o, inside, List.of());
    }

    /**
     * {@code range} narrowed by the comparisons with columns already chosen: {@link #allowed}
     * in two steps, the first (type and checks) the same for every row. {@code range} itself
     * when there are none; never changed.
     */
    static BigDecimal[] within(Ordinal o, BigDecimal[] range, List<Related> related) {
        BigDecimal[] r = range;
        for (Related x : related) r = narrowed(o, r, x.op(), x.value());
        return r;
    }

    /** The interval {@code range} where {@code value OP v} holds too (a fresh array when it narrows). */
    private static BigDecimal[] narrowed(Ordinal o, BigDecimal[] range, Op op, Object value) {
        BigDecimal v = o.of(value);
        if (v == null) return range;
        BigDecimal lo = range[0], hi = range[1], step = o.step();
        switch (op) {
            case GT -> lo = lo.max(roundUp(v.add(v.remainder(step).signum() == 0 ? step : BigDecimal.ZERO), step));
            case GE -> lo = lo.max(roundUp(v, step));
            case LT -> hi = hi.min(roundDown(v.subtract(v.remainder(step).signum() == 0 ? step : BigDecimal.ZERO), step));
            case LE -> hi = hi.min(roundDown(v, step));
            case EQ -> { lo = lo.max(v); hi = hi.min(v); }
            default -> { return range; }
        }
        return new BigDecimal[] {lo, hi};
    }

    private static BigDecimal roundUp(BigDecimal v, BigDecimal step) {
        // A whole number is already a multiple of one: the division would give it back, scale and all.
        if (v.scale() == 0 && step.equals(BigDecimal.ONE)) return v;
        return quotient(v, step, RoundingMode.CEILING).multiply(step);
    }

    private static BigDecimal roundDown(BigDecimal v, BigDecimal step) {
        if (v.scale() == 0 && step.equals(BigDecimal.ONE)) return v;
        return quotient(v, step, RoundingMode.FLOOR).multiply(step);
    }

    /**
     * {@code v.divide(d, 0, mode)} for FLOOR or CEILING: the same value and scale, by long
     * division when both are whole numbers of at most 18 digits (days, seconds, counts: what
     * nearly every ordinal is), as that is many times cheaper than BigDecimal's.
     */
    static BigDecimal quotient(BigDecimal v, BigDecimal d, RoundingMode mode) {
        if (v.scale() != 0 || d.scale() != 0 || v.precision() > 18 || d.precision() > 18) return v.divide(d, 0, mode);
        long a = v.longValue(), b = d.longValue();
        return BigDecimal.valueOf(switch (mode) {
            case FLOOR -> Math.floorDiv(a, b);
            case CEILING -> -Math.floorDiv(-a, b);
            default -> throw new IllegalArgumentException("rounding " + mode);
        });
    }

    private Object ordered(ColumnPlan p, Ask ask) {
        Ordinal o = p.ordinal;
        Meaning m = p.meaning;
        BigDecimal[] allowed = within(o, p.bounds, ask.related());
        if (allowed[0].compareTo(allowed[1]) > 0) return null;
        BigDecimal[] typical = typical(o, m, ask);
        BigDecimal[] related = related(o, ask.related());
        if (related != null) typical = related;
        if (past(m) && o.kind() != ScalarKind.TIME) {
            // What has happened happened by the time the rows are written.
            BigDecimal now = o.kind() == ScalarKind.DATE ? nowDays : nowSeconds;
            if (typical[0].compareTo(now) <= 0) typical = new BigDecimal[] {typical[0], typical[1].min(now)};
        }
        BigDecimal lo = allowed[0].max(typical[0]), hi = allowed[1].min(typical[1]);
        if (lo.compareTo(hi) > 0) {
            // The checks leave no room where values usually are: stay near the end of what they allow.
            BigDecimal width = typical[1].subtract(typical[0]);
            if (allowed[1].compareTo(typical[0]) < 0) {
                lo = allowed[0].max(allowed[1].subtract(width));
                hi = allowed[1];
            } else {
                lo = allowed[0];
                hi = allowed[1].min(allowed[0].add(width));
            }
        }
        BigDecimal grain = grain(o, lo, hi);
        return o.value(pick(lo, hi, grain));
    }

    private static boolean past(Meaning m) {
        return m == Meaning.CREATED || m == Meaning.UPDATED || m == Meaning.AFTER_CREATED || m == Meaning.BIRTH || m == Meaning.NONE;
    }

    /** Picks a multiple of {@code grain} in [lo, hi] (lo itself when none is). */
    private BigDecimal pick(BigDecimal lo, BigDecimal hi, BigDecimal grain) {
        BigDecimal first = roundUp(lo, grain);
        if (first.compareTo(hi) > 0) return lo;
        BigDecimal steps = quotient(hi.subtract(first), grain, RoundingMode.FLOOR);
        BigDecimal offset = steps.compareTo(FEW_STEPS) < 0
                ? BigDecimal.valueOf((long) (random.nextDouble() * (steps.longValueExact() + 1)))
                : steps.multiply(BigDecimal.valueOf(random.nextDouble())).setScale(0, RoundingMode.FLOOR);
        return first.add(offset.min(steps).multiply(grain));
    }

    /** Round numbers for times: quarter hours for a time of day, minutes for a timestamp, when the interval allows. */
    private static BigDecimal grain(Ordinal o, BigDecimal lo, BigDecimal hi) {
        BigDecimal g = switch (o.kind()) {
            case TIME -> BigDecimal.valueOf(900);
            case DATETIME -> BigDecimal.valueOf(60);
            default -> o.step();
        };
        return roundUp(lo, g).compareTo(hi) <= 0 ? g : o.step();
    }

    /**
     * When the column is compared with a column already chosen, values near that one: an end
     * shortly after its start, a discount at most the price.
     */
    private static BigDecimal[] related(Ordinal o, List<Related> related) {
        BigDecimal lo = null, hi = null;
        for (Related r : related) {
            BigDecimal v = o.of(r.value());
            if (v == null) continue;
            if (r.op() == Op.GT || r.op() == Op.GE) lo = lo == null ? v : lo.max(v);
            if (r.op() == Op.LT || r.op() == Op.LE) hi = hi == null ? v : hi.min(v);
            if (r.op() == Op.EQ) return new BigDecimal[] {v, v};
        }
        if (lo == null && hi == null) return null;
        BigDecimal span = switch (o.kind()) {
            case DATETIME -> Ordinal.DAY.multiply(BigDecimal.valueOf(14));
            case DATE -> BigDecimal.valueOf(30);
            case TIME -> BigDecimal.valueOf(4 * 3600);
            default -> null;
        };
        if (span == null) return null;
        if (lo != null && hi != null) return new BigDecimal[] {lo, hi};
        return lo != null ? new BigDecimal[] {lo, lo.add(span)} : new BigDecimal[] {hi.subtract(span), hi};
    }

    /** The range values of the meaning usually take, as ordinals. */
    private BigDecimal[] typical(Ordinal o, Meaning m, Ask ask) {
        ScalarKind k = o.kind();
        if (k.isTemporal()) return typicalTime(o, m, ask);
        BigDecimal[] r = switch (m) {
            case MONEY -> k.isInteger() ? span(1, 500) : span(5, 500);
            case SMALL_MONEY -> span(1, 50);
            case SALARY -> span(30_000, 150_000);
            case QUANTITY -> span(1, 10);
            case STOCK -> span(0, 500);
            case AGE -> span(18, 90);
            case YEAR -> span(base.getYear() - 30, base.getYear());
            case RATING -> span(1, 5);
            case PERCENT -> span(0, 100);
            case CAPACITY -> span(10, 500);
            case LATITUDE -> span(-60, 70);
            case LONGITUDE -> span(-180, 180);
            case DURATION -> span(60_000, 420_000);
            case ORDINAL -> span(ask.n(), ask.n());
            case COUNT -> span(0, 5_000);
            case FILE_SIZE -> span(10_000, 10_000_000);
            default -> span(1, 1000);
        };
        return r;
    }

    private static BigDecimal[] span(long lo, long hi) {
        return new BigDecimal[] {BigDecimal.valueOf(lo), BigDecimal.valueOf(hi)};
    }

    /**
     * Dates and times around the base instant (when the rows are written): rows created
     * over the year before it, oldest first; birth dates 18 to 80 years back; expiry and due
     * dates in the weeks after it; times of day in working hours.
     */
    private BigDecimal[] typicalTime(Ordinal o, Meaning m, Ask ask) {
        if (o.kind() == ScalarKind.TIME) return span(8 * 3600, 20 * 3600);
        BigDecimal now = nowSeconds;
        BigDecimal[] seconds = switch (m) {
            case CREATED -> {
                BigDecimal slot = quotient(YEAR, BigDecimal.valueOf(ask.rows()), RoundingMode.FLOOR).max(BigDecimal.ONE);
                BigDecimal start = now.subtract(YEAR).add(slot.multiply(BigDecimal.valueOf(ask.n() - 1)));
                yield new BigDecimal[] {start, start.add(slot).subtract(BigDecimal.ONE).min(now)};
            }
            case FUTURE -> new BigDecimal[] {now.add(BigDecimal.valueOf(3600)), now.add(Ordinal.DAY.multiply(BigDecimal.valueOf(90)))};
            case BIRTH -> new BigDecimal[] {now.subtract(YEAR.multiply(BigDecimal.valueOf(80))), now.subtract(YEAR.multiply(BigDecimal.valueOf(18)))};
            case NEAR -> new BigDecimal[] {now.subtract(Ordinal.DAY.multiply(BigDecimal.valueOf(60))),
                    now.add(Ordinal.DAY.multiply(BigDecimal.valueOf(60)))};
            default -> new BigDecimal[] {now.subtract(YEAR), now};
        };
        if (o.kind() == ScalarKind.DATETIME) return seconds;
        return new BigDecimal[] {quotient(seconds[0], Ordinal.DAY, RoundingMode.FLOOR), quotient(seconds[1], Ordinal.DAY, RoundingMode.FLOOR)};
    }

    // --- text

    private String text(Column c, Meaning m, List<Check.Term> terms, Ask ask, Boolean orderedLower) {
        int max = c.type().length() != null ? c.type().length() : c.type().kind() == ScalarKind.TEXT ? 400 : 60;
        int min = 1;
        String pattern = null;
        for (Check.Term term : terms) {
            if (term instanceof Check.Length l) {
                if (l.min() != null) min = Math.max(min, l.min());
                if (l.max() != null) max = Math.min(max, l.max());
            }
            if (term instanceof Check.Pattern p) pattern = p.regex();
        }
        if (min > max) return null;
        if (pattern != null) {
            // A realistic value that the pattern happens to accept is kept; otherwise the pattern builds one.
            for (int i = 0; i < 4 && m != Meaning.NONE && m != Meaning.DIGEST; i++) {
                String real = realistic.text(m, min, max);
                if (real != null && matches(pattern, real) && !ask.taken().test(real)) return real;
            }
            for (int i = 0; i < 20; i++) {
                String s = RegexSample.sample(pattern, random, max);
                if (s != null && TextLength.within(s, min, max) && !ask.taken().test(s)) return s;
            }
            return null;
        }
        if (m == Meaning.DIGEST) return hex(Math.max(min, Math.min(max, 64)));
        if (orderedLower != null) {
            // Ordered text: one case of plain letters, whose order no collation disputes, drawn
            // until it falls on the right side of the literals and of the columns already chosen.
            for (int i = 0; i < 20; i++) {
                String s = letters(min, max, orderedLower ? 'a' : 'A');
                if (!ask.taken().test(s) && inOrder(s, terms, ask.related())) return s;
            }
            return null;
        }
        String s = null;
        for (int i = 0; i < 3 && (s == null || ask.taken().test(s)); i++) s = m == Meaning.NONE ? generic(c, min, max) : realistic.text(m, min, max);
        if (s == null) s = generic(c, min, max);
        if (s != null && m == Meaning.TIER && c.defaultValue() instanceof dev.schemac.catalog.ColumnDefault.Text d
                && d.value().equals(d.value().toLowerCase(java.util.Locale.ROOT))) {
            // A plan column whose default is "free" holds its values in that spelling.
            s = s.toLowerCase(java.util.Locale.ROOT);
        }
        if (s != null && ask.taken().test(s)) s = Realistic.distinct(m, s, ask.n(), max);
        return s;
    }

    /** Text for a column whose name says nothing known: a short code when the column is short, a phrase otherwise. */
    private String generic(Column c, int min, int max) {
        String s;
        if (max < 12 || c.type().kind() == ScalarKind.CHAR) return letters(min, max, 'A');
        s = realistic.text(Meaning.PRODUCT, min, max);
        if (s == null) s = realistic.text(Meaning.WORD, min, max);
        if (s == null) s = "";
        s = TextLength.prefix(s, max).strip();
        var b = new StringBuilder(s);
        while (TextLength.of(b) < min) b.append((char) ('a' + random.nextInt(26)));
        return b.toString();
    }

    private static boolean inOrder(String s, List<Check.Term> terms, List<Related> related) {
        for (Check.Term t : terms) {
            if (t instanceof Check.Compare c && c.literal() instanceof String x && !TextOrder.holds(c.op(), s, x)) return false;
        }
        for (Related r : related) if (r.value() instanceof String x && !TextOrder.holds(r.op(), s, x)) return false;
        return true;
    }

    /** A code of 3 to 6 letters (within min..max) from {@code first} on. */
    private String letters(int min, int max, char first) {
        var b = new StringBuilder();
        int len = Math.max(min, Math.min(max, 3 + random.nextInt(4)));
        for (int i = 0; i < len; i++) b.append((char) (first + random.nextInt(26)));
        return b.toString();
    }

    private String hex(int length) {
        var hex = new StringBuilder();
        for (int i = 0; i < length; i++) hex.append(Character.forDigit(random.nextInt(16), 16));
        return hex.toString();
    }

    private static boolean matches(String regex, String s) {
        return dev.schemac.render.regex.WholeMatch.matches(regex, s);
    }

    // --- the generator's own proof

    /** Whether {@code value} satisfies {@code term} (the generator's own proof before a row is kept). */
    static boolean holds(Table t, Check.Term term, java.util.Map<String, Object> row) {
        if (term instanceof Check.Compare c) {
            Object v = row.get(c.column());
            return v == null || satisfies(t.requireColumn(c.column()), c.op(), v, c.literal(), true);
        }
        if (term instanceof Check.ColumnCompare c) {
            Object l = row.get(c.left()), r = row.get(c.right());
            return l == null || r == null || satisfies(t.requireColumn(c.left()), c.op(), l, r, false);
        }
        if (term instanceof Check.Length l) {
            Object v = row.get(l.column());
            if (v == null) return true;
            int len = TextLength.of((String) v);
            return (l.min() == null || len >= l.min()) && (l.max() == null || len <= l.max());
        }
        if (term instanceof Check.Pattern p) {
            Object v = row.get(p.column());
            return v == null || matches(p.regex(), (String) v);
        }
        if (term instanceof Check.EnumMember e) {
            Object v = row.get(e.column());
            return v == null || e.values().contains(v);
        }
        if (term instanceof Check.AllOrNone a) {
            return a.columns().stream().map(row::get).map(v -> v == null).distinct().count() <= 1;
        }
        return true;
    }

    /**
     * Whether {@code a OP b} holds for a value of the column, on every engine: text in the
     * order every collation agrees on ({@link TextOrder}); ordered kinds by their ordinal, and
     * approximate numbers also as the engines store them: a {@code float} rounded to binary32
     * (PostgreSQL and MySQL compare it, as a double, with the literal read as a double, or
     * with the literal rounded to binary32 when the DDL writes it so); a {@code double}, and
     * a {@code decimal} on SQLite (which stores NUMERIC as a double), rounded to binary64.
     * {@code literal}: b is a check's literal, not a stored value of the same column.
     */
    static boolean satisfies(Column c, Op op, Object a, Object b, boolean literal) {
        if (!c.type().isEnum() && c.type().kind().isText() && a instanceof String x && b instanceof String y) {
            return TextOrder.holds(op, x, y);
        }
        if (Ordinal.applies(c.type())) {
            var o = Ordinal.forSample(c.type(), List.of());
            BigDecimal x = o.of(a), y = o.of(b);
            if (x != null && y != null) {
                if (!op.holds(x.compareTo(y))) return false;
                return switch (c.type().kind()) {
                    case FLOAT -> {
                        double stored = binary32(x);
                        yield op.holds(sign(stored, literal ? y.doubleValue() : binary32(y))) && op.holds(sign(stored, binary32(y)));
                    }
                    case DOUBLE, DECIMAL -> op.holds(sign(x.doubleValue(), y.doubleValue()));
                    default -> true;
                };
            }
        }
        if (a instanceof Boolean x && b instanceof Boolean y) return op.holds(Boolean.compare(x, y));
        return op.holds(a.toString().compareTo(b.toString()));
    }

    /** The value a binary32 column stores (correctly rounded from the decimal, as the engines' parsers do), as a double. */
    private static double binary32(BigDecimal v) {
        return Float.parseFloat(v.toString());
    }

    /** Compares as SQL does: -0 equals 0. */
    private static int sign(double a, double b) {
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
