package dev.schemac.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one SHA-256 helper: each way in gives the same lower-case hex of the text's UTF-8 bytes. */
class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void theStandardTestVector() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
        var sha = Sha256.digest();
        sha.update("ab".getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 'c');
        assertThat(Sha256.hex(sha)).isEqualTo(ABC);
    }

    @Test
    void textHashedAsItIsWrittenIsTheTextHashedWhole() {
        String text = "caf\u00e9 \u2192 \ud83d\ude00\n";
        assertThat(Sha256.hex(w -> {
            w.write("caf\u00e9 ");
            w.write("\u2192 \ud83d");
            w.write("\ude00\n");
        })).isEqualTo(Sha256.hex(text)).isEqualTo(Sha256.hex(text.getBytes(StandardCharsets.UTF_8)));
    }
}
