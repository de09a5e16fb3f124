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
}
