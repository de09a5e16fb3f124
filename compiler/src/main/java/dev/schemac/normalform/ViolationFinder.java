package dev.schemac.normalform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Classifies every cover dependency whose left side is not a superkey, then looks for partial
 * dependencies the cover does not show directly.
 *
 * <p>Why the cover suffices for 3NF and BCNF: if an implied X -> A breaks them, take the cover
 * dependency Y -> A that adds A while computing X+. Y ⊆ X+, so Y is not a superkey either (else X
 * would be), and it has the same right side. 2NF lacks this property: with keys AB, BC, BE and cover
 * {A -> C, A -> E, CE -> D, ...}, D depends on A (part of key AB) although no cover dependency with
 * right side D has a left side inside a key. So 2NF is also checked by definition: for each key K
 * and attribute a in K, every non-prime attribute in (K − a)+ is partially dependent on K
 * (maximal proper subsets suffice because closure is monotone).
 */
final class ViolationFinder<T> {

    /**
     * @param impliedSearchComplete false if the closure budget ran out while looking for implied
     *     partial dependencies, so some may be missing
     */
    record Found<T>(List<Violation<T>> violations, boolean impliedSearchComplete) {}

    private final Facts<T> facts;
    private final List<Violation<T>> found = new ArrayList<>();

    private ViolationFinder(Facts<T> facts) {
        this.facts = facts;
    }

    static <T> Found<T> find(Facts<T> facts) {
        ViolationFinder<T> finder = new ViolationFinder<>(facts);
        AttrSet partiallyDependent = finder.fromCover();
        boolean complete = finder.impliedPartials(partiallyDependent);
        // Stable sort: by kind, then in the order found (cover order, then implied ones).
        finder.found.sort(Comparator.comparing(Violation::kind));
        return new Found<>(List.copyOf(finder.found), complete);
    }

    /** Returns the right sides reported as partially dependent. */
    private AttrSet fromCover() {
        IndexedRelation<T> r = facts.r;
        String relation = r.relation.name();
        AttrSet partiallyDependent = AttrSet.empty(r.universe);
        for (int i = 0; i < facts.cover.size(); i++) {
            UnitFd u = facts.cover.get(i);
            if (facts.coverEngine.isSuperkey(u.lhs())) {
                continue;
            }
            List<String> lhs = r.names(u.lhs());
            String rhs = r.name(u.rhs());
            List<Integer> self = List.of(i);
            if (facts.prime.contains(u.rhs())) {
                List<String> key = r.names(facts.firstKeyContaining(AttrSet.of(r.universe, u.rhs())));
                add(Violation.Kind.NON_KEY_DETERMINANT, lhs, rhs, key, true, false, self,
                        Wording.nonKeyDeterminant(relation, lhs, rhs, key));
                continue;
            }
            boolean certain = facts.nonPrime.contains(u.rhs());
            AttrSet containing = facts.firstKeyContaining(u.lhs());
            if (containing != null) {
                List<String> key = r.names(containing);
                add(Violation.Kind.PARTIAL_DEPENDENCY, lhs, rhs, key, certain, false, self,
                        Wording.partial(lhs, rhs, key, certain, List.of()));
                partiallyDependent = partiallyDependent.with(u.rhs());
            } else {
                List<String> key = r.names(facts.keys.keys().get(0));
                add(Violation.Kind.TRANSITIVE_DEPENDENCY, lhs, rhs, key, certain, false, self,
                        Wording.transitive(relation, lhs, rhs, key, certain));
            }
        }
        return partiallyDependent;
    }

    /**
     * Partial dependencies not visible in the cover. One is skipped when its derivation passes
     * through an attribute already reported as partially dependent (with key AB and cover B -> F,
     * F -> G, reporting B -> F is enough; B -> G goes away with it). Skipping needs a reported
     * attribute, so when 2NF fails at least one partial dependency is always reported.
     *
     * <p>Costs about Σ|K| closures over the keys found, charged to the budget; returns false if it
     * ran out.
     */
    private boolean impliedPartials(AttrSet alreadyReported) {
        IndexedRelation<T> r = facts.r;
        int n = r.universe;
        AttrSet reported = alreadyReported;
        AttrSet candidates = r.all.minus(facts.prime).minus(reported);
        for (AttrSet key : facts.keys.keys()) {
            if (candidates.isEmpty()) {
                return true;
            }
            for (int a = key.next(0); a >= 0; a = key.next(a + 1)) {
                AttrSet part = key.without(a);
                if (!facts.budget.tryCharge()) {
                    return false;
                }
                AttrSet hits = facts.coverEngine.closure(part).intersect(candidates);
                for (int b = hits.next(0); b >= 0; b = hits.next(b + 1)) {
                    AttrSet lhs = part;
                    for (int x = lhs.previous(n - 1); x >= 0; x = lhs.previous(x - 1)) {
                        if (!facts.budget.tryCharge()) {
                            return false;
                        }
                        if (facts.coverEngine.implies(lhs.without(x), b, null)) {
                            lhs = lhs.without(x);
                        }
                    }
                    List<Integer> proof = proof(lhs, b);
                    candidates = candidates.without(b);
                    AttrSet through = AttrSet.empty(n);
                    for (int f : proof) {
                        through = through.with(facts.cover.get(f).rhs());
                    }
                    if (through.without(b).intersects(reported)) {
                        continue;
                    }
                    reported = reported.with(b);
                    List<String> lhsNames = r.names(lhs);
                    List<String> keyNames = r.names(key);
                    boolean certain = facts.nonPrime.contains(b);
                    add(Violation.Kind.PARTIAL_DEPENDENCY, lhsNames, r.name(b), keyNames, certain, true, proof,
                            Wording.partial(lhsNames, r.name(b), keyNames, certain, facts.coverFds(proof)));
                }
            }
        }
        return true;
    }

    /** The cover dependencies, in cover order, that the closure of {@code from} used to reach {@code target}. */
    private List<Integer> proof(AttrSet from, int target) {
        int[] firedBy = new int[facts.r.universe];
        Arrays.fill(firedBy, -1);
        facts.coverEngine.closureWithProof(from, firedBy);
        boolean[] used = new boolean[facts.cover.size()];
        int[] todo = new int[facts.r.universe];
        boolean[] queued = new boolean[facts.r.universe];
        int top = 0;
        todo[top++] = target;
        queued[target] = true;
        while (top > 0) {
            int a = todo[--top];
            int f = firedBy[a];
            if (f < 0 || used[f]) {
                continue; // a member of `from`, or already explained
            }
            used[f] = true;
            AttrSet needs = facts.cover.get(f).lhs();
            for (int x = needs.next(0); x >= 0; x = needs.next(x + 1)) {
                if (!queued[x]) {
                    queued[x] = true;
                    todo[top++] = x;
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int f = 0; f < used.length; f++) {
            if (used[f]) {
                out.add(f);
            }
        }
        return out;
    }

    private void add(Violation.Kind kind, List<String> lhs, String rhs, List<String> key, boolean certain,
            boolean implied, List<Integer> derivation, String message) {
        found.add(new Violation<>(kind, lhs, rhs, key, certain, implied,
                facts.coverFds(derivation), facts.declarationsOf(derivation), message));
    }
}
