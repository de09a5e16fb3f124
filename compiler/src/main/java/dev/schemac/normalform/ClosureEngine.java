package dev.schemac.normalform;

import java.util.List;

/**
 * Attribute closure over a fixed list of dependencies, in time linear in the size of the
 * dependencies (Beeri and Bernstein, 1979).
 *
 * <p>Each dependency keeps a counter of left-side attributes not yet in the closure; an attribute
 * entering the closure decrements the counters of the dependencies that mention it on the left,
 * and a dependency fires when its counter reaches zero. Every attribute is queued at most once and
 * every left-side occurrence is decremented at most once, so one closure costs
 * O(attributes + total size of the dependencies), whatever the order of the dependencies. A naive
 * fixpoint is quadratic in the number of dependencies on chains, which is exactly the shape
 * key-heavy relations have.
 *
 * <p>Immutable after construction; every call allocates its own scratch arrays, so one engine may be
 * shared freely.
 */
final class ClosureEngine {

    /** Passed as a target to stop as soon as the closure is the whole relation. */
    private static final int WHOLE_RELATION = -1;
    /** Passed as a target to compute the full closure. */
    private static final int NO_TARGET = -2;

    private final int universe;
    private final int[] lhsSize;
    private final int[][] rhsAttrs;
    /** For each attribute, the dependencies having it on the left. */
    private final int[][] watchers;
    /** Dependencies with an empty left side: they hold unconditionally. */
    private final int[] unconditional;

    ClosureEngine(int universe, List<AttrSet> lhs, List<AttrSet> rhs) {
        if (lhs.size() != rhs.size()) {
            throw new IllegalArgumentException("lhs and rhs lists differ in length");
        }
        this.universe = universe;
        int m = lhs.size();
        this.lhsSize = new int[m];
        this.rhsAttrs = new int[m][];
        int[] watchCount = new int[universe];
        int unconditionalCount = 0;
        for (int f = 0; f < m; f++) {
            AttrSet l = lhs.get(f);
            lhsSize[f] = l.size();
            rhsAttrs[f] = rhs.get(f).toArray();
            if (l.isEmpty()) {
                unconditionalCount++;
            }
            for (int a = l.next(0); a >= 0; a = l.next(a + 1)) {
                watchCount[a]++;
            }
        }
        this.watchers = new int[universe][];
        for (int a = 0; a < universe; a++) {
            watchers[a] = new int[watchCount[a]];
        }
        this.unconditional = new int[unconditionalCount];
        int[] fill = new int[universe];
        int u = 0;
        for (int f = 0; f < m; f++) {
            AttrSet l = lhs.get(f);
            if (l.isEmpty()) {
                unconditional[u++] = f;
            }
            for (int a = l.next(0); a >= 0; a = l.next(a + 1)) {
                watchers[a][fill[a]++] = f;
            }
        }
    }

    int universe() {
        return universe;
    }

    int dependencyCount() {
        return lhsSize.length;
    }

    AttrSet closure(AttrSet x) {
        return AttrSet.adopt(run(x, null, NO_TARGET, null));
    }

    AttrSet closure(AttrSet x, boolean[] disabled) {
        return AttrSet.adopt(run(x, disabled, NO_TARGET, null));
    }

    boolean isSuperkey(AttrSet x) {
        return AttrSet.adopt(run(x, null, WHOLE_RELATION, null)).size() == universe;
    }

    /** Whether {@code x -> target} follows from the dependencies that are not disabled. */
    boolean implies(AttrSet x, int target, boolean[] disabled) {
        long[] w = run(x, disabled, target, null);
        return (w[target >>> 6] & (1L << target)) != 0;
    }

    /**
     * The closure of {@code x}, recording in {@code firedBy[a]} the dependency that brought each
     * derived attribute {@code a} in (attributes of {@code x} and attributes never reached keep
     * their previous value), so that callers can replay a proof.
     */
    AttrSet closureWithProof(AttrSet x, int[] firedBy) {
        return AttrSet.adopt(run(x, null, NO_TARGET, firedBy));
    }

    private long[] run(AttrSet start, boolean[] disabled, int target, int[] firedBy) {
        long[] res = start.copyWords();
        int count = start.size();
        // Nothing fires from the empty set without unconditional dependencies: the left-reduction
        // of a one-attribute side asks exactly this, once per unit of every key.
        if (count == universe || (target >= 0 && start.contains(target)) || (count == 0 && unconditional.length == 0)) {
            return res;
        }
        int[] remaining = lhsSize.clone();
        int[] queue = new int[universe];
        int head = 0;
        int tail = 0;
        for (int a = start.next(0); a >= 0; a = start.next(a + 1)) {
            queue[tail++] = a;
        }
        // Unconditional dependencies are processed as if popped first; index -1 stands for them.
        int pending = -1;
        int[] fds = unconditional;
        int fi = 0;
        while (true) {
            if (fi == fds.length) {
                if (head == tail) {
                    return res;
                }
                pending = queue[head++];
                fds = watchers[pending];
                fi = 0;
                continue;
            }
            int f = fds[fi++];
            if (pending >= 0 && --remaining[f] != 0) {
                continue;
            }
            if (disabled != null && disabled[f]) {
                continue;
            }
            for (int b : rhsAttrs[f]) {
                long bit = 1L << b;
                if ((res[b >>> 6] & bit) == 0) {
                    res[b >>> 6] |= bit;
                    queue[tail++] = b;
                    count++;
                    if (firedBy != null) {
                        firedBy[b] = f;
                    }
                    if (b == target || count == universe) {
                        return res;
                    }
                }
            }
        }
    }
}
