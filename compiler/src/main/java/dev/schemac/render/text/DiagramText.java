package dev.schemac.render.text;

/**
 * How a table's or a column's name reaches the plain-text ER diagram (erd/er.txt). Its lines are read by
 * people: `[orders] 1----* [order_lines]`, `order_lines(order_id) -> orders(id)`, `| customer_id  FK null |`.
 * A name the database takes as written (`@@map("order lines")`, `@map("id PK")`, `@@map("a] 1----* [b")`) could
 * be read there as two names, as a name and a mark, or as a relationship of its own; so the diagram writes it by
 * the one rule of {@link NameText}, in double quotes unless it is one plain word, and lines its boxes up here.
 */
public final class DiagramText {
    private DiagramText() {}

    /**
     * The columns {@code text} takes in a fixed-width font: two for a wide or fullwidth character (CJK ideographs,
     * Hangul, kana, fullwidth forms, emoji shown as pictures), none for a combining mark, one for any other; so the
     * diagram's boxes close in line. Terminals draw an emoji sequence as one picture, so what joins a picture adds
     * nothing: the character after a zero-width joiner, a skin-tone modifier, the second of a flag's two regional
     * indicators; and variation selector 16 asks for the picture of a narrow symbol ({@code U+2764 U+FE0F}), two
     * columns in all.
     */
    public static int width(String text) {
        int total = 0;
        int previous = -1;
        boolean picture = false;
        boolean flagOpen = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean indicator = c >= 0x1F1E6 && c <= 0x1F1FF;
            if (picture && (previous == ZERO_WIDTH_JOINER || c == ZERO_WIDTH_JOINER || (c >= 0x1F3FB && c <= 0x1F3FF))) {
                // part of the picture before it
            } else if (c == PICTURE_SELECTOR) {
                if (previous != -1 && !picture && columns(previous) == 1) total += 1;
                picture = previous != -1;
            } else if (indicator && flagOpen) {
                flagOpen = false;
            } else {
                int columns = indicator ? 2 : columns(c);
                total += columns;
                picture = indicator || (columns == 2 && emoji(c));
                flagOpen = indicator;
                previous = c;
                continue;
            }
            flagOpen = flagOpen && indicator;
            previous = c;
        }
        return total;
    }

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int PICTURE_SELECTOR = 0xFE0F;

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
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD)
                || emoji(c);
        return wide ? 2 : 1;
    }

    /**
     * Unicode's East Asian Wide emoji (EastAsianWidth.txt, W: the ones shown as pictures by default), first and last of
     * each run in order; a symbol of those blocks without a picture by default ({@code U+1F321} thermometer) is narrow.
     */
    private static final int[] EMOJI = {
            0x231A, 0x231B, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653,
            0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
            0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705,
            0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
            0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
            0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B,
            0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265,
            0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3,
            0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D,
            0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F,
            0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6DF, 0x1F6EB, 0x1F6EC,
            0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
            0x1FA70, 0x1FA7C, 0x1FA80, 0x1FA88, 0x1FA90, 0x1FABD, 0x1FABF, 0x1FAC5, 0x1FACE, 0x1FADB, 0x1FAE0, 0x1FAE8,
            0x1FAF0, 0x1FAF8};

    private static boolean emoji(int c) {
        for (int i = 0; i < EMOJI.length && EMOJI[i] <= c; i += 2) if (c <= EMOJI[i + 1]) return true;
        return false;
    }
}
