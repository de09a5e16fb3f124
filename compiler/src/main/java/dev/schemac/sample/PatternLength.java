package dev.schemac.sample;

/**
 * The fewest and the most characters a {@code @pattern} matches (the most is
 * {@link Integer#MAX_VALUE} when a repetition is unbounded). Reads the portable subset that
 * {@code resolve.PatternDialect} admits: by then every pattern is in it, so this parser
 * only measures.
 */
final class PatternLength {
    static final int UNBOUNDED = Integer.MAX_VALUE;

    private final String re;
    private int pos;

    private PatternLength(String re) { this.re = re; }

    /** {min, max} characters of a value the pattern matches as a whole. */
    static int[] of(String regex) {
        return new PatternLength(regex).alternation();
    }

    private int[] alternation() {
        int[] r = branch();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            int[] b = branch();
            r = new int[] {Math.min(r[0], b[0]), Math.max(r[1], b[1])};
        }
        return r;
    }

    private int[] branch() {
        int min = 0, max = 0;
        if (pos < re.length() && re.charAt(pos) == '^') pos++;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            if (re.charAt(pos) == '$') {
                pos++;
                continue;
            }
            int[] a = atom();
            int[] q = quantifier();
            min = add(min, times(a[0], q[0]));
            max = add(max, q[1] == 0 ? 0 : times(a[1], q[1]));
        }
        return new int[] {min, max};
    }

    private int[] atom() {
        char c = re.charAt(pos);
        if (c == '(') {
            pos++;
            if (re.startsWith("?:", pos)) pos += 2;
            int[] inner = alternation();
            pos++; // ')'
            return inner;
        }
        if (c == '[') {
            pos++;
            if (pos < re.length() && re.charAt(pos) == '^') pos++;
            // A ']' first in the class is a member; escapes hide the others.
            if (pos < re.length() && re.charAt(pos) == ']') pos++;
            while (pos < re.length() && re.charAt(pos) != ']') pos += re.charAt(pos) == '\\' ? 2 : 1;
            pos++;
            return new int[] {1, 1};
        }
        if (c == '\\') {
            // The escaped character is one, whatever its UTF-16 length.
            pos += 1 + Character.charCount(re.codePointAt(pos + 1));
            return new int[] {1, 1};
        }
        pos += Character.charCount(re.codePointAt(pos));
        return new int[] {1, 1};
    }

    /** {min, max} repetitions of the quantifier at pos ({1, 1} without one). */
    private int[] quantifier() {
        if (pos >= re.length()) return new int[] {1, 1};
        char c = re.charAt(pos);
        int[] q;
        if (c == '?') q = new int[] {0, 1};
        else if (c == '*') q = new int[] {0, UNBOUNDED};
        else if (c == '+') q = new int[] {1, UNBOUNDED};
        else if (c == '{' && re.indexOf('}', pos) > pos) {
            String[] parts = re.substring(pos + 1, re.indexOf('}', pos)).split(",", -1);
            int n = Integer.parseInt(parts[0].trim());
            int m = parts.length == 1 ? n : parts[1].isBlank() ? UNBOUNDED : Integer.parseInt(parts[1].trim());
            pos = re.indexOf('}', pos);
            q = new int[] {n, m};
        } else {
            return new int[] {1, 1};
        }
        pos++;
        if (pos < re.length() && re.charAt(pos) == '?') pos++; // lazy: the same lengths
        return q;
    }

    private static int add(int a, int b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : (int) Math.min(UNBOUNDED - 1L, (long) a + b);
    }

    private static int times(int a, int b) {
        if (a == 0 || b == 0) return 0;
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : (int) Math.min(UNBOUNDED - 1L, (long) a * b);
    }
}
