package dev.schemac.diag;

import dev.schemac.render.text.PlainText;
import dev.schemac.source.LineBreaks;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.util.List;

/**
 * Diagnostics for people: the header, the location, the source line with a caret under the
 * span, the help. ANSI colour only when asked (the command line asks on a terminal).
 */
public final class HumanRenderer {
    /** As wide as {@code "  = help: "}, so the lines of a block stay under its first. */
    private static final String CONTINUATION = " ".repeat(10);

    private final boolean colour;

    public HumanRenderer(boolean colour) { this.colour = colour; }

    /**
     * Diagnostics of one code shown at most, in the order given; the rest are counted in one
     * line. A thousand camelCase fields are one finding a thousand times, and the machine formats
     * list every one.
     */
    static final int MAX_PER_CODE = 50;

    /** Code points of a source line shown at most, and how many of them come before the span. */
    static final int LINE_WINDOW = 120;
    static final int BEFORE_SPAN = 40;

    private static final String ELLIPSIS = "...";

    /** Writes each diagnostic as soon as it is rendered, so the report is never held whole in memory. */
    public void write(List<Diagnostic> diagnostics, Appendable out) throws java.io.IOException {
        var shown = new java.util.HashMap<String, Integer>();
        for (Diagnostic d : diagnostics) {
            int n = shown.merge(d.code(), 1, Integer::sum);
            if (n <= MAX_PER_CODE) out.append(render(d)).append('\n');
        }
        for (var e : new java.util.TreeMap<>(shown).entrySet()) {
            int more = e.getValue() - MAX_PER_CODE;
            if (more > 0) {
                out.append(paint("note", "36", true)).append(": ")
                        .append(String.format(java.util.Locale.ROOT, "%,d more %s not shown (`--format=json` lists every one)",
                                more, e.getKey()))
                        .append("\n\n");
            }
        }
    }

    public String render(List<Diagnostic> diagnostics) {
        var b = new StringBuilder();
        try {
            write(diagnostics, b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
        return b.toString();
    }

    public String render(Diagnostic d) {
        var b = new StringBuilder();
        String sev = d.severity().label();
        b.append(paint(sev + "[" + d.code() + "]", severityColour(d.severity()), true)).append(": ")
                .append(paint(PlainText.visible(d.message()), "", true)).append('\n');
        if (d.span() != null) snippet(b, d.span(), severityColour(d.severity()));
        if (d.help() != null && !d.help().isEmpty()) {
            b.append("  = ").append(paint("help", "36", true)).append(": ").append(block(d.help())).append('\n');
        }
        for (Diagnostic.Note n : d.notes()) {
            b.append("  = ").append(paint("note", "36", true)).append(": ").append(block(n.message()));
            if (n.span() != null) b.append(" (").append(n.span().location()).append(')');
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * A help or note that spans lines (a block to paste): its own line feeds break the terminal
     * line, each line lined up under the first; every other control or line-break character
     * is still written out visibly, so no text can reach the terminal raw.
     */
    private static String block(String text) {
        var lines = text.split("\n", -1);
        var b = new StringBuilder(PlainText.visible(lines[0]));
        for (int i = 1; i < lines.length; i++) {
            b.append('\n');
            if (!lines[i].isEmpty()) b.append(CONTINUATION).append(PlainText.visible(lines[i]));
        }
        return b.toString();
    }

    /**
     * The location, the line and a caret under the span. A long line is shown as a window of
     * {@link #LINE_WINDOW} code points around the span, cut off with {@link #ELLIPSIS}, so a
     * diagnostic costs the same on a line of any length.
     */
    private void snippet(StringBuilder b, Span span, String colourCode) {
        int line = span.line();
        b.append("  --> ").append(PlainText.visible(span.location())).append('\n');
        SourceFile file = span.file();
        String source = file.text();
        // A fragment of a larger input (an annotation value) is no file's lines to show.
        if (source.isEmpty() || file.first() != 0) return;
        int lineStart = file.lineStart(line);
        int lineEnd = LineBreaks.lineEnd(source, lineStart);
        int start = Math.max(lineStart, Math.min(span.start(), lineEnd));
        int end = file.line(span.end()) == line ? Math.max(start, Math.min(span.end(), lineEnd)) : lineEnd;
        int from = back(source, start, lineStart, BEFORE_SPAN);
        int to = forward(source, from, lineEnd, LINE_WINDOW);
        if (to == lineEnd) from = back(source, lineEnd, lineStart, LINE_WINDOW);
        end = Math.min(end, to);
        String before = from > lineStart ? ELLIPSIS : "";
        // The source line as the terminal may show it: escape sequences and other hidden
        // characters of the input are written out, never sent to the terminal.
        var text = new StringBuilder(before);
        int shown = before.length();
        int caretAt = shown;
        int caretEnd = shown;
        for (int i = from; i < to; ) {
            if (i == start) caretAt = shown;
            if (i == end) caretEnd = shown;
            int c = source.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') c = ' ';
            if (PlainText.isShownAsIs(c)) {
                text.appendCodePoint(c);
                shown++;
            } else {
                String v = PlainText.visible(new String(Character.toChars(c)));
                text.append(v);
                shown += v.codePointCount(0, v.length());
            }
        }
        if (start >= to) caretAt = shown;
        if (end >= to) caretEnd = shown;
        if (to < lineEnd) text.append(ELLIPSIS);
        String number = String.valueOf(line);
        String pad = " ".repeat(number.length());
        b.append(' ').append(pad).append(" |\n");
        b.append(' ').append(number).append(" | ").append(text).append('\n');
        int width = Math.max(1, caretEnd - caretAt);
        b.append(' ').append(pad).append(" | ").append(" ".repeat(caretAt))
                .append(paint("^".repeat(width), colourCode, true)).append('\n');
    }

    /** The offset {@code count} code points before {@code at}, not before {@code limit}. */
    private static int back(String s, int at, int limit, int count) {
        int i = at;
        for (int n = 0; n < count && i > limit; n++) i -= Character.isLowSurrogate(s.charAt(i - 1)) && i - 1 > limit ? 2 : 1;
        return i;
    }

    /** The offset {@code count} code points after {@code at}, not after {@code limit}. */
    private static int forward(String s, int at, int limit, int count) {
        int i = at;
        for (int n = 0; n < count && i < limit; n++) i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < limit ? 2 : 1;
        return i;
    }

    private static String severityColour(Severity s) {
        return switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            case INFO -> "34";
        };
    }

    private String paint(String s, String code, boolean bold) {
        if (!colour) return s;
        String prefix = (bold ? "1" : "") + (code.isEmpty() ? "" : (bold ? ";" : "") + code);
        return "\u001b[" + prefix + "m" + s + "\u001b[0m";
    }
}
