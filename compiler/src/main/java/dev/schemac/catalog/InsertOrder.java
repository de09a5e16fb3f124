package dev.schemac.catalog;

import dev.schemac.model.StrongComponents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The order in which rows of the Catalog's tables can go in: each table after every table it
 * refers to, except where two tables refer to each other through a cycle of references; inside
 * such a cycle each table comes after the tables its required references point at. Among the
 * tables that may come next, the first in the Catalog. So only an optional reference that closes
 * a cycle between tables ever points at a table that comes later, and it is set once both rows
 * exist (the seed data's UPDATE, SQLAlchemy's {@code post_update}). A cycle of required
 * references is SC414, so the fallback (the earliest table left) only keeps the order total.
 */
public final class InsertOrder {
    private final List<Table> tables;
    private final Map<String, Integer> position = new HashMap<>();

    private InsertOrder(List<Table> tables) {
        this.tables = List.copyOf(tables);
        for (Table t : this.tables) position.put(t.name(), position.size());
    }

    public static InsertOrder of(Catalog catalog) {
        List<Table> tables = catalog.tables();
        var index = new HashMap<String, Integer>();
        for (Table t : tables) index.put(t.name(), index.size());
        int n = tables.size();
        int[] group = StrongComponents.groupOf(references(tables, index));
        int[] pending = new int[n];
        var dependents = new ArrayList<List<Integer>>();
        for (int i = 0; i < n; i++) dependents.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            Table t = tables.get(i);
            var refs = new HashSet<Integer>();
            for (ForeignKey fk : t.foreignKeys()) {
                Integer j = index.get(fk.referencedTable());
                if (j == null || j == i) continue;
                if ((group[i] != group[j] || required(t, fk)) && refs.add(j)) {
                    pending[i]++;
                    dependents.get(j).add(i);
                }
            }
        }
        var ready = new PriorityQueue<Integer>();
        for (int i = 0; i < n; i++) if (pending[i] == 0) ready.add(i);
        boolean[] done = new boolean[n];
        var out = new ArrayList<Table>(n);
        while (out.size() < n) {
            if (ready.isEmpty()) {
                for (int i = 0; i < n; i++) {
                    if (!done[i]) {
                        ready.add(i);
                        break;
                    }
                }
            }
            int i = ready.poll();
            if (done[i]) continue;
            done[i] = true;
            out.add(tables.get(i));
            for (int d : dependents.get(i)) if (!done[d] && --pending[d] == 0) ready.add(d);
        }
        return new InsertOrder(out);
    }

    /** Per table (by position in {@code tables}), the other tables its foreign keys point at. */
    static List<List<Integer>> references(List<Table> tables, Map<String, Integer> index) {
        var out = new ArrayList<List<Integer>>();
        for (int i = 0; i < tables.size(); i++) {
            var to = new ArrayList<Integer>();
            for (ForeignKey fk : tables.get(i).foreignKeys()) {
                Integer j = index.get(fk.referencedTable());
                if (j != null && j != i) to.add(j);
            }
            out.add(to);
        }
        return out;
    }

    /** The tables in the order their rows go in. */
    public List<Table> tables() {
        return tables;
    }

    /**
     * Whether {@code fk} of {@code t} points at a table whose rows go in after {@code t}'s: an
     * optional reference that closes a cycle between tables, set once both rows exist.
     */
    public boolean setLater(Table t, ForeignKey fk) {
        Integer ref = position.get(fk.referencedTable());
        return ref != null && ref > position.get(t.name());
    }

    /** Whether a row cannot go in without the row {@code fk} refers to: one of its columns is NOT NULL. */
    public static boolean required(Table t, ForeignKey fk) {
        return fk.columns().stream().anyMatch(c -> !t.requireColumn(c).nullable());
    }
}
