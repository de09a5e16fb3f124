package dev.schemac.config;

import dev.schemac.render.text.PlainText;

/**
 * A value the user gave, as a message quotes it: shown by the one rule for text from outside
 * ({@link PlainText#visible}), nothing and the empty text named, very long values shortened.
 */
final class Printable {
    private static final int MAX = 80;

    private Printable() {}

    static String of(String s) {
        if (s == null) return "(nothing)";
        if (s.isEmpty()) return "\"\"";
        String t = PlainText.visible(s);
        return t.length() > MAX ? t.substring(0, MAX - 11) + "…" + t.substring(t.length() - 10) : t;
    }
}
