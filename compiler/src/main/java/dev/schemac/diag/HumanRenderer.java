package dev.schemac.diag;

import dev.schemac.render.text.PlainText;
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

    public String render(List<Diagnostic> diagnostics) {
        var b = new StringBuilder();
        for (Diagnostic d : diagnostics) b.append(render(d)).append('\n');
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

    private void snippet(StringBuilder b, Span span, String colourCode) {
        int line = span.line();
        b.append("  --> ").append(PlainText.visible(span.location())).append('\n');
        if (span.file().text().isEmpty()) return;
        // The source line as the terminal may show it: escape sequences and other hidden
        // characters of the input are written out, never sent to the terminal.
        int[] raw = span.file().lineText(line).replace('\t', ' ').codePoints().toArray();
        var text = new StringBuilder(raw.length);
        // at[i]: the column (in code points) where the i-th character of the line is shown.
        int[] at = new int[raw.length + 1];
        int shown = 0;
        for (int i = 0; i < raw.length; i++) {
            at[i] = shown;
            int c = raw[i];
            if (PlainText.isShownAsIs(c)) {
                text.appendCodePoint(c);
                shown++;
            } else {
                String v = PlainText.visible(new String(raw, i, 1));
                text.append(v);
                shown += v.codePointCount(0, v.length());
            }
        }
        at[raw.length] = shown;
        String number = String.valueOf(line);
        String pad = " ".repeat(number.length());
        b.append(' ').append(pad).append(" |\n");
        b.append(' ').append(number).append(" | ").append(text).append('\n');
        int col = Math.min(raw.length, Math.max(0, span.column() - 1));
        int end = span.file().line(span.end()) == line ? Math.min(raw.length, Math.max(col, span.file().column(span.end()) - 1))
                : raw.length;
        int width = Math.max(1, at[end] - at[col]);
        b.append(' ').append(pad).append(" | ").append(" ".repeat(at[col]))
                .append(paint("^".repeat(width), colourCode, true)).append('\n');
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
