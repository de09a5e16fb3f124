package dev.schemac.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.render.text.PlainText;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --format json} and {@code sarif} carry a path's, a model's and a database's text:
 * every character the terminal rule would write out is a {@code \\u} escape in the JSON text,
 * and a JSON reader reads back exactly the text the diagnostic holds.
 */
class MachineFormatsTextTest {
    /** ESC, C1 CSI, DEL, the bidi override and isolate, zero-width space and joiner, BOM, soft hyphen, LS, a variation selector (plane 14), an emoji, and letters. */
    static final String HOSTILE = "a\u001b[31m\u009b\u007f\u202e\u2066b\u200b\u200d\ufeff\u00ad\u2028\udb40\udd00😀é\tz";

    static final SourceFile FILE = new SourceFile("dir\u202e/m\u200b.schema", "entity A {}\n");
    static final Diagnostic D = new Diagnostic("SC100", Severity.ERROR, new Span(FILE, 7, 8), "bad " + HOSTILE,
            "help " + HOSTILE, List.of(new Diagnostic.Note(new Span(FILE, 0, 6), "note " + HOSTILE)));

    @Test
    void jsonEscapesEveryHiddenCharacterAndReadsBackTheSameText() throws Exception {
        String json = JsonRenderer.render(List.of(D));
        onlyShownCharacters(json);
        assertThat(json).contains("\\u202E").contains("\\u200B").contains("\\u007F").contains("\\u009B").contains("\\uDB40\\uDD00")
                .contains("\\u001B[31m");
        JsonNode d = new ObjectMapper().readTree(json).get(0);
        assertThat(d.get("message").asText()).isEqualTo("bad " + HOSTILE);
        assertThat(d.get("help").asText()).isEqualTo("help " + HOSTILE);
        assertThat(d.get("file").asText()).isEqualTo(FILE.path());
        assertThat(d.get("notes").get(0).get("message").asText()).isEqualTo("note " + HOSTILE);
    }

    @Test
    void sarifEscapesEveryHiddenCharacterAndReadsBackTheSameText() throws Exception {
        String sarif = SarifRenderer.render(List.of(D), "1.0");
        onlyShownCharacters(sarif);
        JsonNode result = new ObjectMapper().readTree(sarif).get("runs").get(0).get("results").get(0);
        assertThat(result.get("message").get("text").asText()).isEqualTo("bad " + HOSTILE + " Help: help " + HOSTILE + ".");
        assertThat(result.get("relatedLocations").get(0).get("message").get("text").asText()).isEqualTo("note " + HOSTILE);
    }

    /** Line feeds and the indentation's spaces, and otherwise only what the terminal shows as itself. */
    static void onlyShownCharacters(String text) {
        text.codePoints().filter(c -> c != '\n').forEach(c -> assertThat(PlainText.isShownAsIs(c))
                .as("U+%04X in %s", c, text).isTrue());
        assertThat(text).doesNotContain("\t").doesNotContain("😀");
    }
}
