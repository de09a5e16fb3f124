package dev.schemac.normalform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Entry point: normal-form analysis of one relation from its declared functional dependencies.
 *
 * <pre>{@code
 * Relation<Span> address = Relation.<Span>builder("Address", List.of("id", "street", "zip", "city", "state"))
 *         .key(List.of("id"), idSpan)
 *         .depends(List.of("zip"), List.of("city", "state"), dependsSpan)
 *         .build();
 * Analysis<Span> a = NormalFormAnalyzer.analyze(address);
 * a.normalForm();                 // SECOND
 * a.violations().get(0).message(); // "zip → city: zip is not a key of Address, and city is not ..."
 * a.violations().get(0).declared(); // [the @@depends declaration, with dependsSpan]
 * }</pre>
 *
 * <p>Pure and deterministic: the same relation always yields an equal analysis, whatever the
 * platform, and the work is bounded by {@link Limits}.
 */
public final class NormalFormAnalyzer {

    private NormalFormAnalyzer() {}

    public static <T> Analysis<T> analyze(Relation<T> relation) {
        return analyze(relation, Limits.DEFAULT);
    }

    public static <T> Analysis<T> analyze(Relation<T> relation, Limits limits) {
        Facts<T> facts = new Facts<>(relation, limits);
        IndexedRelation<T> r = facts.r;
        KeySearch.Result ks = facts.keys;
        CandidateKeys keys = new CandidateKeys(ks.keys().stream().map(r::names).toList(),
                ks.complete(), ks.stopReason(), ks.closures(), ks.subsetSteps());
        Primality primality = new Primality(r.names(facts.prime), r.names(facts.nonPrime),
                r.names(facts.undetermined), facts.undetermined.isEmpty());

        ViolationFinder.Found<T> found = ViolationFinder.find(facts);
        List<Violation<T>> violations = found.violations();
        NormalForm form = NormalForm.BOYCE_CODD;
        for (Violation<T> v : violations) {
            NormalForm below = NormalForm.values()[v.kind().breaks().ordinal() - 1];
            if (below.compareTo(form) < 0) {
                form = below;
            }
        }
        // With keys (or implied partial dependencies) missing: BCNF needs no keys; a 3NF verdict
        // means every non-superkey determinant only determines attributes proven prime; a certain
        // partial dependency is proven. Anything else could change with what was not found.
        boolean exact = (ks.complete() && found.impliedSearchComplete())
                || form.isAtLeast(NormalForm.THIRD)
                || (form == NormalForm.FIRST && violations.stream()
                        .anyMatch(v -> v.kind() == Violation.Kind.PARTIAL_DEPENDENCY && v.certain()));

        List<ProposedRelation<T>> decomposition =
                form.isAtLeast(NormalForm.THIRD) ? List.of() : Synthesis.of(facts);

        return new Analysis<>(relation.name(), relation.attributes(), relation.dependencies(), facts.coverFds,
                redundantDeclarations(r), keys, primality, form, exact, violations, decomposition);
    }

    /**
     * Bernstein 3NF synthesis of the relation, whatever its normal form (the analysis proposes it only
     * below 3NF). The result is lossless and dependency-preserving.
     */
    public static <T> List<ProposedRelation<T>> synthesizeThirdNormalForm(Relation<T> relation, Limits limits) {
        return Synthesis.of(new Facts<>(relation, limits));
    }

    /** The closure of {@code attributes} under the relation's declared dependencies, in declaration order. */
    public static List<String> closure(Relation<?> relation, Collection<String> attributes) {
        IndexedRelation<?> r = new IndexedRelation<>(relation);
        List<String> names = relation.attributes();
        int[] indexes = attributes.stream().mapToInt(a -> {
            int i = names.indexOf(a);
            if (i < 0) {
                throw new IllegalArgumentException("unknown attribute '" + a + "' in " + relation.name());
            }
            return i;
        }).toArray();
        ClosureEngine engine = new ClosureEngine(r.universe, r.declaredLhs, r.declaredRhs);
        return r.names(engine.closure(AttrSet.of(r.universe, indexes)));
    }

    /** Drops declarations from the last one, each if the others still left imply it. */
    private static <T> List<DeclaredFd<T>> redundantDeclarations(IndexedRelation<T> r) {
        ClosureEngine engine = new ClosureEngine(r.universe, r.declaredLhs, r.declaredRhs);
        boolean[] dropped = new boolean[r.declarationCount()];
        for (int d = dropped.length - 1; d >= 0; d--) {
            dropped[d] = true;
            AttrSet needed = r.declaredRhs.get(d).minus(r.declaredLhs.get(d));
            if (!needed.isEmpty() && !needed.isSubsetOf(engine.closure(r.declaredLhs.get(d), dropped))) {
                dropped[d] = false;
            }
        }
        List<DeclaredFd<T>> out = new ArrayList<>();
        for (int d = 0; d < dropped.length; d++) {
            if (dropped[d]) {
                out.add(r.relation.dependencies().get(d));
            }
        }
        return List.copyOf(out);
    }
}
