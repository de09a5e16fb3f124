package dev.schemac.evolve;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Op;
import java.math.BigDecimal;
import java.util.List;
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
        if (s instanceof Check.Compare a && t instanceof Check.Compare b && a.column().equals(b.column()) && a.op() == b.op()
                && a.literal() instanceof BigDecimal x && b.literal() instanceof BigDecimal y) {
            if (List.of(Op.GT, Op.GE).contains(a.op())) return y.compareTo(x) <= 0;
            if (List.of(Op.LT, Op.LE).contains(a.op())) return y.compareTo(x) >= 0;
        }
        return false;
    }
}
