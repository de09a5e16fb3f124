package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.Sources.java;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.render.text.PlainText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * javac prints the processor's diagnostics to the terminal and the build log: text from the
 * user's code in them (here an annotation value) shows its hidden, invisible and line-break
 * characters written out, as the command line shows them, and none raw.
 */
class HostileMessagesTest {

    @Test
    void annotationTextInADiagnosticReachesJavacWrittenOut() {
        // Java source text: javac reads each \\u escape and \\r as the character.
        String hostile = "a\\u001b[31mb\\u202ec\\u200bd\\ufeffe\\u2028f\\rg\\u00adh";
        var t = java("test.T", "import dev.schemac.annotations.*;",
                "@Entity public class T {",
                "  @Column(field = \"" + hostile + "\") int spaced;",
                "}");
        var c = Sources.compile(t);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC919] field name `a\\u001B[31mb\\u202Ec\\u200Bd\\uFEFFe\\u2028f\\u000Dg\\u00ADh` is not a "
                + "name of the language").inFile(t).onLineContaining("@Column(field =");
        assertThat(c).hadErrorCount(1);
        for (var d : c.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            message.codePoints().filter(ch -> ch != '\n').forEach(ch -> assertThat(PlainText.isShownAsIs(ch))
                    .as("U+%04X in %s", ch, message).isTrue());
        }
    }
}
