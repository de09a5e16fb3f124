package dev.schemac.normalform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Compact relation notation for tests: attributes "A B C", dependencies "A, B -> C" or "key A, B". */
final class Fixtures {

    private Fixtures() {}

    static Relation<String> relation(String name, String attributes, String... dependencies) {
        Relation.Builder<String> b = Relation.builder(name, words(attributes));
        for (int i = 0; i < dependencies.length; i++) {
            String d = dependencies[i];
            String tag = "line " + (i + 1);
            if (d.startsWith("key ")) {
                b.key(list(d.substring(4)), tag);
            } else {
                String[] sides = d.split("->", -1);
                b.depends(list(sides[0]), list(sides[1]), tag);
            }
        }
        return b.build();
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    private static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** n pairs a_i <-> b_i: every choice of one attribute per pair is a key, so 2^n keys. */
    static Relation<String> pairs(int n) {
        List<String> attrs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            attrs.add("a" + i);
            attrs.add("b" + i);
        }
        Relation.Builder<String> b = Relation.builder("Pairs" + n, attrs);
        for (int i = 1; i <= n; i++) {
            b.depends(List.of("a" + i), List.of("b" + i), "a" + i);
            b.depends(List.of("b" + i), List.of("a" + i), "b" + i);
        }
        return b.build();
    }

    /**
     * A random relation of 1..maxAttributes attributes: up to 8 dependencies with left sides of 0..3
     * attributes (empty ones rare) and right sides of 1..3, sometimes a declared key.
     */
    static Relation<String> random(Random rnd, int maxAttributes) {
        int n = 1 + rnd.nextInt(maxAttributes);
        List<String> attrs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            attrs.add(String.valueOf((char) ('A' + i)));
        }
        Relation.Builder<String> b = Relation.builder("R", attrs);
        int m = rnd.nextInt(9);
        for (int f = 0; f < m; f++) {
            if (rnd.nextInt(10) == 0) {
                b.key(sample(rnd, attrs, 1 + rnd.nextInt(Math.min(3, n))), "key" + f);
                continue;
            }
            int lhsSize = rnd.nextInt(20) == 0 ? 0 : 1 + rnd.nextInt(Math.min(3, n));
            b.depends(sample(rnd, attrs, lhsSize), sample(rnd, attrs, 1 + rnd.nextInt(Math.min(3, n))), "fd" + f);
        }
        return b.build();
    }

    private static List<String> sample(Random rnd, List<String> attrs, int size) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(attrs.get(rnd.nextInt(attrs.size()))); // duplicates are allowed and collapse
        }
        return out;
    }
}
