package dev.schemac.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON written to a stream is the text built as a string, and the stream is left open for what follows. */
class JsonStreamingTest {

    @Test
    void prettyToAWriterIsThePrettyString() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "caf\u00e9 \"quoted\" \u2192 \ud83d\ude00");
        m.put("amount", new BigDecimal("1E+3"));
        m.put("list", List.of(1, 2, Map.of()));
        m.put("empty", List.of());
        m.put("nothing", null);
        JsonNode node = Json.tree(m);
        var out = new StringBuilder();
        var w = new Writer() {
            boolean closed;

            @Override public void write(char[] b, int off, int len) {
                assertThat(closed).as("written after close").isFalse();
                out.append(b, off, len);
            }

            @Override public void flush() {}

            @Override public void close() { closed = true; }
        };
        Json.prettyFile(node).writeTo(w);
        assertThat(w.closed).isFalse();
        assertThat(out.toString()).isEqualTo(Json.pretty(node) + "\n");
    }
}
