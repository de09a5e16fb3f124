package dev.schemac.render.text;

/**
 * How a table's or a column's name reaches the plain-text ER diagram (erd/er.txt). Its lines are read by
 * people: `[orders] 1----* [order_lines]`, `order_lines(order_id) -> orders(id)`, `| customer_id  FK null |`.
 * A name the database takes as written (`@@map("order lines")`, `@map("id PK")`, `@@map("a] 1----* [b")`) could
 * be read there as two names, as a name and a mark, or as a relationship of its own; so it is written by the one
 * rule of {@link NameText}, in double quotes unless it is one plain word.
 */
public final class DiagramText {
    private DiagramText() {}

    /** A name as the diagram writes it ({@link NameText#of}). */
    public static String name(String name) {
        return NameText.of(name);
    }

    /** Whether {@link #name} writes {@code name} bare. */
    public static boolean plain(String name) {
        return NameText.plain(name);
    }

    /**
     * The columns {@code text} takes in a fixed-width font: two for a wide or fullwidth character (CJK ideographs,
     * Hangul, kana, fullwidth forms), none for a combining mark, one for any other; so the diagram's boxes close in line.
     */
    public static int width(String text) {
        return text.codePoints().map(DiagramText::columns).sum();
    }

    /** {@code text} with spaces after it up to {@code width} columns. */
    public static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    private static int columns(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
