package dev.schemac.normalform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Relation} translated to attribute indexes (declaration order), which every algorithm
 * works on; names come back only at the edge, via {@link #names}.
 */
final class IndexedRelation<T> {

    final Relation<T> relation;
    final int universe;
    final AttrSet all;
    /** Declared left and right sides, trivial parts included, by declaration index. */
    final List<AttrSet> declaredLhs;
    final List<AttrSet> declaredRhs;

    IndexedRelation(Relation<T> relation) {
        this.relation = relation;
        this.universe = relation.attributes().size();
        this.all = AttrSet.full(universe);
        // Lookup only; no output order ever comes from this map.
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < universe; i++) {
            index.put(relation.attributes().get(i), i);
        }
        List<AttrSet> lhs = new ArrayList<>();
        List<AttrSet> rhs = new ArrayList<>();
        for (DeclaredFd<T> d : relation.dependencies()) {
            lhs.add(AttrSet.of(universe, d.lhs().stream().mapToInt(index::get).toArray()));
            rhs.add(AttrSet.of(universe, d.rhs().stream().mapToInt(index::get).toArray()));
        }
        this.declaredLhs = List.copyOf(lhs);
        this.declaredRhs = List.copyOf(rhs);
    }

    String name(int attribute) {
        return relation.attributes().get(attribute);
    }

    List<String> names(AttrSet set) {
        List<String> out = new ArrayList<>(set.size());
        for (int a = set.next(0); a >= 0; a = set.next(a + 1)) {
            out.add(name(a));
        }
        return List.copyOf(out);
    }

    /** The declarations a set of declaration indexes stands for, in declaration order. */
    List<DeclaredFd<T>> declarations(AttrSet declarationIndexes) {
        List<DeclaredFd<T>> out = new ArrayList<>(declarationIndexes.size());
        for (int d = declarationIndexes.next(0); d >= 0; d = declarationIndexes.next(d + 1)) {
            out.add(relation.dependencies().get(d));
        }
        return List.copyOf(out);
    }

    int declarationCount() {
        return declaredLhs.size();
    }
}
