package dev.schemac.normalform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bernstein's 3NF synthesis from the minimal cover: one relation per left side holding it and what
 * it determines, plus a relation holding a candidate key if no part contains one (that part is what
 * makes the join lossless), minus parts contained in others. Every cover dependency lies inside a
 * part, so the decomposition preserves dependencies; each part is in 3NF.
 *
 * <p>Left sides with equal closures are not merged (Bernstein's optional step): it saves a table but
 * needs another round of redundancy removal, and users read one table per determinant more easily.
 */
final class Synthesis {

    private Synthesis() {}

    private record Part(AttrSet attributes, AttrSet key, List<Integer> dependencies) {}

    static <T> List<ProposedRelation<T>> of(Facts<T> facts) {
        IndexedRelation<T> r = facts.r;
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<AttrSet, List<Integer>> g : facts.groups.entrySet()) {
            AttrSet attrs = g.getKey();
            for (int i : g.getValue()) {
                attrs = attrs.with(facts.cover.get(i).rhs());
            }
            parts.add(new Part(attrs, g.getKey(), new ArrayList<>(g.getValue())));
        }
        if (parts.stream().noneMatch(p -> facts.coverEngine.isSuperkey(p.attributes()))) {
            AttrSet key = facts.keys.keys().get(0);
            parts.add(new Part(key, key, new ArrayList<>()));
        }

        // A part inside another is redundant; of two equal parts the first stays.
        List<Part> kept = new ArrayList<>();
        List<Part> absorbed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            boolean inside = false;
            for (int j = 0; j < parts.size() && !inside; j++) {
                AttrSet other = parts.get(j).attributes();
                inside = j != i && p.attributes().isSubsetOf(other) && (!p.attributes().equals(other) || j < i);
            }
            (inside ? absorbed : kept).add(p);
        }
        for (Part p : absorbed) {
            for (Part k : kept) {
                if (p.attributes().isSubsetOf(k.attributes())) {
                    k.dependencies().addAll(p.dependencies());
                    break;
                }
            }
        }

        // The part keeping a key of the whole relation inherits its name and is listed first; the
        // others follow in cover order.
        for (int i = 0; i < kept.size(); i++) {
            if (facts.coverEngine.isSuperkey(kept.get(i).attributes())) {
                kept.add(0, kept.remove(i));
                break;
            }
        }
        String base = r.relation.name();
        Set<String> names = new HashSet<>();
        List<ProposedRelation<T>> out = new ArrayList<>();
        for (Part p : kept) {
            String hint = out.isEmpty()
                    ? base
                    : base + "_" + (p.key().isEmpty() ? "constants" : String.join("_", r.names(p.key())));
            String unique = hint;
            for (int suffix = 2; !names.add(unique); suffix++) {
                unique = hint + "_" + suffix;
            }
            List<Integer> deps = p.dependencies().stream().sorted().distinct().toList();
            out.add(new ProposedRelation<>(unique, r.names(p.attributes()), r.names(p.key()),
                    facts.coverFds(deps), facts.declarationsOf(deps)));
        }
        return List.copyOf(out);
    }
}
