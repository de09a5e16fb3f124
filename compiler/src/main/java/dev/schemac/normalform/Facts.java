package dev.schemac.normalform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the later stages need about one relation, computed once: the cover (by index, and as public
 * records sharing identity), its closure engine, the keys and primality.
 */
final class Facts<T> {

    final IndexedRelation<T> r;
    final List<UnitFd> cover;
    final ClosureEngine coverEngine;
    final List<CoverFd<T>> coverFds;
    /** Cover dependencies grouped by identical left side, in order of first appearance. */
    final Map<AttrSet, List<Integer>> groups;
    final KeySearch.Result keys;
    final AttrSet prime;
    final AttrSet nonPrime;
    final AttrSet undetermined;
    /** The one mutable part: what is left of the closure budget, for the violation search. */
    final WorkBudget budget;

    Facts(Relation<T> relation, Limits limits) {
        this.budget = new WorkBudget(limits.maxClosures());
        this.r = new IndexedRelation<>(relation);
        int n = r.universe;
        int[] keyDeclarations = relation.dependencies().stream()
                .filter(d -> d.kind() == DeclaredFd.Kind.KEY)
                .mapToInt(DeclaredFd::index)
                .toArray();
        this.cover = MinimalCover.of(r, AttrSet.of(r.declarationCount(), keyDeclarations));

        List<AttrSet> lhs = new ArrayList<>();
        List<AttrSet> rhs = new ArrayList<>();
        List<CoverFd<T>> fds = new ArrayList<>();
        Map<AttrSet, List<Integer>> byLhs = new LinkedHashMap<>();
        AttrSet onLeft = AttrSet.empty(n);
        AttrSet onRight = AttrSet.empty(n);
        for (int i = 0; i < cover.size(); i++) {
            UnitFd u = cover.get(i);
            lhs.add(u.lhs());
            rhs.add(AttrSet.of(n, u.rhs()));
            fds.add(new CoverFd<>(r.names(u.lhs()), r.name(u.rhs()), r.declarations(u.sources())));
            byLhs.computeIfAbsent(u.lhs(), k -> new ArrayList<>()).add(i);
            onLeft = onLeft.union(u.lhs());
            onRight = onRight.with(u.rhs());
        }
        this.coverEngine = new ClosureEngine(n, lhs, rhs);
        this.coverFds = List.copyOf(fds);
        byLhs.replaceAll((k, v) -> List.copyOf(v));
        this.groups = Collections.unmodifiableMap(byLhs);

        List<AttrSet> groupLhs = new ArrayList<>();
        List<AttrSet> groupRhs = new ArrayList<>();
        for (Map.Entry<AttrSet, List<Integer>> g : groups.entrySet()) {
            groupLhs.add(g.getKey());
            AttrSet determined = AttrSet.empty(n);
            for (int i : g.getValue()) {
                determined = determined.with(cover.get(i).rhs());
            }
            groupRhs.add(determined);
        }
        AttrSet core = r.all.minus(onRight);
        AttrSet dependentOnly = onRight.minus(onLeft);
        // Grouped dependencies give Lucchesi–Osborn fewer candidates for the same keys.
        this.keys = KeySearch.run(coverEngine, groupLhs, groupRhs, core, dependentOnly, limits, budget);

        AttrSet inSomeKey = core;
        for (AttrSet k : keys.keys()) {
            inSomeKey = inSomeKey.union(k);
        }
        this.prime = inSomeKey;
        this.nonPrime = keys.complete() ? r.all.minus(prime) : dependentOnly;
        this.undetermined = r.all.minus(prime).minus(nonPrime);
    }

    /** The first key (in output order) containing all of {@code attrs}, or null. */
    AttrSet firstKeyContaining(AttrSet attrs) {
        for (AttrSet k : keys.keys()) {
            if (attrs.isSubsetOf(k)) {
                return k;
            }
        }
        return null;
    }

    List<CoverFd<T>> coverFds(List<Integer> indexes) {
        return indexes.stream().sorted().map(coverFds::get).toList();
    }

    /** Union of the sources of some cover dependencies, as declarations. */
    List<DeclaredFd<T>> declarationsOf(List<Integer> coverIndexes) {
        AttrSet sources = AttrSet.empty(r.declarationCount());
        for (int i : coverIndexes) {
            sources = sources.union(cover.get(i).sources());
        }
        return r.declarations(sources);
    }
}
