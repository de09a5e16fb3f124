package dev.schemac.render.mermaid;

import dev.schemac.render.text.PlainText;

/**
 * How model text reaches a Mermaid diagram. A quoted string ends at the next {@code "},
 * cannot span lines, and Mermaid reads {@code #name;} in it as an entity code and
 * {@code %%{...}%%} anywhere in the text as a configuration directive, two {@code ~} in a
 * line as a generic type (the parse then fails); the text is shown as HTML. So those characters are written as Mermaid's entity codes, which the renderer
 * turns back into the characters themselves.
 */
public final class Mermaid {
    private Mermaid() {}

    /** A quoted label or comment, on one line. */
    public static String string(String s) {
        var b = new StringBuilder("\"");
        PlainText.oneLine(s).codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("#quot;");
                case '#' -> b.append("#35;");
                case '%' -> b.append("#37;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '&' -> b.append("#amp;");
                case '`' -> b.append("#96;");
                case '~' -> b.append("#126;");
                default -> {
                    if (PlainText.isHidden(c)) b.append("#").append(c).append(';');
                    else b.appendCodePoint(c);
                }
            }
        });
        return b.append('"').toString();
    }

    /**
     * An entity or attribute name. Mermaid takes letters, digits and underscores (and
     * more), a leading underscore too (a table named after an entity {@code _Thing}); the
     * resolver admits no other character in a table or column name, so any other reaching
     * here is a compiler bug and fails loudly.
     */
    public static String name(String s) {
        if (!isName(s)) throw new IllegalArgumentException("not a Mermaid name: " + PlainText.visible(s));
        return s;
    }

    /**
     * A stored name as a Mermaid word: itself when Mermaid can take it, else with each
     * character it cannot take as {@code _} and a leading {@code _} before a digit. The
     * diagram then shows the real name beside it (an entity alias, an attribute comment).
     */
    public static String word(String s) {
        if (isName(s)) return s;
        var b = new StringBuilder();
        if (s.isEmpty() || !(Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')) b.append('_');
        s.codePoints().forEach(c -> {
            if (c == '_' || Character.isLetterOrDigit(c)) b.appendCodePoint(c);
            else b.append('_');
        });
        return b.toString();
    }

    private static boolean isName(String s) {
        return !s.isEmpty() && (Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')
                && s.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK);
    }
}
