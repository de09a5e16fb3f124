package dev.schemac.sqltext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the SQL an engine reports (CREATE TABLE text, check clauses, default expressions,
 * trigger bodies) into tokens. Strings and quoted identifiers are decoded; comments are
 * tokens of their own so SQLite column comments can be read back. MySQL strings take
 * backslash escapes, as the server prints them.
 */
public final class SqlLexer {
    public enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL, COMMENT }

    /** One token: {@code text} is the decoded value (string contents, identifier without quotes). */
    public record Token(Kind kind, String text, int start, int end) {
        public boolean is(String word) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(word);
        }

        /** A name: a bare word or a quoted identifier. */
        public boolean isName() { return kind == Kind.WORD || kind == Kind.QUOTED; }

        public String upper() { return text.toUpperCase(Locale.ROOT); }
    }

    private static final List<String> SYMBOLS = List.of("::", ":=", "<>", "!=", "<=", ">=", "||", "!~*", "!~", "~*", "->>", "->",
            "=", "<", ">", "(", ")", ",", ".", ";", "+", "-", "*", "/", "%", "~", "[", "]", "?", "&", "|", "^", "@", "#", ":");

    private final String sql;
    private final boolean backslashEscapes;
    private int pos;

    private SqlLexer(String sql, boolean backslashEscapes) {
        this.sql = sql;
        this.backslashEscapes = backslashEscapes;
    }

    /** Every token, comments included. Throws {@link IllegalArgumentException} on an unterminated literal. */
    public static List<Token> tokens(String sql, boolean backslashEscapes) {
        return new SqlLexer(sql, backslashEscapes).all();
    }

    /** The tokens without comments. */
    public static List<Token> code(String sql, boolean backslashEscapes) {
        return tokens(sql, backslashEscapes).stream().filter(t -> t.kind() != Kind.COMMENT).toList();
    }

    private List<Token> all() {
        var out = new ArrayList<Token>();
        while (true) {
            while (pos < sql.length() && Character.isWhitespace(sql.charAt(pos))) pos++;
            if (pos >= sql.length()) return out;
            out.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = sql.charAt(pos);
        if (c == '-' && sql.startsWith("--", pos)) {
            int end = sql.indexOf('\n', pos);
            pos = end < 0 ? sql.length() : end;
            return new Token(Kind.COMMENT, sql.substring(start + 2, pos).strip(), start, pos);
        }
        if (c == '/' && sql.startsWith("/*", pos)) {
            int end = sql.indexOf("*/", pos + 2);
            if (end < 0) throw new IllegalArgumentException("unterminated comment");
            pos = end + 2;
            return new Token(Kind.COMMENT, sql.substring(start + 2, end).strip(), start, pos);
        }
        if (c == '\'') return new Token(Kind.STRING, quoted('\'', backslashEscapes), start, pos);
        if (c == '"') return new Token(Kind.QUOTED, quoted('"', false), start, pos);
        if (c == '`') return new Token(Kind.QUOTED, quoted('`', false), start, pos);
        if (c == '[') {
            int end = sql.indexOf(']', pos);
            // SQLite accepts [name]; elsewhere `[` is an array bracket.
            if (end > pos && sql.substring(pos + 1, end).matches("[^\\[\\],'\"]*[A-Za-z_][^\\[\\],'\"]*")) {
                pos = end + 1;
                return new Token(Kind.QUOTED, sql.substring(start + 1, end), start, pos);
            }
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < sql.length() && Character.isDigit(sql.charAt(pos + 1)))) {
            while (pos < sql.length() && (Character.isDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) pos++;
            if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
                int save = pos++;
                if (pos < sql.length() && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) pos++;
                if (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                    while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) pos++;
                } else {
                    pos = save;
                }
            }
            return new Token(Kind.NUMBER, sql.substring(start, pos), start, pos);
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_'
                    || sql.charAt(pos) == '$')) pos++;
            return new Token(Kind.WORD, sql.substring(start, pos), start, pos);
        }
        for (String s : SYMBOLS) {
            if (sql.startsWith(s, pos)) {
                pos += s.length();
                return new Token(Kind.SYMBOL, s, start, pos);
            }
        }
        pos++;
        return new Token(Kind.SYMBOL, String.valueOf(c), start, pos);
    }

    private String quoted(char q, boolean escapes) {
        var b = new StringBuilder();
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (escapes && c == '\\' && pos + 1 < sql.length()) {
                char e = sql.charAt(pos + 1);
                b.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    case 'Z' -> '\u001a';
                    case 'b' -> '\b';
                    default -> e;
                });
                pos += 2;
                continue;
            }
            if (c == q) {
                if (pos + 1 < sql.length() && sql.charAt(pos + 1) == q) {
                    b.append(q);
                    pos += 2;
                    continue;
                }
                pos++;
                return b.toString();
            }
            b.append(c);
            pos++;
        }
        throw new IllegalArgumentException("unterminated " + (q == '\'' ? "string" : "identifier"));
    }
}
