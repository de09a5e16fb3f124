package dev.schemac.diag;

import dev.schemac.source.Span;
import java.util.List;

/**
 * Diagnostics for people: the header, the location, the source line with a caret under the
 * span, the help. ANSI colour only when asked (the command line asks on a terminal).
 */
public final class HumanRenderer {
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
                .append(paint(d.message(), "", true)).append('\n');
        if (d.span() != null) snippet(b, d.span(), severityColour(d.severity()));
        if (d.help() != null && !d.help().isEmpty()) {
            b.append("  = ").append(paint("help", "36", true)).append(": ").append(d.help()).append('\n');
        }
        for (Diagnostic.Note n : d.notes()) {
            b.append("  = ").append(paint("note", "36", true)).append(": ").append(n.message());
            if (n.span() != null) b.append(" (").append(n.span().location()).append(')');
            b.append('\n');
        }
        return b.toString();
    }

    private void snippet(StringBuilder b, Span span, String colourCode) {
        int line = span.line();
        b.append("  --> ").append(span.location()).append('\n');
        if (span.file().text().isEmpty()) return;
        String text = span.file().lineText(line).replace('\t', ' ');
        String number = String.valueOf(line);
        String pad = " ".repeat(number.length());
        b.append(' ').append(pad).append(" |\n");
        b.append(' ').append(number).append(" | ").append(text).append('\n');
        int col = span.column() - 1;
        int width;
        if (span.file().line(span.end()) == line) {
            width = Math.max(1, span.file().column(span.end()) - 1 - col);
        } else {
            width = Math.max(1, text.codePointCount(0, text.length()) - col);
        }
        b.append(' ').append(pad).append(" | ").append(" ".repeat(Math.max(0, col)))
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
