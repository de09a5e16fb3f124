package dev.schemac.sample;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Op;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    /** The columns whose values the generator chooses (not foreign keys, not autoincrement keys), in the order it chooses them. */
    final List<ColumnPlan> order;
    /** The primary key and each unique constraint: no two rows share a tuple of them. */
    final List<List<String>> keyGroups;
    /** Comparisons between two chosen columns, each {@code left OP right}. */
    final List<Check.ColumnCompare> relations;
    /** The table's foreign keys, in its order. */
    final List<Reference> references;
    /** The chosen columns' meanings, by the table's own Column objects (asked several times per column while planning). */
    private final Map<Column, Meaning> meanings = new IdentityHashMap<>();
    /** The key groups as sets, for {@link #uniqueForeignKey}. */
    private final List<Set<String>> keySets;
    /** {@link #created()}: null when the table has none. */
    private final Column created;
    /** {@link #created()}'s position in the table, or -1. */
    final int createdIndex;

    /**
     * A foreign key as each row fills it: the positions of its columns, whether all of them
     * may be NULL, whether they are unique on their own (each parent row is referred to at
     * most once), and the name of the shuffled order of parents such a key takes them in.
     */
    record Reference(ForeignKey fk, int[] columns, boolean nullable, boolean unique, String permutation) {}

    TablePlan(Table table, Catalog catalog) {
        this.table = table;
        String entity = Meaning.entity(table);
        var chosen = new ArrayList<Column>();
        for (Column c : table.columns()) {
            if (c.isForeignKey() || c.autoIncrement()) continue;
            chosen.add(c);
            meanings.put(c, Meaning.of(entity, c));
        }
        this.created = createdColumn();
        this.createdIndex = created == null ? -1 : position(created.name());
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
        var plans = new ArrayList<ColumnPlan>();
        for (Column c : order(chosen, relations)) plans.add(plan(c, catalog));
        this.order = List.copyOf(plans);
        var refs = new ArrayList<Reference>();
        for (ForeignKey fk : table.foreignKeys()) {
            int[] columns = fk.columns().stream().mapToInt(this::position).toArray();
            boolean nullable = fk.columns().stream().allMatch(col -> table.requireColumn(col).nullable());
            refs.add(new Reference(fk, columns, nullable, uniqueForeignKey(fk), "fk:" + fk.name()));
        }
        this.references = List.copyOf(refs);
    }

    private ColumnPlan plan(Column c, Catalog catalog) {
        String name = c.name();
        int keyGroup = keyGroups.indexOf(List.of(name));
        var links = new ArrayList<ColumnPlan.Link>();
        // As the row is built, a comparison is seen from the side chosen later, the other side being already known.
        for (Check.ColumnCompare cc : relations) {
            if (cc.left().equals(name)) links.add(new ColumnPlan.Link(position(cc.right()), cc.right(), cc.op()));
            else if (cc.right().equals(name)) links.add(new ColumnPlan.Link(position(cc.left()), cc.left(), flip(cc.op())));
        }
        List<String> labels = c.type().isEnum() ? catalog.enumDef(c.type().enumName()).map(EnumDef::values).orElse(null) : null;
        return new ColumnPlan(c, position(name), meaning(c), ColumnValues.termsOn(table, name),
                table.primaryKey().columns().contains(name), keyGroup, links, labels);
    }

    private int position(String column) {
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(column)) return i;
        throw new IllegalStateException("no column " + column + " in " + table.name());
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
        return meanings.getOrDefault(c, Meaning.NONE);
    }

    /** Whether the foreign key's columns are unique on their own: each parent row is referred to at most once. */
    private boolean uniqueForeignKey(ForeignKey fk) {
        return keySets.contains(Set.copyOf(fk.columns()));
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
        int n = columns.size();
        var at = new HashMap<String, Integer>();
        for (Column c : columns) at.put(c.name(), at.size());
        var after = new ArrayList<Set<Integer>>(n);
        for (int i = 0; i < n; i++) after.add(new LinkedHashSet<>());
        int[] incoming = new int[n];
        for (Check.ColumnCompare cc : relations) {
            String first, second;
            switch (cc.op()) {
                case LT, LE, EQ -> { first = cc.left(); second = cc.right(); }
                case GT, GE -> { first = cc.right(); second = cc.left(); }
                default -> { continue; }
            }
            int from = at.get(first), to = at.get(second);
            if (from == to || !after.get(from).add(to)) continue;
            incoming[to]++;
        }
        var out = new ArrayList<Column>(n);
        boolean[] placed = new boolean[n];
        while (out.size() < n) {
            int next = -1;
            for (int i = 0; i < n && next < 0; i++) if (!placed[i] && incoming[i] == 0) next = i;
            for (int i = 0; i < n && next < 0; i++) if (!placed[i]) next = i;
            placed[next] = true;
            out.add(columns.get(next));
            for (int s : after.get(next)) if (incoming[s] > 0) incoming[s]--;
        }
        return List.copyOf(out);
    }
}
