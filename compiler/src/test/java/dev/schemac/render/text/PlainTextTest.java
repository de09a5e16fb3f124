package dev.schemac.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link PlainText#visible}'s one rule, {@link PlainText#isShownAsIs}, and its shortcut for text that needs no escape. */
class PlainTextTest {

    @Test
    void aCharacterIsShownAsItselfExactlyWhenItIsNeitherHiddenNorALineBreak() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean escaped = PlainText.isHidden(c) || PlainText.isLineBreak(c);
            assertThat(PlainText.isShownAsIs(c)).as("U+%04X", c).isEqualTo(!escaped);
        }
    }

    @Test
    void everyCharacterOnEitherSideOfAnEscapeIsWrittenByTheSameRule() {
        int[] samples = {'a', ' ', '\t', '\n', '\r', 0x0B, 0x1B, 0x7F, 0x85, 0x9F, 0xE9, 0x202E, 0x2028, 0x2066, 0x1F600, 0xD800};
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

    /** The rule spelled out a character at a time. */
    private static String oneByOne(String text) {
        var b = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (PlainText.isHidden(c) || PlainText.isLineBreak(c)) b.append(String.format("\\u%04X", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}
