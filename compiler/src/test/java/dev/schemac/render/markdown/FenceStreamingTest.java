package dev.schemac.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A fence written to a stream is the fence built as a string, whatever the body's size. */
class FenceStreamingTest {

    static List<String> bodies() {
        var out = new ArrayList<>(List.of("", "x", "x\n", "``` inside\n", "a ```` b"));
        var big = new StringBuilder();
        for (int i = 0; big.length() < 30_000; i++) big.append("line ").append(i).append(i % 97 == 0 ? " ``` → é\n" : "\n");
        out.add(big.toString());
        out.add(big.substring(0, 8192));
        out.add(big.substring(0, 8193) + "`````");
        return out;
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void streamedFenceIsTheFenceString(String body) throws IOException {
        var w = new StringWriter();
        Md.fence(w, "sql", body);
        assertThat(w.toString()).isEqualTo(Md.fence("sql", body));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void copyOfARangeIsThatRange(String body) throws IOException {
        var w = new StringBuilder();
        int start = Math.min(3, body.length());
        Md.copy(w, new StringBuilder(body), start, body.length());
        assertThat(w.toString()).isEqualTo(body.substring(start));
    }
}
