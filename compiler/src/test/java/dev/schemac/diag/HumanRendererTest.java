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
}
