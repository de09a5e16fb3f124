package dev.schemac.resolve;

import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A key that includes a relation field takes its columns from the target's key; if those
 * keys lead back to the first entity, no column type can be decided. Iterative DFS: a
 * chain of 10,000 entities must not overflow the stack.
 */
final class KeyCycles {
    private final Model model;
    private final Diagnostics diags;

    KeyCycles(Model model, Diagnostics diags) {
        this.model = model;
        this.diags = diags;
    }

    void check() {
        Map<String, Integer> state = new HashMap<>(); // 1 = on stack, 2 = done
        for (Entity root : model.entities()) {
            if (state.containsKey(root.name())) continue;
            var stack = new ArrayList<Frame>();
            stack.add(new Frame(root, keyTargets(root)));
            state.put(root.name(), 1);
            while (!stack.isEmpty()) {
                Frame top = stack.get(stack.size() - 1);
                if (top.next >= top.targets.size()) {
                    state.put(top.entity.name(), 2);
                    stack.remove(stack.size() - 1);
                    continue;
                }
                String t = top.targets.get(top.next++);
                Integer s = state.get(t);
                if (s == null) {
                    Entity e = model.requireEntity(t);
                    state.put(t, 1);
                    stack.add(new Frame(e, keyTargets(e)));
                } else if (s == 1) {
                    var cycle = new ArrayList<String>();
                    boolean in = false;
                    for (Frame f : stack) {
                        if (f.entity.name().equals(t)) in = true;
                        if (in) cycle.add(f.entity.name());
                    }
                    cycle.add(t);
                    diags.add(Messages.keyCycle(top.entity.span(), cycle));
                }
            }
        }
    }

    private static final class Frame {
        final Entity entity;
        final List<String> targets;
        int next;

        Frame(Entity entity, List<String> targets) {
            this.entity = entity;
            this.targets = targets;
        }
    }

    static List<String> keyTargets(Entity e) {
        var out = new ArrayList<String>();
        for (String k : e.primaryKey()) {
            Field f = e.field(k).orElse(null);
            if (f != null && f.relation() != null && f.relation().kind().holdsForeignKey()) out.add(f.relation().target());
        }
        return out;
    }
}
