package dev.schemac.render.mermaid;

import dev.schemac.render.text.PlainText;

/**
 * How model text reaches a Mermaid diagram. A quoted string ends at the next {@code "},
 * cannot span lines, and Mermaid reads {@code #name;} in it as an entity code and
 * {@code %%{...}%%} anywhere in the text as a configuration directive; the text is shown
 * as HTML. So those characters are written as Mermaid's entity codes, which the renderer
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
     * more); the resolver admits no other character in a table or column name, so any
     * other reaching here is a compiler bug and fails loudly.
     */
    public static String name(String s) {
        boolean ok = !s.isEmpty() && Character.isLetter(s.codePointAt(0))
                && s.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK);
        if (!ok) throw new IllegalArgumentException("not a Mermaid name: " + PlainText.visible(s));
        return s;
    }
}
