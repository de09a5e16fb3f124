package dev.schemac.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PlainText#visible}'s one rule, {@link PlainText#isShownAsIs}, and its shortcut for text that needs no escape. */
class PlainTextTest {

    @Test
    void aCharacterIsShownAsItselfExactlyWhenItIsNeitherHiddenNorALineBreak() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean escaped = PlainText.isHidden(c) || PlainText.isLineBreak(c) || PlainText.isInvisible(c)
                    || Character.getType(c) == Character.SURROGATE;
            assertThat(PlainText.isShownAsIs(c)).as("U+%04X", c).isEqualTo(!escaped);
        }
    }

    @Test
    void everyCharacterOnEitherSideOfAnEscapeIsWrittenByTheSameRule() {
        int[] samples = {'a', ' ', '\t', '\n', '\r', 0x0B, 0x1B, 0x7F, 0x85, 0x9F, 0xE9, 0x202E, 0x2028, 0x2066, 0x1F600, 0xD800,
            0x200B, 0xFE0F, 0xE0100, 0x1D800};
        for (int x : samples) {
            for (int y : samples) {
                String text = "ab" + Character.toString(x) + "c" + Character.toString(y);
                assertThat(PlainText.visible(text)).as("%04X %04X", x, y).isEqualTo(oneByOne(text));
            }
        }
    }

    @Test
    void textThatNeedsNoEscapeIsReturnedAsItIs() {
        String text = "plain text, é and \t a tab 😀";
        assertThat(PlainText.visible(text)).isSameAs(text);
        assertThat(PlainText.visible("")).isEmpty();
        assertThat(PlainText.visible("a\u001B[31mb\nc")).isEqualTo("a\\u001B[31mb\\u000Ac");
    }

    /**
     * Every format character (Cf) the running JDK knows is invisible, whichever Unicode version
     * it has: the table is a superset, so a JDK with a newer Unicode that adds one fails here.
     */
    @Test
    void everyFormatCharacterIsInvisible() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.getType(c) == Character.FORMAT) assertThat(PlainText.isInvisible(c)).as("U+%04X", c).isTrue();
        }
    }

    /**
     * What a reader cannot see besides Cf, and what the table deliberately leaves shown: spaces
     * (a reader sees a gap), private-use and unassigned characters (a box), and the letters
     * next to each range.
     */
    @Test
    void theDefaultIgnorableCharactersAreInvisibleAndTheirNeighboursAreNot() {
        int[] invisible = {0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180F, 0x200B, 0x200C, 0x200D,
            0x2060, 0x2064, 0x2065, 0x206F, 0x3164, 0xFE00, 0xFE0E, 0xFE0F, 0xFEFF, 0xFFA0, 0xFFF0, 0xFFF9, 0xFFFB,
            0x13439, 0x1343F, 0x1BCA0, 0x1D173, 0xE0000, 0xE0001, 0xE0041, 0xE0100, 0xE01EF, 0xE0FFF};
        for (int c : invisible) {
            assertThat(PlainText.isInvisible(c)).as("U+%04X", c).isTrue();
            assertThat(PlainText.isShownAsIs(c)).as("U+%04X", c).isFalse();
        }
        int[] shown = {'a', '\t', 0xA0, 0xAC, 0xAE, 0x034E, 0x0350, 0x2000, 0x200A, 0x2010, 0x2070, 0x3000, 0x3163, 0x3165,
            0xFDFF, 0xFE10, 0xFEFE, 0xFF00, 0xFFFC, 0xFFFD, 0xE000, 0x1F600, 0xE1000, 0x10FFFF};
        for (int c : shown) assertThat(PlainText.isShownAsIs(c)).as("U+%04X", c).isTrue();
    }

    @Test
    void invisibleCharactersAreWrittenOutAndSupplementaryOnesByTheirCodePoint() {
        assertThat(PlainText.visible("us\u200Ber")).isEqualTo("us\\u200Ber");
        assertThat(PlainText.visible("\uFEFFid\u00AD")).isEqualTo("\\uFEFFid\\u00AD");
        assertThat(PlainText.visible("a\uDB40\uDD00b")).isEqualTo("a\\u{E0100}b");
        assertThat(PlainText.visible("x\uD800")).isEqualTo("x\\uD800");
        assertThat(PlainText.visible("\u2764\uFE0F\uFE0F")).isEqualTo("\u2764\uFE0F\\uFE0F");
    }

    /**
     * Joiners and presentation selectors doing their work in real text stay as they are, so
     * Persian, Hindi and emoji in a doc comment read as written; where they only hide (between
     * Latin letters, at an end, in a run) they are written out.
     */
    @Test
    void joinersAndSelectorsDoingTheirWorkStayAndHidingOnesAreWrittenOut() {
        for (String kept : List.of(
                "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",   // Persian: mi-khaham, with ZWNJ
                "\u0915\u094D\u200D\u0937",                         // Devanagari half form, with ZWJ
                "\uD83D\uDC69\u200D\uD83D\uDCBB",                   // woman technologist
                "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",             // rainbow flag: selector, then joiner
                "\u26A0\uFE0F careful", "1\uFE0F\u20E3", "\u00A9\uFE0E")) {
            assertThat(PlainText.visible(kept)).as(kept).isEqualTo(kept);
        }
        assertThat(PlainText.visible("us\u200Der")).isEqualTo("us\\u200Der");
        assertThat(PlainText.visible("us\u200Cer")).isEqualTo("us\\u200Cer");
        assertThat(PlainText.visible("\u200D\u0645")).isEqualTo("\\u200D\u0645");
        assertThat(PlainText.visible("\u0645\u200D")).isEqualTo("\u0645\\u200D");
        assertThat(PlainText.visible("\u0645\u200D\u200D\u0645")).isEqualTo("\u0645\\u200D\\u200D\u0645");
        assertThat(PlainText.visible("\u0645\u200D \u0645")).isEqualTo("\u0645\\u200D \u0645");
        assertThat(PlainText.visible("a\uFE0F")).isEqualTo("a\\uFE0F");
        assertThat(PlainText.visible("\u26A0\uFE00")).isEqualTo("\u26A0\\uFE00");
        assertThat(PlainText.visible("\uFE0F")).isEqualTo("\\uFE0F");
    }

    /** The rule spelled out a character at a time. */
    private static String oneByOne(String text) {
        var b = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!PlainText.isShownAsIs(c)) b.append(c > 0xFFFF ? String.format("\\u{%X}", c) : String.format("\\u%04X", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}
