package dev.schemac.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Model text as every render package sees it: where its lines break, and how a character
 * that a comment cannot show is written visibly instead. The resolver refuses most of these
 * characters in text that reaches comments (see {@code resolve.TextRules}); these rules keep
 * each output safe on their own, whatever reaches them.
 */
public final class PlainText {
    private PlainText() {}

    /**
     * A character that some output reads as the end of a line: LF and CR (every language),
     * NEL, LS and PS (Unicode's line separators, which editors and Markdown renderers break
     * at), VT and FF (which Python's {@code str.splitlines} breaks at).
     */
    public static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /**
     * A character that is invisible or changes how the text around it is displayed: the C0
     * and C1 controls and DEL (tab excepted), and the bidirectional embedding, override and
     * isolate controls a "Trojan Source" listing hides code with.
     */
    public static boolean isHidden(int c) {
        if (c == '\t') return false;
        return Character.getType(c) == Character.CONTROL || isBidiControl(c);
    }

    public static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The lines of a text, split at every line break ({@code \r\n} counts once). */
    public static List<String> lines(String text) {
        var out = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLineBreak(c)) continue;
            out.add(text.substring(start, i));
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        out.add(text.substring(start));
        return out;
    }

    /** The text on one line: each line break becomes one space. */
    public static String oneLine(String text) {
        return String.join(" ", lines(text));
    }

    /**
     * The one rule for text from outside (a model's text, a path, a word of the command line, a
     * database's name) on one line, of a comment or of the terminal: hidden characters are
     * written as {@code \\u001B}, line breaks as {@code \\u000A}, bidirectional controls as
     * {@code \\u202E}, so the line shows what the text holds, cannot end early, and no escape
     * sequence or reordering reaches whoever reads it. A text with none of them is returned as
     * it is (nearly every text: a run shows thousands).
     */
    public static String visible(String line) {
        int i = 0;
        while (i < line.length() && isShownAsIs(line.codePointAt(i))) i += Character.charCount(line.codePointAt(i));
        // Nearly every message, help and comment line shows as itself (a run prints thousands): no copy then.
        if (i == line.length()) return line;
        var b = new StringBuilder(line.length() + 8).append(line, 0, i);
        while (i < line.length()) {
            int c = line.codePointAt(i);
            if (isShownAsIs(c)) b.appendCodePoint(c);
            else b.append(String.format(Locale.ROOT, "\\u%04X", c));
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** Whether {@link #visible} writes the character as itself: neither hidden nor a line break. */
    public static boolean isShownAsIs(int c) {
        if (c >= 0x20 && c < 0x7F) return true; // printable ASCII: no control, line break or bidi control
        return !isHidden(c) && !isLineBreak(c);
    }

    /** Every line of a text made {@link #visible}. */
    public static List<String> visibleLines(String text) {
        return lines(text).stream().map(PlainText::visible).toList();
    }
}
