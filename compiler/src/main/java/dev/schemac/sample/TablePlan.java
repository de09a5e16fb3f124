package dev.schemac.sample;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Op;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the rows of one table are made, worked out once: what each column means, the terms
 * on each column, the comparisons between columns (the table's two-column checks, and the
 * implicit ones of real data: a row is updated or deleted after it is created), and the
 * order that chooses the smaller side of each comparison first, so the other side can be
 * chosen to fit it.
 */
final class TablePlan {
    final Table table;
    /** Columns whose values the generator chooses (not foreign keys, not autoincrement keys), in the order it chooses them. */
    final List<Column> order;
    /** The primary key and each unique constraint: no two rows share a tuple of them. */
    final List<List<String>> keyGroups;
    /** Comparisons between two chosen columns, each {@code left OP right}. */
    final List<Check.ColumnCompare> relations;
    private final Map<String, Meaning> meanings = new HashMap<>();
    private final Map<String, List<Check.Term>> terms = new HashMap<>();
    // The three below are asked for every candidate row (rows x attempts per table): worked out once here.
    /** The key groups as sets, for {@link #uniqueForeignKey}. */
    private final List<Set<String>> keySets;
    /** The chosen columns that mark a row deleted ({@link Meaning#softDelete}). */
    private final Set<String> softDeletes = new HashSet<>();
    /** {@link #created()}: null when the table has none. */
    private final Column created;

    TablePlan(Table table) {
        this.table = table;
        var chosen = new ArrayList<Column>();
        for (Column c : table.columns()) {
            if (c.isForeignKey() || c.autoIncrement()) continue;
            chosen.add(c);
            meanings.put(c.name(), Meaning.of(table, c));
            terms.put(c.name(), ColumnValues.termsOn(table, c.name()));
            if (Meaning.softDelete(c)) softDeletes.add(c.name());
        }
        this.created = createdColumn();
        var groups = new ArrayList<List<String>>();
        groups.add(table.primaryKey().columns());
        for (UniqueConstraint u : table.uniques()) groups.add(u.columns());
        this.keyGroups = List.copyOf(groups);
        this.keySets = groups.stream().map(Set::copyOf).toList();
        var rel = new ArrayList<Check.ColumnCompare>();
        var names = new LinkedHashSet<String>();
        chosen.forEach(c -> names.add(c.name()));
        for (Check ch : table.checks()) {
            for (Check.Term t : ch.terms()) {
                if (t instanceof Check.ColumnCompare cc && names.contains(cc.left()) && names.contains(cc.right())) rel.add(cc);
            }
        }
        rel.addAll(implicit(chosen));
        this.relations = List.copyOf(rel);
        this.order = order(chosen, relations);
    }

    /** The column that says when a row was created (a temporal CREATED column), or null. */
    Column created() {
        return created;
    }

    private Column createdColumn() {
        for (Column c : table.columns()) {
            if (meaning(c) == Meaning.CREATED && c.type().kind() != null && c.type().kind().isTemporal()) return c;
        }
        return null;
    }

    Meaning meaning(Column c) {
        return meanings.getOrDefault(c.name(), Meaning.NONE);
    }

    List<Check.Term> terms(Column c) {
        return terms.getOrDefault(c.name(), List.of());
    }

    /** Whether the foreign key's columns are unique on their own: each parent row is referred to at most once. */
    boolean uniqueForeignKey(ForeignKey fk) {
        return keySets.contains(Set.copyOf(fk.columns()));
    }

    /** Whether the column marks a row as deleted or disabled ({@link Meaning#softDelete}). */
    boolean softDelete(Column c) {
        return softDeletes.contains(c.name());
    }

    /** The comparisons of {@code c} with columns already chosen in this row, seen from {@code c}. */
    List<ColumnValues.Related> related(Column c, Map<String, Object> row, Set<String> chosen) {
        var out = new ArrayList<ColumnValues.Related>();
        for (Check.ColumnCompare cc : relations) {
            if (cc.left().equals(c.name()) && chosen.contains(cc.right()) && row.get(cc.right()) != null) {
                out.add(new ColumnValues.Related(cc.right(), cc.op(), row.get(cc.right())));
            } else if (cc.right().equals(c.name()) && chosen.contains(cc.left()) && row.get(cc.left()) != null) {
                out.add(new ColumnValues.Related(cc.left(), flip(cc.op()), row.get(cc.left())));
            }
        }
        return out;
    }

    static Op flip(Op op) {
        return switch (op) {
            case GT -> Op.LT;
            case GE -> Op.LE;
            case LT -> Op.GT;
            case LE -> Op.GE;
            default -> op;
        };
    }

    /** A row is updated, deleted, shipped... no earlier than it was created, and updated no earlier than the rest. */
    private List<Check.ColumnCompare> implicit(List<Column> chosen) {
        Column created = null;
        for (Column c : chosen) {
            if (meaning(c) == Meaning.CREATED && c.type().kind() != null && c.type().kind().isTemporal()) {
                created = c;
                break;
            }
        }
        var out = new ArrayList<Check.ColumnCompare>();
        if (created == null) return out;
        for (Column c : chosen) {
            Meaning m = meaning(c);
            if ((m == Meaning.UPDATED || m == Meaning.AFTER_CREATED) && c.type().kind() == created.type().kind()) {
                out.add(new Check.ColumnCompare(created.name(), Op.LE, c.name()));
            }
        }
        // Deleting, shipping or publishing a row updates it: its updated time is no earlier.
        for (Column u : chosen) {
            if (meaning(u) != Meaning.UPDATED || u.type().kind() != created.type().kind()) continue;
            for (Column c : chosen) {
                if (meaning(c) == Meaning.AFTER_CREATED && c.type().kind() == u.type().kind()) {
                    out.add(new Check.ColumnCompare(c.name(), Op.LE, u.name()));
                }
            }
        }
        return out;
    }

    /**
     * The columns in table order, except that the smaller side of each comparison comes
     * before the larger one (an edge {@code smaller -> larger}); when the comparisons form a
     * cycle, the rest keep table order.
     */
    private static List<Column> order(List<Column> columns, List<Check.ColumnCompare> relations) {
        var after = new LinkedHashMap<String, Set<String>>();
        var incoming = new HashMap<String, Integer>();
        for (Column c : columns) {
            after.put(c.name(), new LinkedHashSet<>());
            incoming.put(c.name(), 0);
        }
        for (Check.ColumnCompare cc : relations) {
            String first, second;
            switch (cc.op()) {
                case LT, LE, EQ -> { first = cc.left(); second = cc.right(); }
                case GT, GE -> { first = cc.right(); second = cc.left(); }
                default -> { continue; }
            }
            if (first.equals(second) || !after.get(first).add(second)) continue;
            incoming.merge(second, 1, Integer::sum);
        }
        var out = new ArrayList<Column>();
        var left = new ArrayList<>(columns);
        while (!left.isEmpty()) {
            Column next = left.stream().filter(c -> incoming.get(c.name()) == 0).findFirst().orElse(left.get(0));
            left.remove(next);
            out.add(next);
            incoming.put(next.name(), -1);
            for (String s : after.get(next.name())) incoming.computeIfPresent(s, (k, v) -> v > 0 ? v - 1 : v);
        }
        return List.copyOf(out);
    }
}
