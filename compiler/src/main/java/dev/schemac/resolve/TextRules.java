package dev.schemac.resolve;

import dev.schemac.render.text.PlainText;
import java.text.Normalizer;

/**
 * The characters each kind of model text may hold. What a context of some output cannot
 * carry (a line break in a comment or a name, a control character in a label, a space in
 * a table name) is refused here, once, so no target ever has to cope with it.
 */
final class TextRules {
    private TextRules() {}

    /**
     * What is wrong with a text: the offending character ({@code -1} when the problem is not
     * one character) at a char offset into the text, and why.
     */
    record Problem(int at, int codePoint, String reason) {
        /** Whether the problem is a character no output can show (SC109) rather than a name's form (SC510, SC512). */
        boolean hidden() { return codePoint >= 0 && (PlainText.isHidden(codePoint) || PlainText.isLineBreak(codePoint)); }
    }

    /** The first problem of a text of this kind, or null when it may reach every output. */
    static Problem check(TextKind kind, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String bad = character(kind, c);
            if (bad != null) return new Problem(i, c, bad);
            i += Character.charCount(c);
        }
        return switch (kind) {
            case NAME -> name(text, false);
            case RELATION -> name(text, true);
            case LABEL -> label(text);
            default -> null;
        };
    }

    /** Why a character cannot be in text of this kind, or null. */
    private static String character(TextKind kind, int c) {
        if (PlainText.isBidiControl(c)) return "a bidirectional control makes text display as other than it is";
        if (kind == TextKind.DATA && (c == '\n' || c == '\r')) return null;
        if (PlainText.isLineBreak(c)) return where(kind) + " cannot hold a line break";
        if (PlainText.isHidden(c)) return where(kind) + " cannot show a control character";
        return null;
    }

    private static String where(TextKind kind) {
        return switch (kind) {
            case DOC -> "a doc comment line becomes a line of a comment in every output and";
            case LINE -> "this text is one line in the outputs and";
            case DATA -> "a literal";
            case LABEL -> "an enum label";
            case NAME, RELATION -> "a name";
            case PATTERN -> "a pattern (write \\n or \\t in it instead)";
        };
    }

    private static Problem name(String s, boolean spaces) {
        String holds = spaces ? "letters, digits, underscores and single spaces" : "letters, digits and underscores";
        if (s.isEmpty()) return new Problem(0, -1, "a name cannot be empty");
        if (!Character.isLetter(s.codePointAt(0))) return new Problem(0, s.codePointAt(0), "a name starts with a letter");
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '_' || (spaces && c == ' ')
                    || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            if (!ok) return new Problem(i, c, "a name holds " + holds + " only");
            if (Character.isSupplementaryCodePoint(c)) {
                return new Problem(i, c, "MySQL names cannot hold characters outside the Basic Multilingual Plane");
            }
            i += Character.charCount(c);
        }
        if (spaces && (s.endsWith(" ") || s.contains("  "))) {
            return new Problem(s.length() - 1, ' ', "a name holds " + holds + " only");
        }
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            return new Problem(0, -1, "Unicode normalization (NFKC) changes it, so Python would read another name "
                    + "than the databases; write it in its normalized form `" + Normalizer.normalize(s, Normalizer.Form.NFKC) + "`");
        }
        return null;
    }

    private static Problem label(String s) {
        if (s.isEmpty()) return new Problem(0, -1, "an empty label cannot be told from MySQL's error value");
        if (Character.isWhitespace(s.codePointAt(0)) || Character.isWhitespace(s.codePointBefore(s.length()))) {
            return new Problem(0, -1, "a label may not start or end with a space: MySQL removes it from ENUM members");
        }
        return null;
    }

    /** {@code U+0020 (SPACE)}, {@code U+000A (LINE FEED (LF))}. */
    static String describe(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " (" + name + ")");
    }
}
