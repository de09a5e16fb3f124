package dev.schemac.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name in a table cell ({@link Md#codeCell}, {@link Quoted#cell}) and in prose ({@link Md#code},
 * {@link Quoted#markdown}) reads back as written under cmark-gfm's table rules (commonmark-java);
 * marked's, which differ after backslashes, are pinned on whole documents by NamesInMarkdownTest.
 */
class CodeCellTest {
    private static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @ParameterizedTest
    @ValueSource(strings = {"users", "a|b", "a\\|b", "a\\\\|b", "a\\\\\\|b", "uq`n`\\|x", "``|", "| x |", "\\", "a\\b|", "<b>|</b>"})
    void aNameInACellIsOneCellThatReadsAsTheName(String name) {
        String cell = Md.codeCell(name);
        List<String> cells = row("| " + cell + " | end |");
        assertThat(cells).as(cell).containsExactly(name, "end");
        assertThat(row("| " + Quoted.cell("index " + Quoted.name(name) + " on t") + " | end |")).containsExactly("index " + name + " on t", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a|b", "a\\|b", "uq`n`\\|x", "``x", "<img src=x>", "[x](javascript:y)"})
    void aNameInProseIsOneCodeSpanWithNoEscapes(String name) {
        assertThat(Md.code(name)).as("nothing escaped inside").contains(name);
        var codes = new java.util.ArrayList<String>();
        GFM.parse("text " + Quoted.markdown("adds " + Quoted.name(name) + " now")).accept(new AbstractVisitor() {
            @Override public void visit(Code c) { codes.add(c.getLiteral()); }
        });
        assertThat(codes).containsExactly(name);
        assertThat(Quoted.plain("adds " + Quoted.name(name) + " and `@@map`")).isEqualTo("adds " + name + " and @@map");
    }

    /** An odd run of backslashes before a {@code |} has no code span GitHub and marked both read as written: it is cell text. */
    @ParameterizedTest
    @ValueSource(strings = {"a\\|b", "uq`n`\\|x", "a\\\\\\|b"})
    void anOddRunBeforeAPipeIsCellText(String name) {
        assertThat(Md.codeCell(name)).isEqualTo(Md.cell(name));
    }

    private static List<String> row(String line) {
        Node doc = GFM.parse("| a | b |\n| --- | --- |\n" + line + "\n");
        assertThat(doc.getFirstChild()).isInstanceOf(TableBlock.class);
        Node body = doc.getFirstChild().getLastChild();
        var cells = new java.util.ArrayList<String>();
        for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
            if (!(r instanceof TableRow)) continue;
            for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                if (!(c instanceof TableCell)) continue;
                var b = new StringBuilder();
                c.accept(new AbstractVisitor() {
                    @Override public void visit(Text t) { b.append(t.getLiteral()); }

                    @Override public void visit(Code k) { b.append(k.getLiteral()); }
                });
                cells.add(b.toString());
            }
        }
        return cells;
    }
}
