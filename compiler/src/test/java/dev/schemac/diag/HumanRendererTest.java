package dev.schemac.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HumanRendererTest {
    private static Diagnostic withHelp(String help) {
        return new Diagnostic("SC804", Severity.WARNING, null, "`A` is not in 3NF", help, List.of());
    }

    @Test
    void aHelpBlockToPasteKeepsItsLinesUnderTheFirst() {
        String out = new HumanRenderer(false).render(withHelp("paste over the entity:\n\n    entity A {\n    }\n\nor else"));
        assertThat(out).isEqualTo("""
                warning[SC804]: `A` is not in 3NF
                  = help: paste over the entity:

                              entity A {
                              }

                          or else
                """);
    }

    @Test
    void otherLineBreaksAndControlsInAHelpStayVisible() {
        String out = new HumanRenderer(false).render(withHelp("a\rb\u2028c\u001b[31md\ne\u0085f"));
        assertThat(out).contains("a\\u000Db\\u2028c\\u001B[31md\n          e\\u0085f")
                .doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u2028").doesNotContain("\u0085");
    }

    private static Diagnostic at(String line, String marked) {
        var file = new dev.schemac.source.SourceFile("m.schema", "entity A {\n" + line + "\n}\n");
        int start = file.text().indexOf(marked);
        return new Diagnostic("SC100", Severity.ERROR, new dev.schemac.source.Span(file, start, start + marked.length()),
                "bad " + marked, null, List.of());
    }

    @Test
    void aLineOfPlainTextIsShownAsWrittenWithTheCaretUnderTheSpan() {
        assertThat(new HumanRenderer(false).render(at("  name strng", "strng"))).isEqualTo("""
                error[SC100]: bad strng
                  --> m.schema:2:8
                   |
                 2 |   name strng
                   |        ^^^^^
                """);
    }

    @Test
    void hiddenCharactersOfTheLineAreWrittenOutAndTheCaretMovesWithThem() {
        // Each hidden character takes the six columns of its escape; a tab shows as one space; other text as itself.
        assertThat(new HumanRenderer(false).render(at("\t n\u001bame\u202E strng // é", "strng"))).isEqualTo("""
                error[SC100]: bad strng
                  --> m.schema:2:10
                   |
                 2 |   n\\u001Bame\\u202E strng // é
                   |                    ^^^^^
                """);
    }

    @Test
    void aHiddenCharacterInTheMessageIsWrittenOut() {
        var d = new Diagnostic("SC100", Severity.ERROR, null, "bad \u0007 here \u00e9", null, List.of());
        assertThat(new HumanRenderer(false).render(d)).isEqualTo("error[SC100]: bad \\u0007 here \u00e9\n");
    }
}
