package dev.schemac.config;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict subset of TOML 1.0, the settings file's syntax: comments, {@code [table]}
 * headers, bare, quoted and dotted keys, and values that are basic or literal strings,
 * decimal integers, booleans, or arrays of them (over several lines, with a trailing comma).
 * Everything else TOML has (multi-line strings, floats, dates, inline tables, arrays of
 * tables, hexadecimal) is refused with a message naming it, never misread: whatever this
 * reader accepts, a full TOML parser reads the same way, with one exception: a byte-order
 * mark at the start, which Windows editors write, is skipped here while a strict reader
 * such as Python's {@code tomllib} refuses the file. The result is the flat list of
 * assignments, each key joined with dots ({@code [java]} then {@code package = "x"} is
 * {@code java.package}), with spans for diagnostics.
 */
final class Toml {

    /** A value as written. */
    sealed interface Value permits Str, Int, Bool, Arr {
        Span span();

        String kind();
    }

    record Str(String value, Span span) implements Value {
        public String kind() { return "a string"; }
    }

    record Int(long value, Span span) implements Value {
        public String kind() { return "an integer"; }
    }

    record Bool(boolean value, Span span) implements Value {
        public String kind() { return "a boolean"; }
    }

    record Arr(List<Value> items, Span span) implements Value {
        public String kind() { return "an array"; }
    }

    /** One {@code key = value}; {@code segments} are the key's parts, table header included. */
    record Entry(List<String> segments, Span keySpan, Value value) {
        String key() { return String.join(".", segments); }
    }

    record Result(List<Entry> entries, List<Diagnostic> diagnostics) {}

    /** What a key path is, to refuse the redefinitions TOML forbids. */
    private enum Defined { VALUE, HEADER, IMPLICIT, DOTTED }

    private static final class Stop extends RuntimeException {
        Stop() { super(null, null, false, false); }
    }

    private final SourceFile file;
    private final String s;
    private int i;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Defined> defined = new HashMap<>();

    private Toml(SourceFile file) {
        this.file = file;
        this.s = file.text();
    }

    static Result parse(SourceFile file) {
        var t = new Toml(file);
        try {
            t.document();
        } catch (Stop e) {
            // the first syntax error ends the file: what follows it cannot be trusted
        }
        return new Result(List.copyOf(t.entries), List.copyOf(t.diagnostics));
    }

    private void document() {
        List<String> table = List.of();
        i = file.lineStart(1); // after a byte order mark
        while (true) {
            blank();
            if (i >= s.length()) return;
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                newline();
            } else if (c == '#') {
                comment();
            } else if (c == '[') {
                table = header();
                endOfLine();
            } else {
                keyValue(table);
                endOfLine();
            }
        }
    }

    private List<String> header() {
        int start = i;
        i++;
        if (peek() == '[') throw fail(start, i + 1, "arrays of tables (`[[...]]`) are not supported in the settings file");
        blank();
        List<String> key = new ArrayList<>();
        int keyStart = i;
        keyInto(key);
        blank();
        if (peek() != ']') throw fail(i, i + 1, "expected `]` to close the table header");
        i++;
        Span span = new Span(file, start, i);
        for (int n = 1; n < key.size(); n++) {
            String prefix = String.join("\u0000", key.subList(0, n));
            Defined d = defined.get(prefix);
            if (d == Defined.VALUE || d == Defined.DOTTED) throw fail(keyStart, i - 1, conflict(key.subList(0, n), d));
            defined.putIfAbsent(prefix, Defined.IMPLICIT);
        }
        String path = String.join("\u0000", key);
        Defined d = defined.get(path);
        if (d != null && d != Defined.IMPLICIT) {
            throw fail(span.start(), span.end(), d == Defined.HEADER ? "table `" + String.join(".", key) + "` is defined twice"
                    : conflict(key, d));
        }
        defined.put(path, Defined.HEADER);
        return List.copyOf(key);
    }

    private void keyValue(List<String> table) {
        int keyStart = i;
        List<String> key = new ArrayList<>(table);
        int own = key.size();
        keyInto(key);
        int keyEnd = i;
        blank();
        if (peek() != '=') throw fail(i, i + 1, "expected `=` after the key");
        i++;
        blank();
        Value v = value();
        for (int n = own + 1; n < key.size(); n++) {
            String prefix = String.join("\u0000", key.subList(0, n));
            Defined d = defined.get(prefix);
            if (d == Defined.VALUE || d == Defined.HEADER || d == Defined.IMPLICIT) {
                throw fail(keyStart, keyEnd, conflict(key.subList(0, n), d));
            }
            defined.put(prefix, Defined.DOTTED);
        }
        String path = String.join("\u0000", key);
        if (defined.containsKey(path)) {
            Defined d = defined.get(path);
            throw fail(keyStart, keyEnd, d == Defined.VALUE ? "`" + String.join(".", key) + "` is set twice" : conflict(key, d));
        }
        defined.put(path, Defined.VALUE);
        entries.add(new Entry(List.copyOf(key), new Span(file, keyStart, keyEnd), v));
    }

    private static String conflict(List<String> key, Defined d) {
        String k = "`" + String.join(".", key) + "`";
        return switch (d) {
            case VALUE -> k + " already holds a value, so it cannot be a table";
            case HEADER, IMPLICIT -> k + " is a table with its own `[...]` header; set its keys there";
            case DOTTED -> k + " was made a table by a dotted key; it cannot be defined again";
        };
    }

    private void keyInto(List<String> key) {
        while (true) {
            key.add(simpleKey());
            blank();
            if (peek() != '.') return;
            i++;
            blank();
        }
    }

    private String simpleKey() {
        char c = peek();
        if (c == '"') return basicString(false).value();
        if (c == '\'') return literalString(false).value();
        int start = i;
        while (i < s.length() && isBare(s.charAt(i))) i++;
        if (i == start) throw fail(start, start + 1, "expected a key (letters, digits, `_`, `-`, or a quoted string)");
        return s.substring(start, i);
    }

    private static boolean isBare(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private Value value() {
        char c = peek();
        int start = i;
        if (c == '"') return basicString(true);
        if (c == '\'') return literalString(true);
        if (c == '[') return array();
        if (c == '{') throw fail(start, start + 1, "inline tables (`{ ... }`) are not supported in the settings file; use a `[table]`");
        if (s.startsWith("true", i) && !bareAt(i + 4)) {
            i += 4;
            return new Bool(true, new Span(file, start, i));
        }
        if (s.startsWith("false", i) && !bareAt(i + 5)) {
            i += 5;
            return new Bool(false, new Span(file, start, i));
        }
        if (c == '+' || c == '-' || (c >= '0' && c <= '9') || s.startsWith("inf", i) || s.startsWith("nan", i)) {
            return integer();
        }
        throw fail(start, Math.min(s.length(), start + 1), "expected a value: a \"string\", an integer, true, false or an [array]");
    }

    private boolean bareAt(int at) {
        return at < s.length() && (isBare(s.charAt(at)) || s.charAt(at) == '.' || s.charAt(at) == ':');
    }

    private Int integer() {
        int start = i;
        while (i < s.length() && "+-0123456789_abcdefxoABCDEFXOintINT.:eETZz".indexOf(s.charAt(i)) >= 0) i++;
        String text = s.substring(start, i);
        Span span = new Span(file, start, Math.max(i, start + 1));
        if (!text.matches("[+-]?(0|[1-9](_?[0-9])*)")) {
            String what = text.matches("[+-]?0[xob].*") ? "hexadecimal, octal and binary integers are"
                    : text.matches(".*[0-9]-[0-9].*|.*:.*") ? "dates and times are"
                    : text.matches(".*(\\.|[eE]|inf|nan).*") ? "floating-point numbers are" : null;
            if (what != null) throw fail(span.start(), span.end(), what + " not supported in the settings file");
            throw fail(span.start(), span.end(), "`" + Printable.of(text) + "` is not a decimal integer");
        }
        try {
            return new Int(Long.parseLong(text.replace("_", "")), span);
        } catch (NumberFormatException e) {
            throw fail(span.start(), span.end(), "integer out of range: " + text);
        }
    }

    private Arr array() {
        int start = i;
        i++;
        var items = new ArrayList<Value>();
        while (true) {
            gap();
            if (peek() == ']') break;
            items.add(value());
            gap();
            if (peek() == ',') {
                i++;
                continue;
            }
            if (peek() != ']') throw fail(i, Math.min(s.length(), i + 1), "expected `,` or `]` in the array");
            break;
        }
        i++;
        var span = new Span(file, start, i);
        for (Value v : items) {
            if (!v.kind().equals(items.get(0).kind())) {
                throw fail(v.span().start(), v.span().end(), "the items of an array are all of one kind in the settings file");
            }
        }
        return new Arr(List.copyOf(items), span);
    }

    /** Whitespace, newlines and comments between the items of an array. */
    private void gap() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') i++;
            else if (c == '\n' || c == '\r') newline();
            else if (c == '#') comment();
            else return;
        }
    }

    private Str basicString(boolean asValue) {
        int start = i;
        if (s.startsWith("\"\"\"", i)) throw fail(start, start + 3, "multi-line strings are not supported in the settings file");
        i++;
        var b = new StringBuilder();
        while (true) {
            if (i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                throw fail(start, i, "unterminated string: close it with `\"` on the same line");
            }
            char c = s.charAt(i);
            if (c == '"') break;
            if (c == '\\') {
                i++;
                char e = i < s.length() ? s.charAt(i) : ' ';
                switch (e) {
                    case '"' -> b.append('"');
                    case '\\' -> b.append('\\');
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u', 'U' -> {
                        int n = e == 'u' ? 4 : 8;
                        String hex = i + 1 + n <= s.length() ? s.substring(i + 1, i + 1 + n) : "";
                        if (!hex.matches("[0-9A-Fa-f]{" + n + "}")) throw fail(i - 1, i + 1, "`\\" + e + "` takes " + n + " hex digits");
                        long cp = Long.parseLong(hex, 16);
                        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) throw fail(i - 1, i + 1 + n, "not a Unicode scalar value");
                        b.appendCodePoint((int) cp);
                        i += n;
                    }
                    default -> throw fail(i - 1, Math.min(s.length(), i + 1), "unknown escape `\\" + Printable.of(String.valueOf(e))
                            + "`; use \\\", \\\\, \\n, \\t, \\r, \\b, \\f, \\uXXXX");
                }
                i++;
                continue;
            }
            if (c < 0x20 && c != '\t' || c == 0x7f) throw fail(i, i + 1, "control characters must be escaped in strings");
            b.append(c);
            i++;
        }
        i++;
        return new Str(b.toString(), new Span(file, start, i));
    }

    private Str literalString(boolean asValue) {
        int start = i;
        if (s.startsWith("'''", i)) throw fail(start, start + 3, "multi-line strings are not supported in the settings file");
        int end = i + 1;
        while (end < s.length() && s.charAt(end) != '\'' && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
            char c = s.charAt(end);
            if (c < 0x20 && c != '\t' || c == 0x7f) throw fail(end, end + 1, "control characters are not allowed in literal strings");
            end++;
        }
        if (end >= s.length() || s.charAt(end) != '\'') throw fail(start, end, "unterminated string: close it with `'` on the same line");
        i = end + 1;
        return new Str(s.substring(start + 1, end), new Span(file, start, i));
    }

    private void endOfLine() {
        blank();
        if (i >= s.length()) return;
        char c = s.charAt(i);
        if (c == '#') {
            comment();
            return;
        }
        if (c == '\n' || c == '\r') {
            newline();
            return;
        }
        throw fail(i, i + 1, "expected the end of the line after the value (one setting per line)");
    }

    private void comment() {
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) throw fail(i, i + 1, "control characters are not allowed in comments");
            i++;
        }
    }

    private void newline() {
        if (s.charAt(i) == '\r') {
            if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') throw fail(i, i + 1, "a carriage return must be followed by a line feed");
            i++;
        }
        i++;
    }

    private void blank() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private Stop fail(int start, int end, String message) {
        int a = Math.min(start, s.length());
        diagnostics.add(Messages.settingsSyntax(new Span(file, a, Math.max(a, Math.min(end, s.length()))), message));
        return new Stop();
    }
}
