package dev.schemac.normalform;

import java.util.List;

/** Independent checks of a decomposition against the original dependencies, on int masks. */
final class DecompositionChecks {

    private DecompositionChecks() {}

    /**
     * The chase: one tableau row per part, distinguished symbols (0) on the part's attributes and
     * unique ones elsewhere; equate symbols along every dependency until nothing changes. The join is
     * lossless iff some row becomes all distinguished.
     */
    static boolean lossless(int n, int[] lhs, int[] rhs, List<Integer> parts) {
        int rows = parts.size();
        int[][] t = new int[rows][n];
        for (int r = 0; r < rows; r++) {
            for (int a = 0; a < n; a++) {
                t[r][a] = (parts.get(r) & (1 << a)) != 0 ? 0 : 1 + r * n + a;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int f = 0; f < lhs.length; f++) {
                for (int r1 = 0; r1 < rows; r1++) {
                    for (int r2 = r1 + 1; r2 < rows; r2++) {
                        if (!agree(t[r1], t[r2], lhs[f], n)) {
                            continue;
                        }
                        for (int a = 0; a < n; a++) {
                            if ((rhs[f] & (1 << a)) != 0 && t[r1][a] != t[r2][a]) {
                                int keep = Math.min(t[r1][a], t[r2][a]);
                                int drop = Math.max(t[r1][a], t[r2][a]);
                                for (int[] row : t) {
                                    if (row[a] == drop) {
                                        row[a] = keep;
                                    }
                                }
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
        for (int[] row : t) {
            boolean allDistinguished = true;
            for (int a = 0; a < n; a++) {
                allDistinguished &= row[a] == 0;
            }
            if (allDistinguished) {
                return true;
            }
        }
        return false;
    }

    private static boolean agree(int[] r1, int[] r2, int attrs, int n) {
        for (int a = 0; a < n; a++) {
            if ((attrs & (1 << a)) != 0 && r1[a] != r2[a]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every original dependency follows from the dependencies that hold inside single parts,
     * without computing those projections: grow Z from X by (Z ∩ Ri)+ ∩ Ri until stable.
     */
    static boolean preservesDependencies(BruteForce f, int[] lhs, int[] rhs, List<Integer> parts) {
        for (int d = 0; d < lhs.length; d++) {
            int z = lhs[d];
            int before;
            do {
                before = z;
                for (int p : parts) {
                    z |= f.closure(z & p) & p;
                }
            } while (z != before);
            if ((rhs[d] & ~z) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the part is in 3NF under the projection of the dependencies, by definition. */
    static boolean partIn3nf(BruteForce f, int part) {
        // keys of the part: minimal X ⊆ part with X+ ⊇ part
        int prime = 0;
        for (int x = part; ; x = (x - 1) & part) {
            if (coversPart(f, x, part)) {
                boolean minimal = true;
                for (int a = 0; a < f.n && minimal; a++) {
                    if ((x & (1 << a)) != 0 && coversPart(f, x & ~(1 << a), part)) {
                        minimal = false;
                    }
                }
                if (minimal) {
                    prime |= x;
                }
            }
            if (x == 0) {
                break;
            }
        }
        for (int x = part; ; x = (x - 1) & part) {
            int derived = f.closure(x) & part & ~x;
            if (!coversPart(f, x, part) && (derived & ~prime) != 0) {
                return false;
            }
            if (x == 0) {
                break;
            }
        }
        return true;
    }

    private static boolean coversPart(BruteForce f, int x, int part) {
        return (f.closure(x) & part) == part;
    }
}
