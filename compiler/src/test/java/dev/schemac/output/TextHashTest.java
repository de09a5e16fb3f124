package dev.schemac.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text's hash is the SHA-256 of its UTF-8 bytes whether it was worked out already or not. */
class TextHashTest {
    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Large, with characters of one, two, three and four bytes in UTF-8. */
    private static String large(char fill) {
        return ("a\u00e9\u20ac\uD83D\uDE00" + fill).repeat(TextHash.LARGE / 5 + 1);
    }

    @Test
    void isTheSha256OfTheUtf8BytesSmallOrLarge() throws Exception {
        for (String text : new String[] {"", "x", "caf\u00e9 \u20ac \uD83D\uDE00\n", large('x')}) {
            assertThat(TextHash.of(text)).isEqualTo(sha256(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aLargeStringIsKnownByIdentityOnly() throws Exception {
        String text = large('y');
        assertThat(TextHash.known(text)).isNull();
        String sha = TextHash.of(text);
        assertThat(TextHash.known(text)).isEqualTo(sha);
        String equalButAnother = new String(text.toCharArray());
        assertThat(TextHash.known(equalButAnother)).isNull();
        assertThat(TextHash.of(equalButAnother)).isEqualTo(sha);
    }

    @Test
    void aSmallStringIsNeverRemembered() {
        String text = "small";
        TextHash.of(text);
        assertThat(TextHash.known(text)).isNull();
    }

    @Test
    void stagingRecordsTheSameHashForATextHashedBeforeOrNot(@TempDir Path dir) throws Exception {
        String hashedBefore = large('z');
        TextHash.of(hashedBefore);
        String fresh = large('w');
        try (var staging = new Staging(dir)) {
            staging.write("a.txt", hashedBefore);
            staging.write("b.txt", fresh);
            staging.write("c.txt", (Output.Rendering) w -> w.write(fresh));
            var files = staging.files();
            for (var e : java.util.Map.of("a.txt", hashedBefore, "b.txt", fresh, "c.txt", fresh).entrySet()) {
                var c = (Content.Staged) files.get(e.getKey());
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                assertThat(c.sha256()).as(e.getKey()).isEqualTo(sha256(bytes));
                assertThat(Files.readAllBytes(c.file())).as(e.getKey()).isEqualTo(bytes);
            }
            // written once, the fresh text is known afterwards: a second file of the same string is not hashed again
            assertThat(TextHash.known(fresh)).isEqualTo(sha256(fresh.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
