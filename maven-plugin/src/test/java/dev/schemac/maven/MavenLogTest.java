package dev.schemac.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** Maven's log shows a diagnostic's text as the command line does: no hidden character raw, its own line feeds kept. */
class MavenLogTest {
    /** Maven's own console log, keeping what it is given instead of printing it. */
    static final class Kept extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence content) { lines.add(content.toString()); }
    }

    @Test
    void hiddenCharactersAreEscapedAsTheCommandLineEscapesThem() {
        var log = new Kept();
        MavenLog.report(log, List.of(new Diagnostic("SC100", Severity.ERROR, null, "bad \u001b[2J\r\u202e\u2028 name",
                "first\nsecond \u0085", List.of())));
        assertThat(log.lines).containsExactly("error[SC100]: bad \\u001B[2J\\u000D\\u202E\\u2028 name\n"
                + "    help: first\nsecond \\u0085");
    }

    /**
     * The location (a path holds any character) and a message's line feed (quoted data) are one
     * line as the command line shows them; invisible characters are written out too.
     */
    @Test
    void pathsAndMessagesShowTheirInvisibleCharactersAndBreakNoLine() {
        var log = new Kept();
        var file = new dev.schemac.source.SourceFile("m\u001b]0;x\u0007\n\u200b.schema", "entity A {}\n");
        var at = new dev.schemac.source.Span(file, 0, 6);
        MavenLog.report(log, List.of(new Diagnostic("SC100", Severity.ERROR, at, "bad `x\ny\ufe0f`", null,
                List.of(new Diagnostic.Note(at, "declared\u00ad here")))));
        assertThat(log.lines).containsExactly("m\\u001B]0;x\\u0007\\u000A\\u200B.schema:1:1: error[SC100]: bad `x\\u000Ay\\uFE0F`\n"
                + "    note: declared\\u00AD here (m\\u001B]0;x\\u0007\\u000A\\u200B.schema:1:1)");
        assertThat(MavenLog.shown(java.nio.file.Path.of("out\u202e/x"))).isEqualTo("out\\u202E/x");
    }
}
