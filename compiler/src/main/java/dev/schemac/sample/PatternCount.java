package dev.schemac.sample;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * How many values of {@code min..max} characters a {@code @pattern} matches as a whole, when
 * that language is finite and spelled out (literals, classes, groups, alternation, bounded
 * repetitions): the domain of a unique text column, for SC771's reason. Null when a
 * {@code .}, a negated class or an escape class makes it as large as the alphabet. An upper
 * bound: two branches matching the same value count it twice, and a unique column compares
 * values case- and accent-folded.
 */
final class PatternCount {
    /** Longer values are not counted: the column's length is what bounds them here. */
    private static final int MAX_LENGTH = 256;

    private final String re;
    private final int cap;
    private int pos;

    private static final class Unbounded extends RuntimeException {
        Unbounded() { super(null, null, false, false); }
    }

    private PatternCount(String re, int cap) {
        this.re = re;
        this.cap = cap;
    }

    static BigInteger of(String regex, int min, int max) {
        if (max > MAX_LENGTH) return null;
        try {
            var p = new PatternCount(regex, max);
            BigInteger[] byLength = p.alternation();
            BigInteger n = BigInteger.ZERO;
            for (int len = Math.max(0, min); len <= max; len++) n = n.add(byLength[len]);
            return n;
        } catch (RuntimeException e) {
            // Unbounded, or a spelling this count does not read: no claim.
            return null;
        }
    }

    private BigInteger[] none() {
        var out = new BigInteger[cap + 1];
        Arrays.fill(out, BigInteger.ZERO);
        return out;
    }

    private BigInteger[] empty() {
        var out = none();
        out[0] = BigInteger.ONE;
        return out;
    }

    private BigInteger[] alternation() {
        BigInteger[] r = branch();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            BigInteger[] b = branch();
            for (int i = 0; i <= cap; i++) r[i] = r[i].add(b[i]);
        }
        return r;
    }

    private BigInteger[] branch() {
        BigInteger[] r = empty();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            char c = re.charAt(pos);
            if (c == '^' || c == '$') {
                pos++;
                continue;
            }
            BigInteger[] a = atom();
            r = concat(r, repeat(a, quantifier()));
        }
        return r;
    }

    /** Values of the concatenation, by length (what exceeds the cap cannot be a value). */
    private BigInteger[] concat(BigInteger[] x, BigInteger[] y) {
        BigInteger[] out = none();
        for (int i = 0; i <= cap; i++) {
            if (x[i].signum() == 0) continue;
            for (int j = 0; i + j <= cap; j++) out[i + j] = out[i + j].add(x[i].multiply(y[j]));
        }
        return out;
    }

    private BigInteger[] repeat(BigInteger[] a, int[] q) {
        BigInteger[] out = none(), power = empty();
        // Past cap + 1 copies every value is too long or repeats an empty match already counted.
        int most = Math.min(q[1], cap + 1);
        for (int k = 0; k <= most; k++) {
            if (k >= q[0]) for (int i = 0; i <= cap; i++) out[i] = out[i].add(power[i]);
            power = concat(power, a);
        }
        return out;
    }

    private BigInteger[] atom() {
        char c = re.charAt(pos);
        if (c == '(') {
            pos++;
            if (re.startsWith("?:", pos)) pos += 2;
            BigInteger[] inner = alternation();
            pos++; // ')'
            return inner;
        }
        if (c == '[') return single(charClass());
        if (c == '.') throw new Unbounded();
        if (c == '\\') {
            char e = re.charAt(pos + 1);
            if (Character.isLetterOrDigit(e) && "ntr".indexOf(e) < 0) throw new Unbounded();
            pos += 1 + Character.charCount(re.codePointAt(pos + 1));
            return single(1);
        }
        pos += Character.charCount(re.codePointAt(pos));
        return single(1);
    }

    private BigInteger[] single(long count) {
        BigInteger[] out = none();
        if (cap >= 1) out[1] = BigInteger.valueOf(count);
        return out;
    }

    /** How many characters the class at pos stands for. */
    private long charClass() {
        pos++;
        if (re.charAt(pos) == '^') throw new Unbounded();
        long n = 0;
        boolean first = true;
        while (first || re.charAt(pos) != ']') {
            first = false;
            int lo = classChar();
            int hi = lo;
            if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                pos++;
                hi = classChar();
            }
            n += Math.max(0, hi - lo + 1);
        }
        pos++;
        return n;
    }

    private int classChar() {
        if (re.charAt(pos) == '\\') {
            char e = re.charAt(pos + 1);
            if (Character.isLetterOrDigit(e) && "ntr".indexOf(e) < 0) throw new Unbounded();
            int cp = re.codePointAt(pos + 1);
            pos += 1 + Character.charCount(cp);
            return cp;
        }
        int cp = re.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    /** {min, max} repetitions of the quantifier at pos ({1, 1} without one). */
    private int[] quantifier() {
        if (pos >= re.length()) return new int[] {1, 1};
        char c = re.charAt(pos);
        int[] q;
        if (c == '?') q = new int[] {0, 1};
        else if (c == '*') q = new int[] {0, Integer.MAX_VALUE};
        else if (c == '+') q = new int[] {1, Integer.MAX_VALUE};
        else if (c == '{' && re.indexOf('}', pos) > pos) {
            String[] parts = re.substring(pos + 1, re.indexOf('}', pos)).split(",", -1);
            int n = Integer.parseInt(parts[0].trim());
            int m = parts.length == 1 ? n : parts[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(parts[1].trim());
            pos = re.indexOf('}', pos);
            q = new int[] {n, m};
        } else {
            return new int[] {1, 1};
        }
        pos++;
        if (pos < re.length() && re.charAt(pos) == '?') pos++;
        return q;
    }
}
