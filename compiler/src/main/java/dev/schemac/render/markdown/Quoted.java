package dev.schemac.render.markdown;

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
            String mapped = f.apply(content);
            if (!mapped.equals(content)) {
                if (b == null) b = new StringBuilder(m.length());
                b.append(m, text, i).append(name(mapped));
                text = close + n;
            }
            i = close + n;
        }
        if (b == null) return m;
        return b.append(m, text, m.length()).toString();
    }

    private static String read(String m, Out out) {
        var b = new StringBuilder();
        int text = 0;
        int i = 0;
        while (i < m.length()) {
            if (m.charAt(i) != '`') { i++; continue; }
            int run = i;
            while (run < m.length() && m.charAt(run) == '`') run++;
            int n = run - i;
            int close = closingRun(m, run, n);
            if (close < 0) { i = run; continue; }
            b.append(words(m.substring(text, i), out));
            String content = m.substring(run, close);
            if (content.length() >= 2 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
                content = content.substring(1, content.length() - 1);
            }
            b.append(switch (out) {
                case PROSE -> Md.code(content);
                case CELL -> Md.codeCell(content);
                case PLAIN -> content;
            });
            i = close + n;
            text = i;
        }
        b.append(words(m.substring(text), out));
        return b.toString();
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
