package dev.schemac.lower;

import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.StrongComponents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders tables so each comes after the tables it references (declaration order breaks
 * ties, for stable output). When every table left waits, the earliest declared table of a
 * reference cycle that waits on nothing outside its cycle goes first, and its foreign keys into
 * the cycle are marked {@code forward}: a key that closes no cycle is never forward.
 */
final class TableOrder {
    private TableOrder() {}

    static List<Table> sort(List<Table> tables) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) position.put(tables.get(i).name(), i);
        int n = tables.size();
        var successors = new ArrayList<List<Integer>>();
        int[] pending = new int[n];
        int[] outside = new int[n];
        List<List<Integer>> dependents = new ArrayList<>();
        for (int i = 0; i < n; i++) dependents.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            Set<Integer> refs = new HashSet<>();
            for (ForeignKey fk : tables.get(i).foreignKeys()) {
                Integer j = position.get(fk.referencedTable());
                if (j != null && j != i && refs.add(j)) {
                    pending[i]++;
                    dependents.get(j).add(i);
                }
            }
            successors.add(List.copyOf(refs));
        }
        int[] group = StrongComponents.groupOf(successors);
        for (int i = 0; i < n; i++) for (int j : successors.get(i)) if (group[j] != group[i]) outside[i]++;
        var ready = new PriorityQueue<Integer>();
        for (int i = 0; i < n; i++) if (pending[i] == 0) ready.add(i);
        boolean[] done = new boolean[n];
        var order = new ArrayList<Integer>(n);
        while (order.size() < n) {
            if (ready.isEmpty()) {
                // A cycle: release its earliest table, in a cycle whose references out of it are all placed
                // (one exists: the cycles left, ordered by their references, have a first).
                for (int i = 0; i < n; i++) {
                    if (!done[i] && outside[i] == 0) {
                        pending[i] = 0;
                        ready.add(i);
                        break;
                    }
                }
            }
            int i = ready.poll();
            if (done[i]) continue;
            done[i] = true;
            order.add(i);
            for (int d : dependents.get(i)) {
                if (group[d] != group[i]) outside[d]--;
                if (!done[d] && --pending[d] == 0) ready.add(d);
            }
        }
        var placed = new HashSet<String>();
        var out = new ArrayList<Table>(n);
        for (int i : order) {
            Table t = tables.get(i);
            placed.add(t.name());
            var fks = new ArrayList<ForeignKey>();
            boolean changed = false;
            for (ForeignKey fk : t.foreignKeys()) {
                boolean forward = !fk.referencedTable().equals(t.name()) && !placed.contains(fk.referencedTable());
                changed |= forward != fk.forward();
                fks.add(forward == fk.forward() ? fk : new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                        fk.referencedColumns(), fk.onDelete(), fk.onUpdate(), fk.field(), forward));
            }
            // A table whose keys all keep their flag is kept as it is: building one again builds its lookups again.
            out.add(!changed ? t : new Table(t.name(), t.entity(), t.doc(), t.columns(), t.primaryKey(), fks, t.uniques(), t.indexes(),
                    t.checks(), t.updatedAtTrigger(), t.join()));
        }
        return out;
    }
}
