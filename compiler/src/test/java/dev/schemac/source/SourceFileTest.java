package dev.schemac.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.parse.SchemaReader;
import org.junit.jupiter.api.Test;

/** A text standing at an offset of a larger input answers in that input's offsets, with no characters to hold them. */
class SourceFileTest {
    @Test
    void aTextAtAnOffsetAnswersInTheLargerInputsOffsets() {
        var f = new SourceFile("unit", "ab\ncd", 1_000);
        assertThat(f.text()).isEqualTo("ab\ncd");
        assertThat(f.first()).isEqualTo(1_000);
        assertThat(f.end()).isEqualTo(1_005);
        assertThat(f.line(1_000)).isEqualTo(1);
        assertThat(f.line(1_004)).isEqualTo(2);
        assertThat(f.column(1_004)).isEqualTo(2);
        assertThat(f.lineStart(2)).isEqualTo(1_003);
        assertThat(f.lineText(2)).isEqualTo("cd");
        assertThat(f.slice(1_003, 1_005)).isEqualTo("cd");
        assertThat(f.slice(0, 1_001)).isEqualTo("a");
        assertThat(f.slice(2_000, 3_000)).isEmpty();
        var plain = new SourceFile("p", "ab");
        assertThat(plain.first()).isZero();
        assertThat(plain.slice(0, 2)).isEqualTo("ab");
    }

    /** What the parser makes of such a text, nodes and syntax errors alike, is at the larger input's offsets. */
    @Test
    void theParserSpansATextAtAnOffsetWhereItStands() {
        String text = "entity E {\n  f int @check(> 0)\n}\n";
        var at = SchemaReader.parse(new SourceFile("unit", text, 5_000));
        var alone = SchemaReader.parse(new SourceFile("unit", text));
        assertThat(at.diagnostics()).isEmpty();
        assertThat(at.file().declarations().get(0).span().start()).isEqualTo(5_000);
        assertThat(at.file().declarations().get(0).span().end())
                .isEqualTo(5_000 + alone.file().declarations().get(0).span().end());
        String bad = "entity E {\n  f int @check(>\n}\n";
        var errorAt = SchemaReader.parse(new SourceFile("unit", bad, 5_000)).diagnostics();
        var errorAlone = SchemaReader.parse(new SourceFile("unit", bad)).diagnostics();
        assertThat(errorAt).hasSameSizeAs(errorAlone).isNotEmpty();
        for (int i = 0; i < errorAt.size(); i++) {
            assertThat(errorAt.get(i).span().start()).isEqualTo(5_000 + errorAlone.get(i).span().start());
            assertThat(errorAt.get(i).span().line()).isEqualTo(errorAlone.get(i).span().line());
            assertThat(errorAt.get(i).message()).isEqualTo(errorAlone.get(i).message());
        }
    }
}
