package dev.schemac.render.text;

import dev.schemac.naming.UnicodeIdentifiers;
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

    /**
     * A character a reader cannot see, or that changes how its neighbours are shown without
     * being seen itself: every format character (Unicode category Cf: the bidirectional
     * controls, zero-width space, joiners and non-joiners, word joiner and invisible operators,
     * byte order mark, soft hyphen, interlinear annotation marks, tag characters) and every
     * other default-ignorable code point (variation selectors, the combining grapheme joiner,
     * Hangul fillers, Khmer's invisible vowels, the reserved ignorable ranges). Variation
     * selectors count: after a letter they are unseen, and a run of them can smuggle any text
     * past a reader. Held as a table of Unicode 16, not asked of the JDK, so every Java version
     * writes the same bytes.
     */
    public static boolean isInvisible(int c) {
        if (c < 0xAD) return false;
        int i = java.util.Arrays.binarySearch(INVISIBLE_STARTS, c);
        int range = i >= 0 ? i : -i - 2;
        return range >= 0 && c <= INVISIBLE_ENDS[range];
    }

    /** {@link #isInvisible}'s ranges, first and last code point of each: Cf and Default_Ignorable_Code_Point of Unicode 16. */
    private static final int[] INVISIBLE_STARTS = {
        0x00AD, 0x034F, 0x0600, 0x061C, 0x06DD, 0x070F, 0x0890, 0x08E2, 0x115F, 0x17B4, 0x180B, 0x200B, 0x202A,
        0x2060, 0x3164, 0xFE00, 0xFEFF, 0xFFA0, 0xFFF0, 0x110BD, 0x110CD, 0x13430, 0x1BCA0, 0x1D173, 0xE0000,
    };
    private static final int[] INVISIBLE_ENDS = {
        0x00AD, 0x034F, 0x0605, 0x061C, 0x06DD, 0x070F, 0x0891, 0x08E2, 0x1160, 0x17B5, 0x180F, 0x200F, 0x202E,
        0x206F, 0x3164, 0xFE0F, 0xFEFF, 0xFFA0, 0xFFFB, 0x110BD, 0x110CD, 0x1343F, 0x1BCA3, 0x1D17A, 0xE0FFF,
    };

    /**
     * {@code U+0020 (SPACE)}, {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}: a character as a message names it.
     * One Unicode 13.0 had not assigned, in any plane, is named by its number alone, as Java 17
     * names it, so a later JDK, which knows its name, says the same.
     */
    public static String describe(int c) {
        String name = UnicodeIdentifiers.assigned(c) ? Character.getName(c) : null;
        return String.format("U+%04X", c) + (name == null ? "" : " (" + name + ")");
    }

    public static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || isBidiReordering(c);
    }

    /**
     * The bidirectional controls that reorder the text after them up to a closing control or the
     * end of a paragraph (the embeddings, overrides and isolates); the marks (LRM, RLM, ALM) act
     * as one letter of their direction where they stand and reorder nothing beyond it.
     */
    public static boolean isBidiReordering(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
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
     * database's name) on one line, of a comment or of the terminal: control characters are
     * written as {@code \\u001B}, line breaks as {@code \\u000A}, invisible and bidirectional
     * characters as {@code \\u200B} and {@code \\u202E} (beyond the Basic Multilingual Plane as
     * {@code \\u{E0100}}), and a lone surrogate, which no terminal can show, as {@code \\uD800};
     * so the line shows what the text holds, cannot end early, and no escape sequence,
     * reordering or unseen character reaches whoever reads it (joiners and presentation
     * selectors doing their work excepted: {@link #doesItsWork}). A text with none of them is
     * returned as it is (nearly every text: a run shows thousands).
     */
    public static String visible(String line) {
        int i = 0;
        while (i < line.length() && isShownAsIs(line.codePointAt(i))) i += Character.charCount(line.codePointAt(i));
        // Nearly every message, help and comment line shows as itself (a run prints thousands): no copy then.
        if (i == line.length()) return line;
        var b = new StringBuilder(line.length() + 8).append(line, 0, i);
        while (i < line.length()) {
            int c = line.codePointAt(i);
            if (isShownAsIs(c) || doesItsWork(line, i, c)) b.appendCodePoint(c);
            else b.append(escape(c));
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /**
     * An invisible character that {@link #visible} still writes as itself where it does the one
     * job it has in real text, so Persian or Hindi prose and emoji in a doc comment read as
     * written: a zero-width joiner or non-joiner between two visible characters beyond Latin,
     * Greek and Cyrillic (the letters of the scripts that join, the emoji a sequence joins), and
     * one text or emoji presentation selector (U+FE0E, U+FE0F) right after a visible symbol or a
     * keycap's digit. Anywhere else, and a second one in a row, it is escaped: between Latin
     * letters a joiner only hides, and a run of selectors can carry text no reader sees. The
     * neighbours are judged by the same JDK-independent rules as the character itself.
     */
    private static boolean doesItsWork(String line, int at, int c) {
        if (at == 0) return false;
        int before = line.codePointBefore(at);
        if (c == 0xFE0E || c == 0xFE0F) {
            return before == '#' || before == '*' || (before >= '0' && before <= '9') || (before >= 0xA9 && isShownAsIs(before));
        }
        if (c != 0x200C && c != 0x200D) return false;
        int after = at + 1 < line.length() ? line.codePointAt(at + 1) : -1;
        return joinsAcross(before) && joinsAcross(after);
    }

    /** A neighbour a joiner may stand beside: visible, beyond Latin, Greek and Cyrillic, or an emoji's presentation selector. */
    private static boolean joinsAcross(int c) {
        return c == 0xFE0F || (c >= 0x0590 && isShownAsIs(c) && !Character.isWhitespace(c));
    }

    /** How {@link #visible} writes a character it does not show as itself. */
    static String escape(int c) {
        return c <= 0xFFFF ? String.format(Locale.ROOT, "\\u%04X", c) : String.format(Locale.ROOT, "\\u{%X}", c);
    }

    /**
     * Whether {@link #visible} writes the character as itself: not hidden, invisible, a line
     * break or a lone surrogate.
     */
    public static boolean isShownAsIs(int c) {
        if (c >= 0x20 && c < 0x7F) return true; // printable ASCII: none of them
        return !isHidden(c) && !isLineBreak(c) && !isInvisible(c) && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /**
     * A text whose own line feeds break the line (a help, a note, a message of lines a program
     * put together), each line {@link #visible}: every other line break is still written out.
     */
    public static String visibleByLine(String text) {
        if (text.indexOf('\n') < 0) return visible(text);
        return String.join("\n", java.util.Arrays.stream(text.split("\n", -1)).map(PlainText::visible).toList());
    }

    /** Every line of a text made {@link #visible}. */
    public static List<String> visibleLines(String text) {
        return lines(text).stream().map(PlainText::visible).toList();
    }
}
