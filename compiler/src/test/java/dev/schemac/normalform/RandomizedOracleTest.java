package dev.schemac.normalform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast algorithms against the literal definitions ({@link BruteForce}) on thousands of random
 * relations of up to 10 attributes, with fixed seeds so a failure reproduces.
 */
class RandomizedOracleTest {

    private static final int RELATIONS = 3_000;
    private static final int MAX_ATTRIBUTES = 10;

    private interface Check {
        void run(Relation<String> r, BruteForce oracle, Analysis<String> a);
    }

    private static void forRandomRelations(long seed, Check check) {
        Random rnd = new Random(seed);
        for (int i = 0; i < RELATIONS; i++) {
            Relation<String> r = Fixtures.random(rnd, MAX_ATTRIBUTES);
            BruteForce oracle = new BruteForce(r);
            Analysis<String> a = NormalFormAnalyzer.analyze(r);
            try {
                check.run(r, oracle, a);
            } catch (AssertionError e) {
                throw new AssertionError("relation #" + i + " (seed " + seed + "): " + r, e);
            }
        }
    }

    @Test
    void closuresMatchTheNaiveFixpoint() {
        forRandomRelations(1, (r, oracle, a) -> {
            IndexedRelation<String> indexed = new IndexedRelation<>(r);
            ClosureEngine engine = new ClosureEngine(indexed.universe, indexed.declaredLhs, indexed.declaredRhs);
            for (int x = 0; x <= oracle.all(); x++) {
                int[] members = oracle.names(x).stream().mapToInt(r.attributes()::indexOf).toArray();
                AttrSet closure = engine.closure(AttrSet.of(oracle.n, members));
                assertThat(indexed.names(closure)).isEqualTo(oracle.names(oracle.closure(x)));
            }
            int full = oracle.all();
            assertThat(NormalFormAnalyzer.closure(r, oracle.names(full & 0x5))).isEqualTo(oracle.names(oracle.closure(full & 0x5)));
        });
    }

    @Test
    void candidateKeysAndPrimesMatchTheDefinition() {
        forRandomRelations(2, (r, oracle, a) -> {
            List<List<String>> expected = oracle.keys().stream().map(oracle::names).toList();
            assertThat(a.candidateKeys().keys()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(a.candidateKeys().complete()).isTrue();
            assertThat(a.primality().prime()).isEqualTo(oracle.names(oracle.prime()));
            assertThat(a.primality().nonPrime()).isEqualTo(oracle.names(oracle.all() & ~oracle.prime()));
            assertThat(a.primality().exact()).isTrue();
            // sorted by size, then by declaration positions
            List<List<String>> keys = a.candidateKeys().keys();
            for (int k = 1; k < keys.size(); k++) {
                assertThat(AttrSet.of(oracle.n, indexes(oracle, keys.get(k - 1)))
                        .compareTo(AttrSet.of(oracle.n, indexes(oracle, keys.get(k))))).isNegative();
            }
        });
    }

    @Test
    void normalFormMatchesTheDefinitionsOverAllImpliedDependencies() {
        forRandomRelations(3, (r, oracle, a) -> {
            assertThat(a.normalForm()).isEqualTo(oracle.normalForm());
            assertThat(a.normalFormExact()).isTrue();
            boolean partial = a.violations().stream().anyMatch(v -> v.kind() == Violation.Kind.PARTIAL_DEPENDENCY);
            boolean transitive = a.violations().stream().anyMatch(v -> v.kind() == Violation.Kind.TRANSITIVE_DEPENDENCY);
            assertThat(partial).isEqualTo(oracle.violates2nf());
            assertThat(partial || transitive).isEqualTo(oracle.violates3nf());
            assertThat(!a.violations().isEmpty()).isEqualTo(oracle.violatesBcnf());
            assertThat(a.decomposition().isEmpty()).isEqualTo(!oracle.violates3nf());
        });
    }

    @Test
    void everyViolationStatesTrueFacts() {
        forRandomRelations(4, (r, oracle, a) -> {
            int prime = oracle.prime();
            List<Integer> keys = oracle.keys();
            for (Violation<String> v : a.violations()) {
                int lhs = oracle.mask(v.lhs());
                int rhs = oracle.mask(List.of(v.rhs()));
                int key = oracle.mask(v.key());
                assertThat(oracle.superkey(lhs)).as("lhs is a superkey: %s", v).isFalse();
                assertThat(oracle.closure(lhs) & rhs).as("lhs does not determine rhs: %s", v).isEqualTo(rhs);
                assertThat(lhs & rhs).isZero();
                assertThat(keys).contains(key);
                assertThat(v.certain()).isTrue();
                assertThat(v.declared()).isNotEmpty();
                switch (v.kind()) {
                    case PARTIAL_DEPENDENCY -> {
                        assertThat(rhs & prime).isZero();
                        assertThat((lhs & ~key) == 0 && lhs != key).as("lhs inside the key: %s", v).isTrue();
                    }
                    case TRANSITIVE_DEPENDENCY -> {
                        assertThat(rhs & prime).isZero();
                        assertThat(keys).noneMatch(k -> (lhs & ~k) == 0);
                    }
                    case NON_KEY_DETERMINANT -> assertThat(key & rhs).isEqualTo(rhs);
                }
                // the derivation really derives it
                BruteForce derivation = new BruteForce(oracle.names,
                        v.derivation().stream().mapToInt(f -> oracle.mask(f.lhs())).toArray(),
                        v.derivation().stream().mapToInt(f -> oracle.mask(List.of(f.rhs()))).toArray());
                assertThat(derivation.closure(lhs) & rhs).isEqualTo(rhs);
                assertThat(v.implied()).isEqualTo(v.derivation().size() > 1);
            }
            // A non-prime attribute depending on part of a key is reported, or it depends on it
            // through an attribute that is.
            int reported = 0;
            for (Violation<String> v : a.violations()) {
                if (v.kind() == Violation.Kind.PARTIAL_DEPENDENCY) {
                    reported |= oracle.mask(List.of(v.rhs()));
                }
            }
            assertThat(reported & ~oracle.partiallyDependent()).isZero();
            assertThat(reported == 0).isEqualTo(oracle.partiallyDependent() == 0);
        });
    }

    @Test
    void minimalCoverIsEquivalentLeftReducedAndNonRedundant() {
        forRandomRelations(5, (r, oracle, a) -> {
            List<CoverFd<String>> cover = a.minimalCover();
            int[] lhs = cover.stream().mapToInt(f -> oracle.mask(f.lhs())).toArray();
            int[] rhs = cover.stream().mapToInt(f -> oracle.mask(List.of(f.rhs()))).toArray();
            BruteForce g = new BruteForce(oracle.names, lhs, rhs);
            for (int x = 0; x <= oracle.all(); x++) {
                assertThat(g.closure(x)).as("closure of %s", oracle.names(x)).isEqualTo(oracle.closure(x));
            }
            for (int f = 0; f < lhs.length; f++) {
                assertThat(lhs[f] & rhs[f]).isZero();
                for (int b = 0; b < oracle.n; b++) {
                    if ((lhs[f] & (1 << b)) != 0) {
                        assertThat(g.closure(lhs[f] & ~(1 << b)) & rhs[f]).as("extraneous attribute").isZero();
                    }
                }
                BruteForce without = new BruteForce(oracle.names, remove(lhs, f), remove(rhs, f));
                assertThat(without.closure(lhs[f]) & rhs[f]).as("redundant %s", cover.get(f)).isZero();
                // every source declaration states it, possibly with a larger left side
                for (DeclaredFd<String> d : cover.get(f).declared()) {
                    assertThat(d.rhs()).contains(cover.get(f).rhs());
                    assertThat(oracle.mask(d.lhs()) & lhs[f]).isEqualTo(lhs[f]);
                }
            }
            for (int f = 0; f < lhs.length; f++) {
                for (int h = f + 1; h < lhs.length; h++) {
                    assertThat(lhs[f] == lhs[h] && rhs[f] == rhs[h]).as("duplicate").isFalse();
                }
            }
        });
    }

    @Test
    void redundantDeclarationsAreImpliedByTheRestWhichIsIrredundant() {
        forRandomRelations(6, (r, oracle, a) -> {
            List<DeclaredFd<String>> kept = new ArrayList<>(r.dependencies());
            kept.removeAll(a.redundant());
            int[] lhs = kept.stream().mapToInt(d -> oracle.mask(d.lhs())).toArray();
            int[] rhs = kept.stream().mapToInt(d -> oracle.mask(d.rhs())).toArray();
            BruteForce k = new BruteForce(oracle.names, lhs, rhs);
            for (int x = 0; x <= oracle.all(); x++) {
                assertThat(k.closure(x)).isEqualTo(oracle.closure(x));
            }
            for (int f = 0; f < lhs.length; f++) {
                BruteForce without = new BruteForce(oracle.names, remove(lhs, f), remove(rhs, f));
                assertThat(without.closure(lhs[f]) & rhs[f]).isNotEqualTo(rhs[f]);
            }
        });
    }

    @Test
    void synthesisIsLosslessDependencyPreservingAndEachPartIsIn3nf() {
        forRandomRelations(7, (r, oracle, a) -> {
            List<ProposedRelation<String>> parts = NormalFormAnalyzer.synthesizeThirdNormalForm(r, Limits.DEFAULT);
            List<Integer> masks = parts.stream().map(p -> oracle.mask(p.attributes())).toList();
            int[] lhs = BruteForce.masks(r, true);
            int[] rhs = BruteForce.masks(r, false);
            assertThat(masks.stream().reduce(0, (x, y) -> x | y)).isEqualTo(oracle.all());
            assertThat(DecompositionChecks.lossless(oracle.n, lhs, rhs, masks)).as("lossless").isTrue();
            assertThat(DecompositionChecks.preservesDependencies(oracle, lhs, rhs, masks)).as("preserving").isTrue();
            for (int i = 0; i < parts.size(); i++) {
                ProposedRelation<String> p = parts.get(i);
                assertThat(DecompositionChecks.partIn3nf(oracle, masks.get(i))).as("3NF: %s", p).isTrue();
                int key = oracle.mask(p.key());
                assertThat(oracle.closure(key) & masks.get(i)).as("key of part: %s", p).isEqualTo(masks.get(i));
                for (int j = 0; j < parts.size(); j++) {
                    assertThat(i != j && (masks.get(i) & ~masks.get(j)) == 0).as("contained part").isFalse();
                }
                for (CoverFd<String> f : p.dependencies()) {
                    assertThat(p.attributes()).containsAll(f.lhs()).contains(f.rhs());
                }
            }
            assertThat(oracle.superkey(masks.get(0))).as("first part keeps a key").isTrue();
            assertThat(parts.stream().map(ProposedRelation::nameHint).distinct()).hasSameSizeAs(parts);
        });
    }

    @Test
    void resultIsDeterministicAndKeysDoNotDependOnDeclarationOrder() {
        Random shuffler = new Random(99);
        forRandomRelations(8, (r, oracle, a) -> {
            assertThat(NormalFormAnalyzer.analyze(r)).isEqualTo(a);
            List<DeclaredFd<String>> shuffled = new ArrayList<>(r.dependencies());
            Collections.shuffle(shuffled, shuffler);
            Relation.Builder<String> b = Relation.builder(r.name(), r.attributes());
            shuffled.forEach(d -> b.depends(d.lhs(), d.rhs(), d.origin()));
            Analysis<String> other = NormalFormAnalyzer.analyze(b.build());
            // The cover may differ with declaration order (it is chosen greedily in that order), and
            // the search statistics with it; keys, primes and the normal form may not.
            assertThat(other.candidateKeys().keys()).isEqualTo(a.candidateKeys().keys());
            assertThat(other.primality()).isEqualTo(a.primality());
            assertThat(other.normalForm()).isEqualTo(a.normalForm());
        });
    }

    private static int[] remove(int[] xs, int at) {
        int[] out = new int[xs.length - 1];
        System.arraycopy(xs, 0, out, 0, at);
        System.arraycopy(xs, at + 1, out, at, xs.length - at - 1);
        return out;
    }

    private static int[] indexes(BruteForce oracle, List<String> names) {
        return names.stream().mapToInt(oracle.names::indexOf).toArray();
    }
}
