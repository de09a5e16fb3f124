package dev.schemac.normalform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a minimal (canonical) cover: singleton right sides, no extraneous left-side attribute,
 * no redundant dependency. Every step walks a fixed order, so the cover is a function of the
 * declaration order alone.
 *
 * <p>Cost: one closure per left-side attribute plus one per unit dependency, each linear in the
 * size of the dependencies.
 */
final class MinimalCover {

    private MinimalCover() {}

    /**
     * @param preferDropping declaration indexes whose units are tried first when removing redundant
     *     units (key declarations: {@code key -> all} is usually implied piecewise by the user's own
     *     dependencies, and keeping the user's lines in the cover makes diagnostics point at them)
     */
    static List<UnitFd> of(IndexedRelation<?> r, AttrSet preferDropping) {
        int n = r.universe;
        int declared = r.declarationCount();

        // 1. Split right sides; drop trivial parts; identical units merge their sources.
        List<UnitFd> units = new ArrayList<>();
        for (int d = 0; d < declared; d++) {
            AttrSet lhs = r.declaredLhs.get(d);
            AttrSet rhs = r.declaredRhs.get(d).minus(lhs);
            for (int a = rhs.next(0); a >= 0; a = rhs.next(a + 1)) {
                units.add(new UnitFd(lhs, a, AttrSet.of(declared, d)));
            }
        }
        units = merge(units);

        // 2. Left-reduce. Replacing X -> A by the implied (X - B) -> A keeps the set equivalent,
        // so closures under the original declarations stay valid throughout and one engine serves.
        ClosureEngine declaredEngine = new ClosureEngine(n, r.declaredLhs, r.declaredRhs);
        List<UnitFd> reduced = new ArrayList<>(units.size());
        for (UnitFd u : units) {
            AttrSet lhs = u.lhs();
            // Latest-declared attributes go first, so earlier-declared ones survive in the cover.
            for (int b = lhs.previous(n - 1); b >= 0; b = lhs.previous(b - 1)) {
                AttrSet smaller = lhs.without(b);
                if (declaredEngine.implies(smaller, u.rhs(), null)) {
                    lhs = smaller;
                }
            }
            reduced.add(u.withLhs(lhs));
        }
        reduced = merge(reduced);

        // 3. Drop redundant units, preferred ones first, each tested against what is still kept.
        List<AttrSet> lhs = new ArrayList<>(reduced.size());
        List<AttrSet> rhs = new ArrayList<>(reduced.size());
        for (UnitFd u : reduced) {
            lhs.add(u.lhs());
            rhs.add(AttrSet.of(n, u.rhs()));
        }
        ClosureEngine unitEngine = new ClosureEngine(n, lhs, rhs);
        boolean[] dropped = new boolean[reduced.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < reduced.size(); i++) {
                UnitFd u = reduced.get(i);
                boolean preferred = u.sources().isSubsetOf(preferDropping);
                if (preferred != (pass == 0)) {
                    continue;
                }
                dropped[i] = true;
                if (!unitEngine.implies(u.lhs(), u.rhs(), dropped)) {
                    dropped[i] = false;
                }
            }
        }
        List<UnitFd> cover = new ArrayList<>();
        for (int i = 0; i < reduced.size(); i++) {
            if (!dropped[i]) {
                cover.add(preferLiteralSources(r, reduced.get(i)));
            }
        }
        return List.copyOf(cover);
    }

    /**
     * A unit reduced from {@code (order_id, product_id) -> all} to {@code product_id -> product_name}
     * is only true because of the user's {@code product_id -> product_name}; when some declaration
     * states the unit with exactly its left side, those are the ones diagnostics should name.
     */
    private static UnitFd preferLiteralSources(IndexedRelation<?> r, UnitFd u) {
        AttrSet literal = AttrSet.empty(r.declarationCount());
        for (int d = u.sources().next(0); d >= 0; d = u.sources().next(d + 1)) {
            if (r.declaredLhs.get(d).equals(u.lhs())) {
                literal = literal.with(d);
            }
        }
        return literal.isEmpty() ? u : new UnitFd(u.lhs(), u.rhs(), literal);
    }

    private static List<UnitFd> merge(List<UnitFd> units) {
        Map<UnitKey, UnitFd> byKey = new LinkedHashMap<>();
        for (UnitFd u : units) {
            byKey.merge(new UnitKey(u.lhs(), u.rhs()), u, (a, b) -> a.withMoreSources(b.sources()));
        }
        return new ArrayList<>(byKey.values());
    }

    private record UnitKey(AttrSet lhs, int rhs) {
        // Written out for the reason Span's are: a cold check links no record method.
        @Override public boolean equals(Object o) {
            return o instanceof UnitKey that && Objects.equals(lhs, that.lhs) && rhs == that.rhs;
        }

        @Override public int hashCode() {
            return Objects.hash(lhs, rhs);
        }
    }
}
