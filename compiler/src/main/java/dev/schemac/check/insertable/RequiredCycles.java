package dev.schemac.check.insertable;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.model.StrongComponents;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Required to-one fields (the ones whose foreign key cannot be NULL) as edges between
 * entities; a first row exists for every table exactly when these edges form no cycle. A
 * self-loop is SC413 on its field; every other strongly connected group of entities is one
 * SC414, on its first field in declaration order, with the shortest cycle through that field.
 * Optional references never block: a row goes in with NULL and is linked later.
 */
final class RequiredCycles {
    private final Model model;
    private final Map<String, Integer> index = new HashMap<>();
    /** Per entity (by declaration index): its required non-self references, in field order. */
    private final List<List<Field>> edges = new ArrayList<>();
    private final Map<Field, Integer> owner = new IdentityHashMap<>();

    RequiredCycles(Model model) {
        this.model = model;
        for (Entity e : model.entities()) index.put(e.name(), index.size());
        for (Entity e : model.entities()) {
            var out = new ArrayList<Field>();
            for (Field f : e.relationFields()) {
                if (required(f) && !f.relation().target().equals(e.name()) && index.containsKey(f.relation().target())) out.add(f);
            }
            for (Field f : out) owner.put(f, edges.size());
            edges.add(out);
        }
    }

    static boolean required(Field f) {
        return f.relation() != null && f.relation().kind().holdsForeignKey() && !f.nullable();
    }

    List<Diagnostic> find() {
        var out = new ArrayList<Diagnostic>();
        for (Entity e : model.entities()) {
            for (Field f : e.relationFields()) {
                if (required(f) && f.relation().target().equals(e.name())) {
                    out.add(Messages.requiredSelfReference(f.span(), e.name(), f.name()));
                }
            }
        }
        for (List<Integer> group : components()) {
            if (group.size() > 1) out.add(cycle(new HashSet<>(group)));
        }
        return out;
    }

    /** The first field (declaration order) that stays inside the group, and the shortest way back to its entity. */
    private Diagnostic cycle(Set<Integer> group) {
        int start = group.stream().min(Integer::compare).orElseThrow();
        Field first = edges.get(start).stream().filter(f -> group.contains(index.get(f.relation().target()))).findFirst()
                .orElseThrow();
        int from = index.get(first.relation().target());
        // Breadth-first from the field's target back to its entity, inside the group.
        var via = new HashMap<Integer, Field>();
        var queue = new ArrayDeque<Integer>();
        queue.add(from);
        var seen = new HashSet<Integer>(List.of(from));
        while (!queue.isEmpty() && !seen.contains(start)) {
            int at = queue.poll();
            for (Field f : edges.get(at)) {
                int to = index.get(f.relation().target());
                if (group.contains(to) && seen.add(to)) {
                    via.put(to, f);
                    queue.add(to);
                }
            }
        }
        var back = new ArrayList<List<String>>();
        for (int at = start; at != from; ) {
            Field f = via.get(at);
            int source = owner.get(f);
            back.add(0, step(source, f));
            at = source;
        }
        var steps = new ArrayList<List<String>>();
        steps.add(step(start, first));
        steps.addAll(back);
        return Messages.requiredCycle(first.span(), steps);
    }

    private List<String> step(int entity, Field f) {
        return List.of(model.entities().get(entity).name(), f.name(), f.relation().target());
    }

    /** The entities' strongly connected groups over their required references. */
    private List<List<Integer>> components() {
        var successors = new ArrayList<List<Integer>>();
        for (List<Field> out : edges) successors.add(out.stream().map(f -> index.get(f.relation().target())).toList());
        return StrongComponents.of(successors);
    }
}
