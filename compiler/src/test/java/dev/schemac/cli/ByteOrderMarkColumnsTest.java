package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UTF-8 byte order mark (Windows editors write one) is no column: every location on line 1
 * is where it is without the mark, in the human, JSON and SARIF output, in models and in
 * schemac.toml, and no snippet shows it.
 */
class ByteOrderMarkColumnsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path tmp;

    private Path write(String name, String text, boolean mark) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[(mark ? MARK.length : 0) + body.length];
        if (mark) System.arraycopy(MARK, 0, bytes, 0, MARK.length);
        System.arraycopy(body, 0, bytes, bytes.length - body.length, body.length);
        return Files.write(tmp.resolve(name), bytes);
    }

    @Test
    void aModelsLineOneColumnsAreTheSameWithAndWithoutTheMark() throws IOException {
        String text = "entity X { a Nope }\nentity Y { b Nope }\n";
        Path with = write("bom.schema", text, true);
        Path without = write("nobom.schema", text, false);
        JsonNode a = JSON.readTree(Cli.run("check", "--format", "json", with.toString()).out());
        JsonNode b = JSON.readTree(Cli.run("check", "--format", "json", without.toString()).out());
        assertThat(a).hasSize(2);
        for (int i = 0; i < 2; i++) {
            for (String key : new String[] {"line", "column", "endLine", "endColumn"}) {
                assertThat(a.get(i).get(key)).as(i + " " + key).isEqualTo(b.get(i).get(key));
            }
        }
        assertThat(a.get(0).get("column").asInt()).isEqualTo(14);
        assertThat(a.get(0).get("endColumn").asInt()).isEqualTo(18);

        JsonNode sarif = JSON.readTree(Cli.run("check", "--format", "sarif", with.toString()).out());
        JsonNode region = sarif.at("/runs/0/results/0/locations/0/physicalLocation/region");
        assertThat(region.get("startLine").asInt()).isEqualTo(1);
        assertThat(region.get("startColumn").asInt()).isEqualTo(14);
        assertThat(region.get("endColumn").asInt()).isEqualTo(18);

        String human = Cli.run("check", "--color", "never", with.toString()).err();
        assertThat(human).contains("--> " + with + ":1:14\n")
                .contains(" 1 | entity X { a Nope }\n")
                .contains("   |              ^^^^\n")
                .doesNotContain("\uFEFF").doesNotContain("\\uFEFF");
    }

    @Test
    void anErrorAtTheVeryStartIsLineOneColumnOne() throws IOException {
        Path with = write("start.schema", "entiy X {}\n", true);
        JsonNode d = JSON.readTree(Cli.run("check", "--format", "json", with.toString()).out()).get(0);
        assertThat(d.get("code").asText()).isEqualTo("SC100");
        assertThat(d.get("line").asInt()).isEqualTo(1);
        assertThat(d.get("column").asInt()).isEqualTo(1);
    }

    @Test
    void theSettingsFilesLineOneColumnsToo() throws IOException {
        Files.createDirectory(tmp.resolve(".git"));
        Path model = write("m.schema", "entity X {\n  a int\n}\n", false);
        write("schemac.toml", "targetz = 1\n", false);
        JsonNode plain = JSON.readTree(Cli.run("check", "--format", "json", model.toString()).out()).get(0);
        write("schemac.toml", "targetz = 1\n", true);
        JsonNode d = JSON.readTree(Cli.run("check", "--format", "json", model.toString()).out()).get(0);
        assertThat(d.get("code").asText()).isEqualTo("SC121");
        assertThat(d.get("line").asInt()).isEqualTo(1);
        assertThat(d.get("column").asInt()).isEqualTo(1);
        assertThat(d.get("endColumn")).isEqualTo(plain.get("endColumn"));
    }
}
