package dev.schemac.gen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document streamed through EndTrimmed ends as the same document built whole and trimmed. */
class EndTrimmedTest {

    /** Every way of cutting the text into two or three writes, through each of the Writer's entry points. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "a", "a\n", "a \n\t\n", " a b \n c\n\n", "## T\n\n```\nx  \n```\n\n  \n",
            "end\u2003\u2003", "x\u00a0\n", "\n\nlead", "one\n\n\ntwo\n \n"})
    void matchesTheWholeDocumentTrimmed(String doc) throws IOException {
        String expected = doc.stripTrailing() + "\n";
        for (int i = 0; i <= doc.length(); i++) {
            for (int j = i; j <= doc.length(); j++) {
                List<String> parts = List.of(doc.substring(0, i), doc.substring(i, j), doc.substring(j));
                for (int mode = 0; mode < 3; mode++) {
                    var sink = new StringWriter();
                    var w = new EndTrimmed(sink);
                    for (String p : parts) {
                        switch (mode) {
                            case 0 -> w.write(p);
                            case 1 -> w.write(p.toCharArray(), 0, p.length());
                            default -> w.append(new StringBuilder(p));
                        }
                    }
                    w.finish();
                    assertThat(sink.toString()).as("%s cut at %d and %d, mode %d", doc, i, j, mode).isEqualTo(expected);
                }
            }
        }
    }
}
