package dev.schemac.sample;

/**
 * Lengths of text as the databases count them: in characters (code points), as
 * {@code char_length} and {@code varchar(n)} do, not in UTF-16 units; a character outside
 * the BMP is one, never cut in two.
 */
final class TextLength {
    private TextLength() {}

    static int of(CharSequence s) {
        // A String counts its own code points without a call per char (one step for Latin-1 text):
        // every candidate value of every text column is measured.
        if (s instanceof String text) return text.codePointCount(0, text.length());
        return Character.codePointCount(s, 0, s.length());
    }

    static boolean within(CharSequence s, int min, int max) {
        int n = of(s);
        return n >= min && n <= max;
    }

    /** The first {@code max} characters of {@code s}. */
    static String prefix(String s, int max) {
        return of(s) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
