package dev.schemac.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rendering staged on disk holds the bytes of its text as a run kept in memory writes them, and its hash is theirs. */
class StagedTextTest {
    @TempDir Path dir;

    @Test
    void aStagedRenderingHoldsItsTextsUtf8Bytes() throws IOException {
        List<String> texts = List.of("plain", "é and € and \ud83d\ude00", "ends in a high half \ud83d",
                "a lone low half \ude00 inside", "\ud83d", "split pair \ud83d|\ude00 across pieces");
        try (var staging = new Staging(dir.resolve("out"))) {
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).replace("|", "");
                String[] pieces = texts.get(i).split("\\|");
                Output.Rendering rendering = w -> {
                    for (String p : pieces) w.write(p);
                };
                staging.write("f" + i, rendering);
                var staged = (Content.Staged) staging.files().get("f" + i);
                var inMemory = new StringWriter();
                rendering.writeTo(inMemory);
                byte[] expected = inMemory.toString().getBytes(StandardCharsets.UTF_8);
                assertThat(text).isEqualTo(inMemory.toString());
                assertThat(Files.readAllBytes(staged.file())).as(text).isEqualTo(expected);
                assertThat(staged.sha256()).isEqualTo(Sha256.hex(expected)).isEqualTo(Sha256.hex(rendering));
            }
        }
    }
}
