package dev.schemac.normalform;

import java.util.List;

/**
 * The candidate keys found, and whether they are all of them.
 *
 * @param keys minimal keys, each in attribute declaration order; sorted by size, then by the
 *     declaration positions of their attributes; never empty (a relation always has a key)
 * @param complete whether {@code keys} is every candidate key of the relation
 * @param stopReason why the search ended; {@link StopReason#COMPLETE} iff {@code complete}
 * @param closures closure computations spent by the search
 * @param subsetSteps set-trie node visits spent by the search
 */
public record CandidateKeys(
        List<List<String>> keys, boolean complete, StopReason stopReason, long closures, long subsetSteps) {

    public enum StopReason {
        COMPLETE,
        /** More than {@link Limits#maxKeys()} keys exist; the first ones found are returned. */
        MAX_KEYS,
        MAX_CLOSURES,
        MAX_SUBSET_STEPS
    }

    public CandidateKeys {
        keys = keys.stream().map(List::copyOf).toList();
        if (complete != (stopReason == StopReason.COMPLETE)) {
            throw new IllegalArgumentException("complete=" + complete + " but stopReason=" + stopReason);
        }
    }
}
