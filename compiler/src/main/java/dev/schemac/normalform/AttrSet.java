package dev.schemac.normalform;

import java.util.Arrays;

/**
 * An immutable set of attribute indexes of one relation, stored as a bitset.
 *
 * <p>Every set built for a relation has the same word count (derived from the relation's
 * attribute count), so equality and hashing can compare the word arrays directly. Mixing sets of
 * relations with different attribute counts is a programming error.
 */
final class AttrSet implements Comparable<AttrSet> {

    private final long[] words;
    private final int size;

    private AttrSet(long[] words) {
        this.words = words;
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        this.size = n;
    }

    static int wordCount(int universe) {
        return (universe + 63) >>> 6;
    }

    static AttrSet empty(int universe) {
        return new AttrSet(new long[wordCount(universe)]);
    }

    static AttrSet full(int universe) {
        long[] w = new long[wordCount(universe)];
        for (int i = 0; i < universe; i++) {
            w[i >>> 6] |= 1L << i;
        }
        return new AttrSet(w);
    }

    static AttrSet of(int universe, int... indexes) {
        long[] w = new long[wordCount(universe)];
        for (int i : indexes) {
            if (i < 0 || i >= universe) {
                throw new IndexOutOfBoundsException(i);
            }
            w[i >>> 6] |= 1L << i;
        }
        return new AttrSet(w);
    }

    /** Takes ownership of {@code words}: callers must not touch the array afterwards. */
    static AttrSet adopt(long[] words) {
        return new AttrSet(words);
    }

    /** A fresh copy of the words, for algorithms that grow a set in place. */
    long[] copyWords() {
        return words.clone();
    }

    boolean contains(int i) {
        return (words[i >>> 6] & (1L << i)) != 0;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    AttrSet with(int i) {
        if (contains(i)) {
            return this;
        }
        long[] w = words.clone();
        w[i >>> 6] |= 1L << i;
        return new AttrSet(w);
    }

    AttrSet without(int i) {
        if (!contains(i)) {
            return this;
        }
        long[] w = words.clone();
        w[i >>> 6] &= ~(1L << i);
        return new AttrSet(w);
    }

    AttrSet union(AttrSet o) {
        long[] w = words.clone();
        for (int k = 0; k < w.length; k++) {
            w[k] |= o.words[k];
        }
        return new AttrSet(w);
    }

    AttrSet intersect(AttrSet o) {
        long[] w = words.clone();
        for (int k = 0; k < w.length; k++) {
            w[k] &= o.words[k];
        }
        return new AttrSet(w);
    }

    AttrSet minus(AttrSet o) {
        long[] w = words.clone();
        for (int k = 0; k < w.length; k++) {
            w[k] &= ~o.words[k];
        }
        return new AttrSet(w);
    }

    boolean isSubsetOf(AttrSet o) {
        for (int k = 0; k < words.length; k++) {
            if ((words[k] & ~o.words[k]) != 0) {
                return false;
            }
        }
        return true;
    }

    boolean intersects(AttrSet o) {
        for (int k = 0; k < words.length; k++) {
            if ((words[k] & o.words[k]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The smallest member {@code >= from}, or -1; the usual way to walk a set in index order. */
    int next(int from) {
        int k = from >>> 6;
        if (k >= words.length) {
            return -1;
        }
        long w = words[k] & (-1L << from);
        while (true) {
            if (w != 0) {
                return (k << 6) + Long.numberOfTrailingZeros(w);
            }
            if (++k == words.length) {
                return -1;
            }
            w = words[k];
        }
    }

    /** The largest member {@code <= from}, or -1; used where later-declared attributes go first. */
    int previous(int from) {
        if (from < 0) {
            return -1;
        }
        int k = Math.min(from >>> 6, words.length - 1);
        if (k < 0) {
            return -1;
        }
        long w = words[k];
        if (k == from >>> 6) {
            w &= -1L >>> (63 - (from & 63));
        }
        while (true) {
            if (w != 0) {
                return (k << 6) + 63 - Long.numberOfLeadingZeros(w);
            }
            if (--k < 0) {
                return -1;
            }
            w = words[k];
        }
    }

    int[] toArray() {
        int[] out = new int[size];
        int j = 0;
        for (int i = next(0); i >= 0; i = next(i + 1)) {
            out[j++] = i;
        }
        return out;
    }

    /** Smaller sets first, then lexicographically by ascending index: a stable, readable order. */
    @Override
    public int compareTo(AttrSet o) {
        if (size != o.size) {
            return Integer.compare(size, o.size);
        }
        int a = next(0);
        int b = o.next(0);
        while (a >= 0 && b >= 0) {
            if (a != b) {
                return Integer.compare(a, b);
            }
            a = next(a + 1);
            b = o.next(b + 1);
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttrSet other && Arrays.equals(words, other.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
