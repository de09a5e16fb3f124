package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
/**
 * The regular expressions {@code @pattern} accepts: the subset that PostgreSQL, MySQL and
 * MariaDB (ICU, PCRE), Java and Python ({@code re}, and pydantic's Rust engine) read the
 * same way once each output wraps the pattern as it does (anchored at both ends, {@code .}
 * matching every character, case-sensitive; see {@code render.regex.WholeMatch}). Listed in
 * docs/language.md:
 *
 * <pre>
 * pattern := branch ('|' branch)*
 * branch  := '^'? (atom quantifier?)* '$'?
 * atom    := literal | '\' punctuation | '\n' | '\t' | '\r' | '.' | class | '(' pattern ')' | '(?:' pattern ')'
 * class   := '[' '^'? (item | item '-' item)+ ']'     item: a literal, '\' punctuation, '\n' '\t' '\r'
 * quantifier := ('?' | '*' | '+' | '{n}' | '{n,}' | '{n,m}') '?'?      with n &lt;= m &lt;= 255
 * </pre>
 *
 * Everything else is refused with the construct named, because at least one engine reads
 * it differently or not at all: {@code \d \w \s} (Unicode in some engines, ASCII in
 * others), word boundaries, lookaround, backreferences, named and atomic groups, inline
 * flags, possessive quantifiers, {@code \p{..}}, {@code \Q..\E}, POSIX classes, nested
 * classes and the class operators {@code && -- ~~} (set operations in Java or Rust), hex and
 * octal escapes, and {@code \< \>} (word boundaries in Rust).
 */
public final class PatternDialect {
    /** The largest repetition count: PostgreSQL's limit (RE_DUP_MAX). */
    static final int MAX_REPEAT = 255;
    /** Groups nest at most this deep, which keeps this parser's recursion (and the seed generator's) bounded. */
    static final int MAX_DEPTH = 32;

    /** A construct that is not portable, at a char offset into the pattern; {@code count} set for a repetition over the limit. */
    public record Problem(int at, String construct, String why, long count) {}

    private final String re;
    private int pos;
    private int depth;

    private PatternDialect(String re) { this.re = re; }

    /** The first construct outside the portable subset, or null when the whole pattern is portable. */
    public static Problem check(String regex) {
        var p = new PatternDialect(regex);
        try {
            p.alternation();
            if (p.pos < regex.length()) throw p.refuse("an unmatched `)`", "it closes no group");
            return null;
        } catch (Refusal r) {
            return r.problem;
        }
    }

    private static final class Refusal extends RuntimeException {
        final transient Problem problem;

        Refusal(Problem p) {
            super(p.construct(), null, false, false);
            this.problem = p;
        }
    }

    private Refusal refuse(String construct, String why) {
        return new Refusal(new Problem(pos, construct, why, -1));
    }

    private void alternation() {
        branch();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branch();
        }
    }

    private void branch() {
        if (peek('^')) pos++;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            if (peek('$')) {
                pos++;
                if (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                    pos--;
                    throw refuse("`$` inside the pattern", "engines disagree whether it matches before a final line break; "
                            + "it may only end the pattern or a branch");
                }
                return;
            }
            if (peek('^')) throw refuse("`^` inside the pattern", "it may only start the pattern or a branch");
            atom();
            quantifier();
        }
    }

    private boolean peek(char c) {
        return pos < re.length() && re.charAt(pos) == c;
    }

    private void atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(' -> group();
            case '[' -> charClass();
            case '\\' -> escape(false);
            case '.' -> pos++;
            case '*', '+', '?' -> throw refuse("a quantifier " + Quoted.name(String.valueOf(c)) + " with nothing to repeat", "it must follow a character, class or group");
            case '{' -> throw refuse("a `{` that is not a repetition", "write `\\{` for the character");
            case '}', ']' -> throw refuse("an unescaped " + Quoted.name(String.valueOf(c)), "write `\\" + c + "` for the character");
            default -> pos += Character.charCount(re.codePointAt(pos));
        }
    }

    private void group() {
        int start = pos;
        pos++;
        if (peek('?')) {
            if (re.startsWith("?:", pos)) {
                pos += 2;
            } else {
                pos = start;
                throw refuse(groupKind(), "not every engine reads it the same way");
            }
        }
        if (++depth > MAX_DEPTH) {
            pos = start;
            throw refuse("groups nested more than " + MAX_DEPTH + " deep", "no portable pattern needs that many");
        }
        alternation();
        depth--;
        if (!peek(')')) {
            pos = start;
            throw refuse("an unclosed group", "every `(` needs its `)`");
        }
        pos++;
    }

    private String groupKind() {
        String rest = re.substring(pos + 2);
        if (rest.startsWith("=") || rest.startsWith("!")) return "a lookahead group `(?" + rest.charAt(0) + "`";
        if (rest.startsWith("<=") || rest.startsWith("<!")) return "a lookbehind group `(?" + rest.substring(0, 2) + "`";
        if (rest.startsWith("<") || rest.startsWith("P<") || rest.startsWith("'")) return "a named group";
        if (rest.startsWith("P=")) return "a named backreference";
        if (rest.startsWith(">")) return "an atomic group `(?>`";
        if (rest.startsWith("#")) return "a comment group `(?#`";
        return "inline flags `(?" + (rest.isEmpty() ? "" : rest.substring(0, Math.min(rest.length(), 3))) + "`";
    }

    /** An escape outside or inside a class: the character it stands for, or refused. */
    private int escape(boolean inClass) {
        if (pos + 1 >= re.length()) throw refuse("a `\\` at the end", "it escapes nothing");
        char e = re.charAt(pos + 1);
        if (e == '<' || e == '>') {
            // Python, Java and the databases read \< as <; pydantic's Rust engine, a word boundary (an error in a class).
            throw refuse("the escape `\\" + e + "`", "pydantic's Rust engine reads it as a word boundary; write " + Quoted.name(String.valueOf(e)));
        }
        if (e == 'n' || e == 't' || e == 'r' || (e < 128 && !Character.isLetterOrDigit(e) && !Character.isWhitespace(e))) {
            pos += 2;
            return unescaped(e);
        }
        String construct = switch (e) {
            case 'd', 'D' -> "`\\" + e + "` (digits are Unicode in Python, PostgreSQL and MySQL, ASCII in Java)";
            case 'w', 'W' -> "`\\" + e + "` (word characters are Unicode in some engines, ASCII in others)";
            case 's', 'S' -> "`\\" + e + "` (each engine has its own set of spaces)";
            case 'b', 'B' -> "the word boundary `\\" + e + "`";
            case 'p', 'P' -> "a Unicode property `\\" + e + "{...}`";
            case 'Q', 'E' -> "a quoted run `\\Q...\\E`";
            case 'x', 'u', 'U', 'o', 'N' -> "a character code `\\" + e + "`";
            case 'A', 'Z', 'z', 'G' -> "the anchor `\\" + e + "`";
            case 'k', 'g' -> "a named backreference `\\" + e + "`";
            default -> Character.isDigit(e) ? "a backreference or octal escape `\\" + e + "`" : "the escape `\\" + e + "`";
        };
        String instead = switch (e) {
            case 'd' -> "; write [0-9]";
            case 'w' -> "; write [A-Za-z0-9_]";
            case 's' -> "; write [ \\t\\n\\r]";
            default -> "";
        };
        throw refuse(construct, "not every engine reads it the same way" + instead);
    }

    private void charClass() {
        int start = pos;
        pos++;
        if (peek('^')) pos++;
        if (peek(']')) throw refuse("a `]` first in a class", "engines disagree whether it closes the class; write `\\]`");
        while (!peek(']')) {
            if (pos >= re.length()) {
                pos = start;
                throw refuse("an unclosed class `[`", "every `[` needs its `]`");
            }
            int from = pos;
            int lo = classChar();
            if (peek('-') && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
                setOperator();
                pos++;
                int hi = classChar();
                if (hi < lo) {
                    String range = re.substring(from, pos);
                    pos = from;
                    throw refuse("the reversed range " + Quoted.name(range), "a range goes from the smaller character to the larger");
                }
            }
        }
        pos++;
    }

    private static int unescaped(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> c;
        };
    }

    /** One character of a class, as a code point; anything else is refused. */
    private int classChar() {
        char c = re.charAt(pos);
        if (c == '\\') return escape(true);
        if (c == '[') {
            throw refuse(re.startsWith("[:", pos) || re.startsWith("[=", pos) || re.startsWith("[.", pos)
                    ? "a POSIX class `" + re.substring(pos, Math.min(re.length(), pos + 2)) + "...`"
                    : "a `[` inside a class (a nested class or union)", "not every engine reads it the same way; write `\\[` for the character");
        }
        if (c == '&' && re.startsWith("&&", pos)) throw refuse("the class intersection `&&`", "only Java and pydantic's Rust engine read it");
        setOperator();
        int cp = re.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    /**
     * {@code --} and {@code ~~} in a class: pydantic's Rust engine reads them as set difference
     * and symmetric difference, every other engine as the characters (or a range to {@code -}).
     */
    private void setOperator() {
        if (re.startsWith("--", pos) || re.startsWith("~~", pos)) {
            String op = re.substring(pos, pos + 2);
            throw refuse("the class operator " + Quoted.name(op), "pydantic's Rust engine reads it as a set "
                    + (op.equals("--") ? "difference" : "symmetric difference") + "; write `\\" + op.charAt(0) + "`");
        }
    }

    private void quantifier() {
        if (pos >= re.length()) return;
        char c = re.charAt(pos);
        if (c == '?' || c == '*' || c == '+') {
            pos++;
        } else if (c == '{') {
            int start = pos;
            int close = re.indexOf('}', pos);
            String body = close < 0 ? "" : re.substring(pos + 1, close);
            if (!body.matches("\\d+(,\\d*)?")) throw refuse("a `{` that is not a repetition `{n}`, `{n,}` or `{n,m}`", "write `\\{` for the character");
            String[] parts = body.split(",", -1);
            long min = count(parts[0], start);
            long max = parts.length == 1 ? min : parts[1].isEmpty() ? min : count(parts[1], start);
            if (max < min) throw refuse("the repetition `{" + body + "}`", "its maximum is smaller than its minimum");
            pos = close + 1;
        } else {
            return;
        }
        if (peek('?')) pos++;
        if (peek('+')) throw refuse("a possessive quantifier", "only Java, ICU and PCRE read it");
        if (pos < re.length() && "?*+{".indexOf(re.charAt(pos)) >= 0 && !(re.charAt(pos) == '{' && !re.substring(pos).matches("\\{\\d+(,\\d*)?}.*"))) {
            throw refuse("a quantifier after a quantifier", "put the repeated part in a group");
        }
    }

    private long count(String digits, int at) {
        long n = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (n > MAX_REPEAT) throw new Refusal(new Problem(at, "the repetition count " + digits, "", n));
        return n;
    }
}
