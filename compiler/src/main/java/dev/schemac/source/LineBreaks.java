package dev.schemac.source;

/**
 * What ends a line of a {@code .schema} file, in one place: {@code \n}, {@code \r\n}, or a
 * {@code \r} alone (files from old Mac tools). The lexer, the line index of diagnostics and the
 * formatter's same-line and blank-line tests all ask here, so a file has the same lines for each.
 */
public final class LineBreaks {
    private LineBreaks() {}

    public static boolean isBreak(char c) { return c == '\n' || c == '\r'; }

    /** The offset of the next line break at or after {@code from}, or the end of the text. */
    public static int lineEnd(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) if (isBreak(text.charAt(i))) return i;
        return text.length();
    }

    /** The offset where the line holding {@code at} starts. */
    public static int lineStart(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) if (isBreak(text.charAt(i))) return i + 1;
        return 0;
    }

    /** The offset just after the line break starting at {@code at} ({@code \r\n} is one break). */
    public static int after(String text, int at) {
        return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? at + 2 : at + 1;
    }

    /** Whether the text holds an empty (or blank) line: a line break after the first, with only whitespace between. */
    public static boolean hasBlankLine(String s) {
        int first = lineEnd(s, 0);
        if (first == s.length()) return false;
        for (int i = after(s, first); i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBreak(c)) return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return false;
    }

    /**
     * The text as the lexer reads it: each lone {@code \r} a {@code \n}, which is the only line
     * break ANTLR counts lines by, and a leading byte order mark a space (whitespace to the
     * grammar). The same length, so offsets stay the file's.
     */
    public static String forLexer(String text) {
        boolean mark = SourceFile.hasByteOrderMark(text);
        int cr = text.indexOf('\r');
        while (cr >= 0 && cr + 1 < text.length() && text.charAt(cr + 1) == '\n') cr = text.indexOf('\r', cr + 2);
        if (cr < 0 && !mark) return text; // LF or CRLF only, the common cases: no copy
        char[] cs = text.toCharArray();
        if (mark) cs[0] = ' ';
        if (cr < 0) return new String(cs);
        for (int i = cr; i < cs.length; i++) {
            if (cs[i] == '\r' && (i + 1 == cs.length || cs[i + 1] != '\n')) cs[i] = '\n';
        }
        return new String(cs);
    }
}
