package dev.schemac.normalform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.schemac.normalform.CandidateKeys.StopReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relations with exponentially many keys: the search must stop at its bound and say so. */
class KeySearchBoundTest {

    /** Generous: these take milliseconds; the timeout only guards against a hang. */
    private static final Duration NEVER_HANGS = Duration.ofSeconds(20);

    @Test
    void findsAll1024KeysOfTenPairsWhenTheBoundAllows() {
        Analysis<String> a = NormalFormAnalyzer.analyze(Fixtures.pairs(10), Limits.DEFAULT.withMaxKeys(1024));

        assertThat(a.candidateKeys().complete()).isTrue();
        assertThat(a.candidateKeys().keys()).hasSize(1024).doesNotHaveDuplicates()
                .allSatisfy(k -> assertOnePerPair(k, 10));
    }

    @Test
    void oneKeyFewerThanExistMeansIncomplete() {
        CandidateKeys keys = NormalFormAnalyzer.analyze(Fixtures.pairs(10), Limits.DEFAULT.withMaxKeys(1023))
                .candidateKeys();

        assertThat(keys.complete()).isFalse();
        assertThat(keys.stopReason()).isEqualTo(StopReason.MAX_KEYS);
        assertThat(keys.keys()).hasSize(1023);
    }

    @Test
    void fifteenPairsStopAtTheKeyBoundWithValidKeys() {
        Relation<String> r = Fixtures.pairs(15); // 2^15 = 32768 keys
        Analysis<String> a = assertTimeoutPreemptively(NEVER_HANGS, () -> NormalFormAnalyzer.analyze(r));

        CandidateKeys keys = a.candidateKeys();
        assertThat(keys.complete()).isFalse();
        assertThat(keys.stopReason()).isEqualTo(StopReason.MAX_KEYS);
        assertThat(keys.keys()).hasSize(Limits.DEFAULT.maxKeys()).doesNotHaveDuplicates();
        for (List<String> k : keys.keys()) {
            assertOnePerPair(k, 15);
            assertThat(NormalFormAnalyzer.closure(r, k)).hasSize(30);
            for (String attr : k) {
                List<String> smaller = new ArrayList<>(k);
                smaller.remove(attr);
                assertThat(NormalFormAnalyzer.closure(r, smaller)).as("minimal").hasSizeLessThan(30);
            }
        }
        // Every attribute turned up in some key found, so the verdict does not depend on the rest:
        // all attributes prime (3NF), a_i -> b_i with a_i no key (not BCNF).
        assertThat(a.primality().exact()).isTrue();
        assertThat(a.primality().prime()).hasSize(30);
        assertThat(a.normalForm()).isEqualTo(NormalForm.THIRD);
        assertThat(a.normalFormExact()).isTrue();
    }

    @Test
    void fifteenPairsCompleteWhenAllowed() {
        CandidateKeys keys = assertTimeoutPreemptively(NEVER_HANGS, () -> NormalFormAnalyzer.analyze(
                Fixtures.pairs(15), Limits.DEFAULT.withMaxKeys(1 << 15).withMaxClosures(10_000_000)))
                .candidateKeys();

        assertThat(keys.complete()).isTrue();
        assertThat(new HashSet<>(keys.keys())).hasSize(1 << 15);
    }

    @Test
    void closureBoundStopsTheSearchAndMakesPrimalityApproximate() {
        Analysis<String> a = NormalFormAnalyzer.analyze(Fixtures.pairs(15), Limits.DEFAULT.withMaxClosures(100));

        CandidateKeys keys = a.candidateKeys();
        assertThat(keys.stopReason()).isEqualTo(StopReason.MAX_CLOSURES);
        assertThat(keys.closures()).isLessThanOrEqualTo(100 + 30); // the first key is always found
        assertThat(keys.keys()).isNotEmpty();
        // a few keys cannot cover all 30 attributes: the rest is undetermined, not called non-prime
        assertThat(a.primality().exact()).isFalse();
        assertThat(a.primality().undetermined()).isNotEmpty();
        assertThat(a.primality().nonPrime()).isEmpty();
        assertThat(a.normalFormExact()).isFalse();
        assertThat(a.violations()).filteredOn(v -> !v.certain()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.message()).contains("key search stopped early"));
    }

    @Test
    void impliedPartialCheckSharesTheClosureBudget() {
        // Complete keys, but 2NF fails only through an implied partial dependency (see TextbookTest).
        Relation<String> r = Fixtures.relation("R", "A B C D E",
                "key A, B", "A -> C", "A -> E", "B, C -> A", "B, E -> A", "C, E -> D");
        long searchCost = NormalFormAnalyzer.analyze(r).candidateKeys().closures();

        Analysis<String> starved = NormalFormAnalyzer.analyze(r, Limits.DEFAULT.withMaxClosures(searchCost));
        assertThat(starved.candidateKeys().complete()).isTrue();
        assertThat(starved.normalForm()).isEqualTo(NormalForm.SECOND);
        assertThat(starved.normalFormExact()).isFalse();

        Analysis<String> fed = NormalFormAnalyzer.analyze(r, Limits.DEFAULT.withMaxClosures(searchCost + 20));
        assertThat(fed.normalForm()).isEqualTo(NormalForm.FIRST);
        assertThat(fed.normalFormExact()).isTrue();
    }

    @Test
    void firstKeyIsFoundEvenWithoutAClosureBudget() {
        CandidateKeys keys = NormalFormAnalyzer.analyze(Fixtures.pairs(4), Limits.DEFAULT.withMaxClosures(0))
                .candidateKeys();

        assertThat(keys.keys()).containsExactly(List.of("a1", "a2", "a3", "a4"));
        assertThat(keys.stopReason()).isEqualTo(StopReason.MAX_CLOSURES);
    }

    @Test
    void subsetProbeBoundStopsTheSearch() {
        CandidateKeys keys = NormalFormAnalyzer.analyze(Fixtures.pairs(15), Limits.DEFAULT.withMaxSubsetSteps(500))
                .candidateKeys();

        assertThat(keys.stopReason()).isEqualTo(StopReason.MAX_SUBSET_STEPS);
        assertThat(keys.subsetSteps()).isLessThanOrEqualTo(501);
        assertThat(keys.complete()).isFalse();
    }

    @Test
    void surrogateKeyNeverReachesTheSearchLoop() {
        // id is on no right side and determines everything: one closure settles the keys.
        List<String> attrs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            attrs.add("c" + i);
        }
        Relation.Builder<String> b = Relation.<String>builder("Wide", attrs).key(List.of("c0"), "pk");
        for (int i = 1; i + 1 < 300; i += 2) {
            b.depends(List.of("c" + i), List.of("c" + (i + 1)), "fd" + i);
        }
        Analysis<String> a = assertTimeoutPreemptively(NEVER_HANGS, () -> NormalFormAnalyzer.analyze(b.build()));

        assertThat(a.candidateKeys().keys()).containsExactly(List.of("c0"));
        assertThat(a.candidateKeys().closures()).isEqualTo(1);
        assertThat(a.normalForm()).isEqualTo(NormalForm.SECOND);
        assertThat(a.violations()).hasSize(149).allMatch(v -> v.kind() == Violation.Kind.TRANSITIVE_DEPENDENCY);
        assertThat(a.decomposition()).hasSize(150);
        assertThat(a.decomposition().get(0).attributes()).hasSize(151); // c0 and the odd columns
    }

    private static void assertOnePerPair(List<String> key, int pairs) {
        assertThat(key).hasSize(pairs);
        for (int i = 1; i <= pairs; i++) {
            assertThat(key.contains("a" + i) ^ key.contains("b" + i)).as("pair %s in %s", i, key).isTrue();
        }
    }
}
