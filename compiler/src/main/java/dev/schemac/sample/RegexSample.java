package dev.schemac.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a string that a {@code @pattern} matches. It reads the portable dialect the
 * resolver admits (literals, escapes, {@code .}, classes with ranges and negation, groups,
 * alternation, branch anchors, and bounded quantifiers); anything else yields null, and the
 * caller checks every value with java.util.regex anyway. Its work is bounded whatever the
 * pattern: a sample longer than asked for, or one that would take more than
 * {@link #MAX_STEPS} steps to build (nested repetitions multiply), is abandoned.
 */
final class RegexSample {
    /** Steps (characters produced or parsed) after which a sample is abandoned. */
    static final int MAX_STEPS = 200_000;

    /** Characters {@code .} and negated classes draw from. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-. ";

    private final String re;
    private final Random random;
    private final int maxLength;
    private int pos;
    private int steps;

    private RegexSample(String re, Random random, int maxLength) {
        this.re = re;
        this.random = random;
        this.maxLength = maxLength;
    }

    private static final class Abandoned extends RuntimeException {
        Abandoned() { super(null, null, false, false); }
    }

    /** A matching string of at most {@code maxLength} characters, or null. */
    static String sample(String regex, Random random, int maxLength) {
        try {
            var s = new RegexSample(regex, random, maxLength);
            String out = s.alternation(new StringBuilder()).toString();
            return s.pos == regex.length() && TextLength.of(out) <= maxLength ? out : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void step(StringBuilder b) {
        if (++steps > MAX_STEPS || TextLength.of(b) > maxLength) throw new Abandoned();
    }

    /** Appends one branch, chosen at random, and skips the others. */
    private StringBuilder alternation(StringBuilder b) {
        var branches = new ArrayList<Integer>();
        branches.add(pos);
        skipBranch();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(pos);
            skipBranch();
        }
        int end = pos;
        pos = branches.get(random.nextInt(branches.size()));
        sequence(b);
        pos = end;
        return b;
    }

    /** Moves past one branch without producing anything. */
    private void skipBranch() {
        int depth = 0;
        while (pos < re.length()) {
            char c = re.charAt(pos);
            steps++;
            if (steps > MAX_STEPS) throw new Abandoned();
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '[') {
                skipClass();
                continue;
            }
            if (c == '(') depth++;
            if (c == ')') {
                if (depth == 0) return;
                depth--;
            }
            if (c == '|' && depth == 0) return;
            pos++;
        }
    }

    private void skipClass() {
        pos++;
        if (pos < re.length() && re.charAt(pos) == '^') pos++;
        while (pos < re.length() && re.charAt(pos) != ']') pos += re.charAt(pos) == '\\' ? 2 : 1;
        pos++;
    }

    private void sequence(StringBuilder b) {
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            char c = re.charAt(pos);
            if (c == '^' || c == '$') {
                pos++;
                continue;
            }
            int start = pos;
            if (c == '(') {
                skipGroup();
            } else {
                atom();
            }
            int afterAtom = pos;
            int[] q = quantifier();
            int afterQuantifier = pos;
            int n = q[0] + (q[1] > q[0] ? random.nextInt(q[1] - q[0] + 1) : 0);
            for (int i = 0; i < n; i++) {
                pos = start;
                if (c == '(') {
                    group(b);
                } else {
                    b.append(pick(atom()));
                }
                step(b);
                if (pos != afterAtom) throw new IllegalStateException("atom read twice differently");
            }
            pos = afterQuantifier;
        }
    }

    private void skipGroup() {
        pos++;
        skipBranch();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            skipBranch();
        }
        expect(')');
    }

    /** Appends one copy of the group at {@code pos}; each copy may take another branch. */
    private void group(StringBuilder b) {
        pos++;
        if (re.startsWith("?:", pos)) pos += 2;
        alternation(b);
        expect(')');
    }

    /** The characters an atom may stand for. */
    private List<String> atom() {
        char c = re.charAt(pos);
        if (c == '[') return charClass();
        if (c == '.') {
            pos++;
            return chars(ALPHABET);
        }
        if (c == '\\') return List.of(String.valueOf((char) escape()));
        if ("*+?{".indexOf(c) >= 0) throw new IllegalArgumentException("dangling quantifier");
        int cp = re.codePointAt(pos);
        pos += Character.charCount(cp);
        return List.of(new String(Character.toChars(cp)));
    }

    private int escape() {
        char e = re.charAt(pos + 1);
        pos += 2;
        return switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> {
                if (Character.isLetterOrDigit(e)) throw new IllegalArgumentException("escape outside the portable dialect");
                yield e;
            }
        };
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private List<String> charClass() {
        pos++;
        boolean negated = pos < re.length() && re.charAt(pos) == '^';
        if (negated) pos++;
        var members = new ArrayList<int[]>();
        while (re.charAt(pos) != ']') {
            int lo = classChar();
            int hi = lo;
            if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                pos++;
                hi = classChar();
            }
            members.add(new int[] {lo, hi});
        }
        pos++;
        var out = new ArrayList<String>();
        if (negated) {
            for (char x : ALPHABET.toCharArray()) if (!in(members, x)) out.add(String.valueOf(x));
        } else {
            for (int[] r : members) {
                for (int x = r[0]; x <= r[1] && out.size() < 512; x++) out.add(new String(Character.toChars(x)));
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("class with nothing to draw");
        return out;
    }

    private int classChar() {
        if (re.charAt(pos) == '\\') return escape();
        int cp = re.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    private static boolean in(List<int[]> members, int c) {
        for (int[] r : members) if (c >= r[0] && c <= r[1]) return true;
        return false;
    }

    /** Bounds {min, max}; open-ended repetition stays short so values fit their columns. */
    private int[] quantifier() {
        if (pos >= re.length()) return new int[] {1, 1};
        char c = re.charAt(pos);
        int[] q;
        switch (c) {
            case '?' -> { pos++; q = new int[] {0, 1}; }
            case '*' -> { pos++; q = new int[] {0, 3}; }
            case '+' -> { pos++; q = new int[] {1, 4}; }
            case '{' -> {
                int close = re.indexOf('}', pos);
                String[] parts = re.substring(pos + 1, close).split(",", -1);
                pos = close + 1;
                int min = Integer.parseInt(parts[0].trim());
                int max = parts.length == 1 ? min : parts[1].isBlank() ? min + 3 : Integer.parseInt(parts[1].trim());
                q = new int[] {min, max};
            }
            default -> { return new int[] {1, 1}; }
        }
        if (pos < re.length() && re.charAt(pos) == '?') pos++;
        return q;
    }

    private void expect(char c) {
        if (re.charAt(pos) != c) throw new IllegalArgumentException("expected " + c);
        pos++;
    }

    private static List<String> chars(String s) {
        return s.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
}
