package dev.schemac.sample;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.Op;
import dev.schemac.model.FieldCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables that no row can ever go into, proven from their constraints before any row is
 * tried: a column whose checks leave no value (a range, lengths, a pattern whose matches
 * are all too long or too short), two columns whose comparison their own bounds rule out. (Required references that need a row which can only come after the first one are
 * the check's {@code RequiredCycles}: a model that has them never reaches the sample.)
 */
final class Feasibility {
    private final Catalog catalog;
    private final int asked;

    Feasibility(Catalog catalog, int asked) {
        this.catalog = catalog;
        this.asked = asked;
    }

    /** Table name to the proof that it cannot get a row. */
    Map<String, Shortfall> blocked() {
        var out = new LinkedHashMap<String, Shortfall>();
        for (Table t : catalog.tables()) {
            Shortfall s = unsatisfiable(t);
            if (s != null) out.put(t.name(), s);
        }
        return out;
    }

    private Shortfall unsatisfiable(Table t) {
        var intervals = new HashMap<String, BigDecimal[]>();
        for (Column c : t.columns()) {
            // A CHECK passes a NULL, so a nullable column whose checks leave no value still takes rows (as NULL).
            if (c.isForeignKey() || c.autoIncrement() || c.nullable()) continue;
            List<Check.Term> terms = ColumnValues.termsOn(t, c.name());
            if (Ordinal.applies(c.type())) {
                var o = Ordinal.ofType(c.type(), terms);
                BigDecimal[] r = ColumnValues.allowed(o, terms, List.of());
                if (r[0].compareTo(r[1]) > 0) {
                    return none(t, c, "no value of " + Quoted.stored(c.name()) + " satisfies its checks (" + describe(terms)
                            + ") within what its type holds", null);
                }
                boolean bounded = terms.stream().anyMatch(x -> x instanceof Check.Compare);
                if (bounded) intervals.put(c.name(), r);
            } else if (c.type().kind() != null && c.type().kind().isText()) {
                int min = 0;
                int max = c.type().length() != null ? c.type().length() : Integer.MAX_VALUE;
                for (Check.Term term : terms) {
                    if (term instanceof Check.Length l) {
                        if (l.min() != null) min = Math.max(min, l.min());
                        if (l.max() != null) max = Math.min(max, l.max());
                    }
                }
                if (min > max) {
                    return none(t, c, Quoted.stored(c.name()) + " must be at least " + min + " characters long and can hold at most " + max,
                            FieldCheck.Length.class);
                }
                for (Check.Term term : terms) {
                    if (!(term instanceof Check.Pattern p)) continue;
                    int[] matched = PatternLength.of(p.regex());
                    if (matched[0] > max) {
                        return none(t, c, "the pattern of " + Quoted.stored(c.name()) + " matches only values of at least " + matched[0]
                                + " characters, and " + Quoted.stored(c.name()) + " holds at most " + max, FieldCheck.Pattern.class);
                    }
                    if (matched[1] < min) {
                        return none(t, c, "the pattern of " + Quoted.stored(c.name()) + " matches only values of at most " + matched[1]
                                + " characters, and " + Quoted.stored(c.name()) + " must have at least " + min, FieldCheck.Pattern.class);
                    }
                }
            }
        }
        for (Check ch : t.checks()) {
            for (Check.Term term : ch.terms()) {
                if (!(term instanceof Check.ColumnCompare cc) || anyNullable(t, cc)) continue;
                if (cc.left().equals(cc.right()) && (cc.op() == Op.LT || cc.op() == Op.GT || cc.op() == Op.NE)) {
                    return none(t, t.requireColumn(cc.left()), Quoted.stored(cc.left()) + " " + symbol(cc.op()) + " " + Quoted.stored(cc.right()) + " never holds", null);
                }
                BigDecimal[] l = intervals.get(cc.left()), r = intervals.get(cc.right());
                if (l == null || r == null) continue;
                boolean possible = switch (cc.op()) {
                    case LT -> l[0].compareTo(r[1]) < 0;
                    case LE -> l[0].compareTo(r[1]) <= 0;
                    case GT -> l[1].compareTo(r[0]) > 0;
                    case GE -> l[1].compareTo(r[0]) >= 0;
                    case EQ -> l[0].compareTo(r[1]) <= 0 && r[0].compareTo(l[1]) <= 0;
                    case NE -> !(l[0].equals(l[1]) && r[0].equals(r[1]) && l[0].compareTo(r[0]) == 0);
                };
                if (!possible) {
                    return none(t, t.requireColumn(cc.left()), Quoted.stored(cc.left()) + " " + symbol(cc.op()) + " " + Quoted.stored(cc.right())
                            + " cannot hold: " + Quoted.stored(cc.left()) + " is " + interval(t, cc.left(), l) + " and " + Quoted.stored(cc.right()) + " "
                            + interval(t, cc.right(), r), null);
                }
            }
        }
        return strictCycle(t);
    }

    /** {@code a < b} and {@code b < a} (through any chain with one strict step): no row satisfies both. */
    private Shortfall strictCycle(Table t) {
        var edges = new ArrayList<String[]>();
        for (Check ch : t.checks()) {
            for (Check.Term term : ch.terms()) {
                if (!(term instanceof Check.ColumnCompare cc) || anyNullable(t, cc)) continue;
                switch (cc.op()) {
                    case LT -> edges.add(new String[] {cc.left(), cc.right(), "<"});
                    case LE -> edges.add(new String[] {cc.left(), cc.right(), "<="});
                    case GT -> edges.add(new String[] {cc.right(), cc.left(), "<"});
                    case GE -> edges.add(new String[] {cc.right(), cc.left(), "<="});
                    default -> { }
                }
            }
        }
        for (String[] e : edges) {
            if (!e[2].equals("<")) continue;
            // A strict step from e[0] to e[1], and a path back from e[1] to e[0]: e[0] < e[0].
            if (reaches(edges, e[1], e[0], new java.util.HashSet<>())) {
                return none(t, t.requireColumn(e[0]), "the checks require " + Quoted.stored(e[0]) + " < " + Quoted.stored(e[1])
                        + " and, through the other comparisons, " + Quoted.stored(e[1]) + " <= " + Quoted.stored(e[0]), null);
            }
        }
        return null;
    }

    private static boolean reaches(List<String[]> edges, String from, String to, java.util.Set<String> seen) {
        if (from.equals(to)) return true;
        if (!seen.add(from)) return false;
        for (String[] e : edges) if (e[0].equals(from) && reaches(edges, e[1], to, seen)) return true;
        return false;
    }

    /** A comparison with a NULL side is unknown, which a CHECK passes: the row goes in. */
    private static boolean anyNullable(Table t, Check.ColumnCompare cc) {
        return t.requireColumn(cc.left()).nullable() || t.requireColumn(cc.right()).nullable();
    }

    /** {@code by}: the kind of the field's constraint that alone leaves no value, for the diagnostic to stand on; null when several do. */
    private Shortfall none(Table t, Column c, String why, Class<? extends FieldCheck> by) {
        return new Shortfall(t.name(), 0, asked, Shortfall.Reason.UNSATISFIABLE, List.of(c.name()), why, by);
    }

    /** Where the checks put a column's values, in its own terms ("at least 10", "between 2024-01-01 and 2024-12-31"). */
    private static String interval(Table t, String column, BigDecimal[] r) {
        var o = Ordinal.ofType(t.requireColumn(column).type(), ColumnValues.termsOn(t, column));
        BigDecimal[] type = o.typeRange();
        String lo = String.valueOf(plain(o.value(r[0]))), hi = String.valueOf(plain(o.value(r[1])));
        if (r[0].equals(r[1])) return "exactly " + lo;
        if (r[0].compareTo(type[0]) <= 0) return "at most " + hi;
        if (r[1].compareTo(type[1]) >= 0) return "at least " + lo;
        return "between " + lo + " and " + hi;
    }

    private static Object plain(Object v) {
        return v instanceof BigDecimal b ? b.toPlainString() : v;
    }

    private static String describe(List<Check.Term> terms) {
        var parts = new ArrayList<String>();
        for (Check.Term t : terms) {
            if (t instanceof Check.Compare c) {
                Object v = c.literal();
                parts.add(symbol(c.op()) + " " + (v instanceof BigDecimal b ? b.toPlainString() : dev.schemac.diag.Messages.quoted(String.valueOf(v))));
            }
        }
        return String.join(", ", parts);
    }

    static String symbol(Op op) {
        return switch (op) {
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            case EQ -> "=";
            case NE -> "!=";
        };
    }
}
