package dev.schemac.render.config;

import dev.schemac.render.text.PlainText;

/**
 * Values in INI files read by Python's configparser ({@code alembic.ini}). A value is the
 * rest of its line, and configparser's interpolation reads {@code %} as the start of a
 * reference, so a literal percent sign is doubled. A line break cannot be held: the
 * resolver admits none in the names a value is built from, and one here fails loudly.
 */
public final class Ini {
    private Ini() {}

    public static String value(String s) {
        if (s.codePoints().anyMatch(c -> PlainText.isLineBreak(c) || PlainText.isHidden(c))) {
            throw new IllegalArgumentException("an INI value cannot hold " + PlainText.visible(s));
        }
        return s.strip().equals(s) ? s.replace("%", "%%") : failLeadingSpace(s);
    }

    private static String failLeadingSpace(String s) {
        throw new IllegalArgumentException("configparser strips the spaces around an INI value: `" + s + "`");
    }
}
