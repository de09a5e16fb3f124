package dev.schemac.normalform;

/**
 * Work bounds for the analysis. Finding all candidate keys is output-exponential (a relation with
 * n pairs {@code Ai <-> Bi} has 2^n keys), so the key search stops when any bound is reached and
 * says so. The only other super-linear step, checking 2NF against every key found, shares the
 * closure bound; the rest is linear in the input (times the number of keys, for messages).
 *
 * <p>Bounds count work, not time, so a given input always produces the same result.
 *
 * @param maxKeys the key search stops rather than record key number {@code maxKeys + 1}; so a
 *     relation with exactly {@code maxKeys} keys still yields a complete answer, and a stop on this
 *     bound proves there are more keys than were returned
 * @param maxClosures closure computations (each linear in the size of the dependencies) that the
 *     key search and then the search for implied partial dependencies may spend together; the first
 *     key is always found, even if that alone exceeds this bound
 * @param maxSubsetSteps set-trie node visits the key search may spend on "is a known key inside this
 *     set?" queries; a guard that only pathological inputs reach
 */
public record Limits(int maxKeys, long maxClosures, long maxSubsetSteps) {

    /** Generous for hand-written schemas; a relation beyond these is worth a diagnostic anyway. */
    public static final Limits DEFAULT = new Limits(1_000, 100_000, 10_000_000);

    public Limits {
        if (maxKeys < 1 || maxClosures < 0 || maxSubsetSteps < 0) {
            throw new IllegalArgumentException(
                    "limits must be positive: " + maxKeys + ", " + maxClosures + ", " + maxSubsetSteps);
        }
    }

    public Limits withMaxKeys(int keys) {
        return new Limits(keys, maxClosures, maxSubsetSteps);
    }

    public Limits withMaxClosures(long closures) {
        return new Limits(maxKeys, closures, maxSubsetSteps);
    }

    public Limits withMaxSubsetSteps(long subsetSteps) {
        return new Limits(maxKeys, maxClosures, subsetSteps);
    }
}
