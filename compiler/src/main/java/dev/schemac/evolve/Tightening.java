package dev.schemac.evolve;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Op;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Whether a unique or check that replaces another one the migration drops on its table
 * (under the same name, or another one when the table or a column of it is renamed) accepts
 * every row the old one accepted. Only then can the replacement not fail on the rows a table already holds;
 * anything else (a tighter bound, another pattern, a unique over fewer columns) is judged
 * as a new constraint by the lint. Conservative: what it cannot prove weaker is not.
 */
final class Tightening {
    private Tightening() {}

    /**
     * {@code old} is the constraint dropped under the same name, or null when there is none. {@code was} and {@code now}
     * give a column's type before and after the migration, by its name after it (null for a column not known).
     */
    static boolean weaker(Object old, Object neu, Function<String, ColumnType> was, Function<String, ColumnType> now) {
        if (old instanceof UniqueConstraint o && neu instanceof UniqueConstraint n) {
            // More columns hold fewer duplicates; a unique among live rows only holds among fewer rows.
            return n.columns().containsAll(o.columns()) && (n.partial() || !o.partial())
                    && (!o.partial() || Objects.equals(o.where(), n.where()));
        }
        if (old instanceof Check o && neu instanceof Check n) {
            // A conjunction: each new term must follow from one old term.
            return n.terms().stream().allMatch(t -> o.terms().stream().anyMatch(s -> implies(s, t, was, now)));
        }
        return false;
    }

    /**
     * What an engine orders a column's values as: a number, a text, a point in time... (null: a type this cannot
     * tell). A date made a datetime keeps the order of its values; a number made text does not.
     */
    private static String order(ColumnType t) {
        if (t == null) return null;
        if (t.isEnum()) return "enum " + t.enumName();
        if (t.kind() == null) return null;
        ScalarKind k = t.kind();
        // Each temporal kind its own: a time of day orders otherwise than a date, and a datetime made a date ties.
        return k.isNumeric() ? "number" : k.isText() ? "text" : k.name();
    }

    /**
     * Whether two values of type {@code was} keep their order, ties included, as values of type {@code now}: int and
     * text do not (9 < 10, '10' < '9'), nor a bigint made a double (two values may round to one).
     */
    static boolean orderedAlike(ColumnType was, ColumnType now) {
        if (was != null && now != null && was.kind() != null && now.kind() != null && !was.isEnum() && !now.isEnum()
                && (now.kind() == ScalarKind.DOUBLE || now.kind() == ScalarKind.FLOAT)) {
            // Into a binary type only what it holds every value of: a float is a double; an int (a smallint) a double (a float).
            ScalarKind k = was.kind();
            return k == now.kind() || k == ScalarKind.SMALLINT
                    || now.kind() == ScalarKind.DOUBLE && (k == ScalarKind.FLOAT || k == ScalarKind.INT);
        }
        // A date made a datetime is its midnight: the order and the ties stay.
        if (was != null && now != null && was.kind() == ScalarKind.DATE && now.kind() == ScalarKind.DATETIME) return true;
        String a = order(was);
        return a != null && a.equals(order(now));
    }

    private static boolean orderedAlike(String column, Function<String, ColumnType> was, Function<String, ColumnType> now) {
        return orderedAlike(was.apply(column), now.apply(column));
    }

    /** Whether a column's values compare with a literal of the same kind before and after (a number stays a number). */
    private static boolean comparedAlike(String column, Function<String, ColumnType> was, Function<String, ColumnType> now) {
        String a = order(was.apply(column));
        return a != null && a.equals(order(now.apply(column)));
    }

    /**
     * The values a bound on a column of this type is compared as: a {@code double} is compared with the literal
     * rounded to the nearest double; a {@code float}, which the engines hold as binary32 or as a double (the
     * dialects say which), with the literal rounded either way, so a bound must follow under both; any other number exactly.
     */
    private static List<UnaryOperator<BigDecimal>> comparedAs(ColumnType t) {
        UnaryOperator<BigDecimal> exact = x -> x;
        UnaryOperator<BigDecimal> dbl = x -> Double.isInfinite(x.doubleValue()) ? x : new BigDecimal(x.doubleValue());
        UnaryOperator<BigDecimal> b32 = x -> Float.isInfinite(x.floatValue()) ? x : new BigDecimal((double) x.floatValue());
        if (t == null || t.kind() == null) return List.of(exact);
        return t.kind() == ScalarKind.DOUBLE ? List.of(dbl) : t.kind() == ScalarKind.FLOAT ? List.of(b32, dbl) : List.of(exact);
    }

    private static boolean implies(Check.Term s, Check.Term t, Function<String, ColumnType> was, Function<String, ColumnType> now) {
        // A column the engine orders otherwise after the migration (a number made text) judges its rows anew.
        if (t instanceof Check.Compare b && !comparedAlike(b.column(), was, now)) return false;
        if (t instanceof Check.ColumnCompare b && !(orderedAlike(b.left(), was, now) && orderedAlike(b.right(), was, now))) return false;
        if (s instanceof Check.Compare a && t instanceof Check.Compare b && a.column().equals(b.column())
                && a.literal() instanceof BigDecimal x && b.literal() instanceof BigDecimal y) {
            // Compared as the engines compare them: two literals one double holds are the same bound.
            ColumnType before = was.apply(a.column());
            ColumnType after = now.apply(b.column());
            var ways = new java.util.ArrayList<>(comparedAs(before));
            if (!Objects.equals(before, after)) {
                comparedAs(after).forEach(ways::add);
                ways.add(x1 -> x1);
            }
            return ways.stream().allMatch(r -> follows(a.op(), r.apply(x), b.op(), r.apply(y)));
        }
        if (s.equals(t)) return true;
        if (s instanceof Check.EnumMember a && t instanceof Check.EnumMember b) {
            // Values an enum loses are the enum's own finding (SC562), reported once, at the enum.
            return a.column().equals(b.column());
        }
        if (s instanceof Check.Length a && t instanceof Check.Length b) {
            return a.column().equals(b.column()) && (b.min() == null || a.min() != null && b.min() <= a.min())
                    && (b.max() == null || a.max() != null && b.max() >= a.max());
        }
        if (s instanceof Check.ColumnCompare a && t instanceof Check.ColumnCompare b) {
            // Two columns compared either way round: a < b is b > a.
            if (a.left().equals(b.left()) && a.right().equals(b.right())) return follows(a.op(), BigDecimal.ZERO, b.op(), BigDecimal.ZERO);
            if (a.left().equals(b.right()) && a.right().equals(b.left())) {
                return follows(a.op(), BigDecimal.ZERO, turned(b.op()), BigDecimal.ZERO);
            }
        }
        return false;
    }

    /** The operator that says the same with its two sides swapped. */
    private static Op turned(Op op) {
        return switch (op) {
            case GT -> Op.LT;
            case GE -> Op.LE;
            case LT -> Op.GT;
            case LE -> Op.GE;
            case EQ, NE -> op;
        };
    }

    /**
     * Whether every number {@code v} with {@code v OLD x} also has {@code v NEW y}, over the reals (so over the
     * integers too): a bound loosened from {@code > 0} to {@code >= 0}, or a value pinned by {@code = 5} that a
     * {@code <= 10} allows. A bound of the other side, or {@code !=} before, holds unbounded values: never.
     */
    static boolean follows(Op old, BigDecimal x, Op neu, BigDecimal y) {
        int c = y.compareTo(x);
        if (old == Op.EQ) return neu.holds(x.compareTo(y));
        if (old == Op.NE) return neu == Op.NE && c == 0;
        boolean lower = old == Op.GT || old == Op.GE;
        if (lower ? neu == Op.GE || neu == Op.GT && old == Op.GT : neu == Op.LE || neu == Op.LT && old == Op.LT) {
            return lower ? c <= 0 : c >= 0;
        }
        if (lower ? neu == Op.GT : neu == Op.LT) return lower ? c < 0 : c > 0;
        // Above or below every value the old bound lets in, a != holds.
        return neu == Op.NE && (lower ? old == Op.GT ? c <= 0 : c < 0 : old == Op.LT ? c >= 0 : c > 0);
    }
}
