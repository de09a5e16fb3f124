package dev.schemac.normalform;

import dev.schemac.normalform.CandidateKeys.StopReason;
import java.util.ArrayList;
import java.util.List;

/**
 * All candidate keys, by the algorithm of Lucchesi and Osborn (1978), with two classic reductions
 * and a work bound.
 *
 * <p>Lucchesi–Osborn: start from one key; for every known key K and every dependency X -> Y, the set
 * X ∪ (K − Y) is a superkey; if it contains no known key, shrinking it yields a new one. When no pair
 * yields anything, every key has been found. Cost is polynomial in the input and the number of keys:
 * |keys|·|F| subset probes and at most |keys|·n closures.
 *
 * <p>Reductions, both sound for any cover F: an attribute on no right side cannot be derived, so it
 * is in every key ("core"); an attribute on some right side but no left side never helps derive
 * another, so no key contains it ("dependent-only"). Shrinking skips both, and if the core alone is a
 * superkey it is the only key. They matter: a typical table with a surrogate key never reaches the
 * main loop.
 */
final class KeySearch {

    record Result(List<AttrSet> keys, StopReason stopReason, long closures, long subsetSteps) {
        boolean complete() {
            return stopReason == StopReason.COMPLETE;
        }
    }

    private final ClosureEngine engine;
    private final AttrSet core;
    private final AttrSet dependentOnly;
    private final Limits limits;
    private final WorkBudget budget;

    private KeySearch(ClosureEngine engine, AttrSet core, AttrSet dependentOnly, Limits limits, WorkBudget budget) {
        this.engine = engine;
        this.core = core;
        this.dependentOnly = dependentOnly;
        this.limits = limits;
        this.budget = budget;
    }

    /**
     * @param groupLhs left sides of the cover grouped by left side; {@code engine} computes closures
     *     under the same dependencies
     * @param budget charged one unit per closure; {@link Limits#maxKeys()} and
     *     {@link Limits#maxSubsetSteps()} are enforced here directly
     */
    static Result run(ClosureEngine engine, List<AttrSet> groupLhs, List<AttrSet> groupRhs,
            AttrSet core, AttrSet dependentOnly, Limits limits, WorkBudget budget) {
        return new KeySearch(engine, core, dependentOnly, limits, budget).search(groupLhs, groupRhs);
    }

    private Result search(List<AttrSet> groupLhs, List<AttrSet> groupRhs) {
        int n = engine.universe();
        long before = budget.spent();
        budget.charge();
        if (engine.isSuperkey(core)) {
            return new Result(List.of(core), StopReason.COMPLETE, budget.spent() - before, 0);
        }
        List<AttrSet> keys = new ArrayList<>();
        SubsetTrie known = new SubsetTrie();
        AttrSet first = shrink(AttrSet.full(n), false);
        keys.add(first);
        known.add(first);
        StopReason stop = StopReason.COMPLETE;
        search:
        for (int k = 0; k < keys.size(); k++) {
            AttrSet key = keys.get(k);
            for (int g = 0; g < groupLhs.size(); g++) {
                AttrSet rhs = groupRhs.get(g);
                if (!rhs.intersects(key)) {
                    continue; // the candidate would contain key itself
                }
                AttrSet candidate = groupLhs.get(g).union(key.minus(rhs));
                SubsetTrie.Probe probe = known.probe(candidate, limits.maxSubsetSteps());
                if (probe == SubsetTrie.Probe.FOUND) {
                    continue;
                }
                if (probe == SubsetTrie.Probe.OUT_OF_STEPS) {
                    stop = StopReason.MAX_SUBSET_STEPS;
                    break search;
                }
                if (keys.size() >= limits.maxKeys()) {
                    stop = StopReason.MAX_KEYS;
                    break search;
                }
                AttrSet next = shrink(candidate, true);
                if (next == null) {
                    stop = StopReason.MAX_CLOSURES;
                    break search;
                }
                keys.add(next);
                known.add(next);
            }
        }
        keys.sort(null);
        return new Result(List.copyOf(keys), stop, budget.spent() - before, known.steps());
    }

    /**
     * A key inside the superkey {@code superkey}, or null if the closure budget ran out. Tries to
     * drop later-declared attributes first, so keys lean towards the attributes declared first.
     */
    private AttrSet shrink(AttrSet superkey, boolean bounded) {
        AttrSet current = superkey.minus(dependentOnly);
        AttrSet removable = current.minus(core);
        for (int a = removable.previous(engine.universe() - 1); a >= 0; a = removable.previous(a - 1)) {
            if (!bounded) {
                budget.charge();
            } else if (!budget.tryCharge()) {
                return null;
            }
            AttrSet smaller = current.without(a);
            if (engine.isSuperkey(smaller)) {
                current = smaller;
            }
        }
        return current;
    }
}
