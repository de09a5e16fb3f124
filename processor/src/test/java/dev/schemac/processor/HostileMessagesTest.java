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

    /**
     * A column definition the language cannot say is named in its warning as a name is, through the one quoting of the
     * compiler's text: one code span however many backticks and quotes it holds, its hidden characters written out.
     */
    @Test
    void aColumnDefinitionInAWarningIsQuotedAsANameIs() {
        String definition = "varchar(9) `x` \"y\" ``z\u202e";
        var t = JpaMappingTest.jpa("Note", "@Entity public class Note {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Column(columnDefinition = \"varchar(9) `x` \\\"y\\\" ``z\\u202e\") String body;",
                "}");
        var c = Sources.compile(t);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] @Column(columnDefinition) "
                + PlainText.visible(dev.schemac.render.markdown.Quoted.name(definition)) + " on `body` cannot be said")
                .inFile(t).onLineContaining("columnDefinition");
        assertThat(dev.schemac.render.markdown.Quoted.name(definition)).startsWith("```v");
        for (var d : c.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            message.codePoints().filter(ch -> ch != '\n').forEach(ch -> assertThat(PlainText.isShownAsIs(ch))
                    .as("U+%04X in %s", ch, message).isTrue());
        }
    }

    /**
     * What only a Java string can hold, and names that look like others, are refused as
     * {@code .schema} text is, on the line of the annotation that holds them: half of a
     * surrogate pair (no UTF-8 output can hold one; a NUL is JavaNulTest's), and a name whose Cyrillic letter looks like the Latin one of the word it is in.
     */
    @Test
    void textNoOutputCanHoldIsRefusedOnItsAnnotation() {
        var t = java("test.T", "import dev.schemac.annotations.*;",
                "@Entity public class T {",
                "  @Default(text = \"a\\ud800b\")",
                "  String half;",
                "  @Column(name = \"n\\u0430me\")",
                "  String look;",
                "}");
        var c = Sources.compile(t);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC109] the default of `T.half` holds U+D800").inFile(t).onLineContaining("@Default(text");
        assertThat(c).hadErrorContaining("half of a surrogate pair is no character (a Java string can hold one, no UTF-8 output can)")
                .inFile(t).onLineContaining("@Default(text");
        assertThat(c).hadErrorContaining("[SC510] the column name `@map` of `T.look` `n\u0430me` cannot be a name in every output; "
                + "U+0430 (CYRILLIC SMALL LETTER A) looks like the Latin `a` in a word that holds Latin letters, so the word looks "
                + "like another one, which the databases keep apart; type the Latin letter instead").inFile(t).onLineContaining("@Column(name");
        assertThat(c).hadErrorCount(2);
    }
}
