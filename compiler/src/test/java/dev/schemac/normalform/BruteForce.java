package dev.schemac.normalform;

import java.util.ArrayList;
import java.util.List;

/**
 * The definitions, evaluated literally over every subset of a small relation (at most 12
 * attributes). Independent of the code under test: int masks, a naive fixpoint closure, and the
 * textbook definitions of keys and normal forms over all implied dependencies.
 */
final class BruteForce {

    final int n;
    final List<String> names;
    private final int[] lhs;
    private final int[] rhs;
    private final int[] closures;

    BruteForce(Relation<?> relation) {
        this(relation.attributes(), masks(relation, true), masks(relation, false));
    }

    BruteForce(List<String> names, int[] lhs, int[] rhs) {
        this.names = names;
        this.n = names.size();
        if (n > 12) {
            throw new IllegalArgumentException("too large for brute force: " + n);
        }
        this.lhs = lhs;
        this.rhs = rhs;
        this.closures = new int[1 << n];
        for (int x = 0; x < closures.length; x++) {
            closures[x] = fixpoint(x);
        }
    }

    static int[] masks(Relation<?> relation, boolean left) {
        return relation.dependencies().stream()
                .mapToInt(d -> mask(relation.attributes(), left ? d.lhs() : d.rhs()))
                .toArray();
    }

    static int mask(List<String> names, List<String> attrs) {
        int m = 0;
        for (String a : attrs) {
            int i = names.indexOf(a);
            if (i < 0) {
                throw new IllegalArgumentException(a);
            }
            m |= 1 << i;
        }
        return m;
    }

    int mask(List<String> attrs) {
        return mask(names, attrs);
    }

    List<String> names(int mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(names.get(i));
            }
        }
        return out;
    }

    private int fixpoint(int x) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int f = 0; f < lhs.length; f++) {
                if ((x & lhs[f]) == lhs[f] && (x | rhs[f]) != x) {
                    x |= rhs[f];
                    changed = true;
                }
            }
        }
        return x;
    }

    int all() {
        return (1 << n) - 1;
    }

    int closure(int x) {
        return closures[x];
    }

    boolean superkey(int x) {
        return closures[x] == all();
    }

    /** Keys as masks, in ascending mask order (the caller sorts as it needs). */
    List<Integer> keys() {
        List<Integer> keys = new ArrayList<>();
        for (int x = 0; x <= all(); x++) {
            if (!superkey(x)) {
                continue;
            }
            boolean minimal = true;
            for (int i = 0; i < n && minimal; i++) {
                if ((x & (1 << i)) != 0 && superkey(x & ~(1 << i))) {
                    minimal = false;
                }
            }
            if (minimal) {
                keys.add(x);
            }
        }
        return keys;
    }

    int prime() {
        int p = 0;
        for (int k : keys()) {
            p |= k;
        }
        return p;
    }

    /** Some non-prime attribute depends on a proper subset of some key. */
    boolean violates2nf() {
        return partiallyDependent() != 0;
    }

    /** Non-prime attributes that depend on a proper subset of some key. */
    int partiallyDependent() {
        int nonPrime = all() & ~prime();
        int out = 0;
        for (int k : keys()) {
            if (k == 0) {
                continue; // the empty key has no proper subset
            }
            // every proper submask s of k, including 0
            for (int s = (k - 1) & k; ; s = (s - 1) & k) {
                out |= closure(s) & nonPrime & ~s;
                if (s == 0) {
                    break;
                }
            }
        }
        return out;
    }

    /** Some implied X -> A, A not in X, X not a superkey, A non-prime. */
    boolean violates3nf() {
        int prime = prime();
        for (int x = 0; x <= all(); x++) {
            if (!superkey(x) && (closure(x) & ~x & ~prime) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Some implied X -> A, A not in X, X not a superkey. */
    boolean violatesBcnf() {
        for (int x = 0; x <= all(); x++) {
            if (!superkey(x) && (closure(x) & ~x) != 0) {
                return true;
            }
        }
        return false;
    }

    NormalForm normalForm() {
        if (violates2nf()) {
            return NormalForm.FIRST;
        }
        if (violates3nf()) {
            return NormalForm.SECOND;
        }
        return violatesBcnf() ? NormalForm.THIRD : NormalForm.BOYCE_CODD;
    }
}
