package dev.schemac.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a string that a regular expression matches, for {@code @pattern} fields. It
 * understands what field patterns are made of (literals, escapes, classes with ranges,
 * {@code . \d \w \s}, groups with alternation, and the quantifiers {@code ? * + {n} {n,m}});
 * anything else yields null, and the caller checks every value with java.util.regex anyway.
 */
final class RegexSample {
    private final String re;
    private final Random random;
    private int pos;

    private RegexSample(String re, Random random) {
        this.re = re;
        this.random = random;
    }

    /** A matching string, or null when the pattern uses something this generator does not know. */
    static String sample(String regex, Random random) {
        try {
            var s = new RegexSample(regex, random);
            String out = s.alternation();
            return s.pos == regex.length() ? out : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String alternation() {
        var options = new ArrayList<String>();
        options.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            options.add(sequence());
        }
        return options.get(random.nextInt(options.size()));
    }

    private String sequence() {
        var b = new StringBuilder();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            if (re.charAt(pos) == '(') {
                // Each repetition of a group parses it again, so every copy may take another branch.
                int start = pos;
                group();
                int n = count(quantifier());
                int after = pos;
                for (int i = 0; i < n; i++) {
                    pos = start;
                    b.append(group());
                }
                pos = after;
            } else {
                List<String> atom = atom();
                int n = count(quantifier());
                for (int i = 0; i < n; i++) b.append(pick(atom));
            }
        }
        return b.toString();
    }

    private int count(int[] q) {
        return q[0] + (q[1] > q[0] ? random.nextInt(q[1] - q[0] + 1) : 0);
    }

    private String group() {
        pos++;
        if (re.startsWith("?:", pos)) pos += 2;
        String s = alternation();
        expect(')');
        return s;
    }

    private List<String> atom() {
        char c = re.charAt(pos);
        if (c == '^' || c == '$') {
            pos++;
            return List.of("");
        }
        if (c == '[') return charClass();
        if (c == '.') {
            pos++;
            return chars("abcdefghijklmnopqrstuvwxyz0123456789");
        }
        if (c == '\\') return escape();
        if ("*+?{".indexOf(c) >= 0) throw new IllegalArgumentException("dangling quantifier");
        pos++;
        return List.of(String.valueOf(c));
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private List<String> escape() {
        pos++;
        char e = re.charAt(pos++);
        return switch (e) {
            case 'd' -> chars("0123456789");
            case 'w' -> chars("abcdefghijklmnopqrstuvwxyz0123456789_");
            case 's' -> List.of(" ");
            case 'D', 'W', 'S', 'b', 'B' -> throw new IllegalArgumentException("unsupported escape");
            default -> List.of(String.valueOf(e));
        };
    }

    private List<String> charClass() {
        pos++;
        if (re.charAt(pos) == '^') throw new IllegalArgumentException("negated class");
        var out = new ArrayList<String>();
        boolean first = true;
        while (re.charAt(pos) != ']' || first) {
            first = false;
            char c = re.charAt(pos);
            if (c == '\\') {
                out.addAll(escape());
                continue;
            }
            pos++;
            if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                char to = re.charAt(pos + 1);
                pos += 2;
                for (char x = c; x <= to; x++) out.add(String.valueOf(x));
            } else {
                out.add(String.valueOf(c));
            }
        }
        pos++;
        if (out.isEmpty()) throw new IllegalArgumentException("empty class");
        return out;
    }

    /** Bounds {min, max}; open-ended repetition stays short so values fit their columns. */
    private int[] quantifier() {
        if (pos >= re.length()) return new int[] {1, 1};
        char c = re.charAt(pos);
        switch (c) {
            case '?' -> { pos++; return new int[] {0, 1}; }
            case '*' -> { pos++; return new int[] {0, 3}; }
            case '+' -> { pos++; return new int[] {1, 4}; }
            case '{' -> {
                int close = re.indexOf('}', pos);
                String[] parts = re.substring(pos + 1, close).split(",", -1);
                pos = close + 1;
                int min = Integer.parseInt(parts[0].trim());
                int max = parts.length == 1 ? min : parts[1].isBlank() ? min + 3 : Integer.parseInt(parts[1].trim());
                return new int[] {min, max};
            }
            default -> { return new int[] {1, 1}; }
        }
    }

    private void expect(char c) {
        if (re.charAt(pos) != c) throw new IllegalArgumentException("expected " + c);
        pos++;
    }

    private static List<String> chars(String s) {
        return s.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
}
