package dev.schemac.evolve;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Op;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether a unique or check that replaces another one the migration drops on its table
 * (under the same name, or another one when the table or a column of it is renamed) accepts
 * every row the old one accepted. Only then can the replacement not fail on the rows a table already holds;
 * anything else (a tighter bound, another pattern, a unique over fewer columns) is judged
 * as a new constraint by the lint. Conservative: what it cannot prove weaker is not.
 */
final class Tightening {
    private Tightening() {}

    /** {@code old} is the constraint dropped under the same name, or null when there is none. */
    static boolean weaker(Object old, Object neu) {
        if (old instanceof UniqueConstraint o && neu instanceof UniqueConstraint n) {
            // More columns hold fewer duplicates; a unique among live rows only holds among fewer rows.
            return n.columns().containsAll(o.columns()) && (n.partial() || !o.partial())
                    && (!o.partial() || Objects.equals(o.where(), n.where()));
        }
        if (old instanceof Check o && neu instanceof Check n) {
            // A conjunction: each new term must follow from one old term.
            return n.terms().stream().allMatch(t -> o.terms().stream().anyMatch(s -> implies(s, t)));
        }
        return false;
    }

    private static boolean implies(Check.Term s, Check.Term t) {
        if (s.equals(t)) return true;
        if (s instanceof Check.EnumMember a && t instanceof Check.EnumMember b) {
            // Values an enum loses are the enum's own finding (SC562), reported once, at the enum.
            return a.column().equals(b.column());
        }
        if (s instanceof Check.Length a && t instanceof Check.Length b) {
            return a.column().equals(b.column()) && (b.min() == null || a.min() != null && b.min() <= a.min())
                    && (b.max() == null || a.max() != null && b.max() >= a.max());
        }
        if (s instanceof Check.Compare a && t instanceof Check.Compare b && a.column().equals(b.column())
                && a.literal() instanceof BigDecimal x && b.literal() instanceof BigDecimal y) {
            return follows(a.op(), x, b.op(), y);
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
