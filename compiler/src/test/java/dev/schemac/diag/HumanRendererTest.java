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

    @Test
    void aLongLineIsShownAsAWindowAroundTheSpanWithTheCaretUnderIt() {
        String line = "  x int" + " @index".repeat(3000);
        int nth = 1000; // the 1001st `@index`, far to the right
        var file = new dev.schemac.source.SourceFile("m.schema", "entity A {\n" + line + "\n}\n");
        int start = file.text().indexOf("@index", 11 + 7 + 7 * nth);
        var d = new Diagnostic("SC313", Severity.ERROR, new dev.schemac.source.Span(file, start, start + 6), "twice", null, List.of());
        String out = new HumanRenderer(false).render(d);
        String[] lines = out.split("\n");
        assertThat(lines[1]).isEqualTo("  --> m.schema:2:" + (start - 11 + 1));
        // 40 columns before the span, 120 in all, cut with `...` on both sides.
        assertThat(lines[3]).startsWith(" 2 | ...").endsWith("...")
                .hasSize(" 2 | ".length() + 3 + HumanRenderer.LINE_WINDOW + 3);
        int caret = lines[4].indexOf('^');
        assertThat(lines[3].substring(caret, caret + 6)).isEqualTo("@index");
        assertThat(lines[4].substring(caret)).isEqualTo("^^^^^^");
        assertThat(caret - " 2 | ...".length()).isEqualTo(HumanRenderer.BEFORE_SPAN);
    }

    @Test
    void theWindowOfASpanNearTheEndOfALongLineEndsWithTheLine() {
        String line = "  x int" + " @index".repeat(100) + " @last";
        var file = new dev.schemac.source.SourceFile("m.schema", "entity A {\n" + line + "\n}\n");
        int start = file.text().indexOf("@last");
        var d = new Diagnostic("SC100", Severity.ERROR, new dev.schemac.source.Span(file, start, start + 5), "bad", null, List.of());
        String[] lines = new HumanRenderer(false).render(d).split("\n");
        assertThat(lines[3]).startsWith(" 2 | ...").endsWith(" @last").hasSize(" 2 | ...".length() + HumanRenderer.LINE_WINDOW);
        assertThat(lines[4]).endsWith("^^^^^").hasSize(lines[3].length());
    }

    @Test
    void repeatsOfOneCodeAreShownUpToTheCapAndCounted() {
        var file = new dev.schemac.source.SourceFile("m.schema", "entity A {\n  x int\n}\n");
        var many = new java.util.ArrayList<Diagnostic>();
        for (int i = 0; i < HumanRenderer.MAX_PER_CODE + 1234; i++) {
            many.add(new Diagnostic("SC313", Severity.ERROR, new dev.schemac.source.Span(file, 13, 14), "twice " + i, null, List.of()));
        }
        many.add(new Diagnostic("SC603", Severity.WARNING, null, "other", null, List.of()));
        String out = new HumanRenderer(false).render(many);
        assertThat(out).contains("twice " + (HumanRenderer.MAX_PER_CODE - 1)).doesNotContain("twice " + HumanRenderer.MAX_PER_CODE)
                .contains("warning[SC603]: other").endsWith("note: 1,234 more SC313 not shown (`--format=json` lists every one)\n\n");
    }
}
