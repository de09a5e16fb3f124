package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text's length in characters is the same whether it is a String (counted by the String
 * itself) or another CharSequence (counted char by char): Latin-1, other BMP text, characters
 * outside the BMP, and surrogates without their pair, each of which counts as one.
 */
class TextLengthTest {
    @Test
    void aStringCountsAsAnyOtherCharSequence() {
        List<String> texts = List.of("", "a", "plain ascii text", "café", "日本語", "😀", "a😀b😀", "\uD83D", "x\uDE00y",
                "\uDE00\uD83D", "😀\uD83D");
        for (String t : texts) {
            assertThat(TextLength.of(t)).as(t).isEqualTo(TextLength.of(new StringBuilder(t)));
        }
        assertThat(TextLength.of("a😀b😀")).isEqualTo(4);
        assertThat(TextLength.of("\uDE00\uD83D")).isEqualTo(2);
        assertThat(TextLength.of("café")).isEqualTo(4);
    }
}
