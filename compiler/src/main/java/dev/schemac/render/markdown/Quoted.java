package dev.schemac.render.markdown;

import dev.schemac.render.text.NameText;

/**
 * Text that quotes its names as code spans, the one way the compiler's messages, the migration
 * sentences and the NoSQL designs' reasons are written: each name goes through {@link #name}
 * (a CommonMark code span, delimited by more backticks than any run inside it), the rest is
 * plain words. Each output reads such text back through one method: Markdown prose, a Markdown
 * table cell, or plain text (JSON), so a name holding backticks, {@code |} or backslashes comes
 * out as written in each.
 */
public final class Quoted {
    private Quoted() {}

    /** A name quoted in such text (see {@link Md#code}). */
    public static String name(String s) {
        return s.isEmpty() ? "``" : Md.code(s);
    }

    /**
     * A database's name (a table, column, constraint, index or type) quoted in such text as every document
     * writes it, by {@link NameText}: bare when one plain word, else in double quotes
     * with a {@code "} doubled ({@code `"catalogue products"`}), so a message repeated in a document names the
     * table the document's own sentences name, and a name with a space or a dot reads as one name.
     */
    public static String stored(String name) {
        return name(NameText.of(name));
    }

    /** A column of a table, {@code `table.column`}, each name by {@link NameText}. */
    public static String stored(String table, String column) {
        return name(NameText.qualified(table, column));
    }

    /** Columns of a table as one span, {@code `table.a, b`}, each name by {@link NameText}. */
    public static String stored(String table, java.util.List<String> columns) {
        return name(NameText.qualified(table, columns));
    }

    /** Columns as one span, {@code `a, "b c"`}, each name by {@link NameText}. */
    public static String stored(java.util.List<String> columns) {
        return name(NameText.list(columns));
    }

    /** Columns of a table in parentheses, each quoted by {@link #stored}: {@code (`a`, `"b c"`)}, the way such text lists a key's columns. */
    public static String columns(java.util.List<String> names) {
        return "(" + String.join(", ", names.stream().map(Quoted::stored).toList()) + ")";
    }

    /** The text as Markdown prose: its code spans stay code spans, the rest is plain text. */
    public static String markdown(String m) { return read(m, Out.PROSE); }

    /** The text in a Markdown table cell, where a {@code |} splits cells even inside code (see {@link Md#codeCell}). */
    public static String cell(String m) { return read(m, Out.CELL); }

    /** The text with each code span's content as it is, for a plain-text output such as JSON. */
    public static String plain(String m) { return read(m, Out.PLAIN); }

    private enum Out { PROSE, CELL, PLAIN }

    /**
     * The text with each code span's content passed through {@code f}: a span whose content
     * {@code f} changes is quoted anew ({@link #name}), every other character stays as written.
     */
    public static String mapNames(String m, java.util.function.UnaryOperator<String> f) {
        StringBuilder b = null;
        int text = 0;
        for (Span s : spans(m)) {
            String mapped = f.apply(s.content());
            if (mapped.equals(s.content())) continue;
            if (b == null) b = new StringBuilder(m.length());
            b.append(m, text, s.start()).append(name(mapped));
            text = s.end();
        }
        if (b == null) return m;
        return b.append(m, text, m.length()).toString();
    }

    private static String read(String m, Out out) {
        var b = new StringBuilder();
        int text = 0;
        for (Span s : spans(m)) {
            b.append(words(m.substring(text, s.start()), out));
            b.append(switch (out) {
                case PROSE -> Md.code(s.content());
                case CELL -> Md.codeCell(s.content());
                case PLAIN -> s.content();
            });
            text = s.end();
        }
        b.append(words(m.substring(text), out));
        return b.toString();
    }

    /** A code span: where it starts and ends in the text (backticks included), and its content. */
    private record Span(int start, int end, String content) {}

    /**
     * The text's code spans as CommonMark reads them: a run of backticks opens one that the next
     * run of as many closes; one space each side of content that is not all spaces is stripped.
     */
    private static java.util.List<Span> spans(String m) {
        var out = new java.util.ArrayList<Span>();
        int i = 0;
        while (i < m.length()) {
            if (m.charAt(i) != '`') { i++; continue; }
            int run = i;
            while (run < m.length() && m.charAt(run) == '`') run++;
            int n = run - i;
            int close = closingRun(m, run, n);
            if (close < 0) { i = run; continue; }
            String content = m.substring(run, close);
            if (content.length() >= 2 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
                content = content.substring(1, content.length() - 1);
            }
            out.add(new Span(i, close + n, content));
            i = close + n;
        }
        return out;
    }

    /** Text between code spans; {@link Md#fragment} escapes {@code |} too, so it is safe in a cell. */
    private static String words(String s, Out out) {
        return out == Out.PLAIN ? s : Md.fragment(s);
    }

    /** Where the next run of exactly {@code n} backticks from {@code from} starts, or -1. */
    private static int closingRun(String m, int from, int n) {
        int i = from;
        while (i < m.length()) {
            if (m.charAt(i) != '`') { i++; continue; }
            int run = i;
            while (run < m.length() && m.charAt(run) == '`') run++;
            if (run - i == n) return i;
            i = run;
        }
        return -1;
    }
}
