package dev.schemac.render.mermaid;

import dev.schemac.naming.TargetNames;
import dev.schemac.render.text.PlainText;

/**
 * How model text reaches a Mermaid diagram. A quoted string ends at the next {@code "},
 * cannot span lines, and Mermaid reads {@code #name;} in it as an entity code and
 * {@code %%{...}%%} anywhere in the text as a configuration directive, two {@code ~} in a
 * line as a generic type (the parse then fails), and a line with {@code direction} and a
 * space before {@code TB} as a direction statement; the text is shown as HTML. So those
 * characters (that space) are written as Mermaid's entity codes, which the renderer turns
 * back into the characters themselves.
 */
public final class Mermaid {
    private Mermaid() {}

    /**
     * A quoted label or comment, on one line, which a reader sees as text shown on one line
     * anywhere: every character {@link PlainText#visible} would not show (an invisible one a doc
     * comment may hold, a zero-width space or a byte order mark) is written as its {@code \\u}
     * escape, as in the SQL comments, Prisma's and Markdown's text, not as an entity code the
     * renderer would turn back into the unseen character.
     */
    public static String string(String s) {
        var b = new StringBuilder("\"");
        PlainText.visible(PlainText.oneLine(s)).codePoints().forEach(c -> {
            // The lexer takes any line holding `direction` and a space before TB, BT, LR or RL as a
            // direction statement, quotes or not: a relationship or entity on it would vanish.
            if (isSpace(c) && endsWithDirection(b)) {
                b.append('#').append(c).append(';');
                return;
            }
            switch (c) {
                case '"' -> b.append("#quot;");
                case '#' -> b.append("#35;");
                case '%' -> b.append("#37;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '&' -> b.append("#amp;");
                case '`' -> b.append("#96;");
                case '~' -> b.append("#126;");
                default -> b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }

    private static boolean endsWithDirection(StringBuilder b) {
        int n = "direction".length();
        return b.length() >= n && b.substring(b.length() - n).equalsIgnoreCase("direction");
    }

    /** What JavaScript's {@code \s} matches. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF;
    }

    /**
     * A table's name as the word of an ER diagram entity: itself when Mermaid reads it as a name;
     * else each character it cannot take as {@code _}, a {@code _} before a leading digit, and a
     * {@code _} after a word its lexer reads as its own ({@code class} → {@code class_}), as
     * {@link TargetNames#mermaidEntity} spells it (so SC607 says what the diagram does). The
     * diagram then shows the real name beside it (an entity alias).
     */
    public static String entityWord(String table) {
        return TargetNames.mermaidEntity(table).name();
    }

    /**
     * A column's name, or an enum's as a column's type, as a word in an entity's block: as
     * {@link #entityWord}, with the key markers ({@code PK}, {@code FK}, {@code UK}) as the
     * lexer's words there ({@code pk} → {@code pk_}). The diagram shows a renamed column's real
     * name in its comment.
     */
    public static String attributeWord(String name) {
        return TargetNames.mermaidAttribute(name).name();
    }
}
