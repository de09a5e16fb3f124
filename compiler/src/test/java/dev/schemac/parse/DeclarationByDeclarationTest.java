package dev.schemac.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.SchemaDecl;
import dev.schemac.diag.Diagnostic;
import dev.schemac.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * A file that parses is read one declaration at a time, each built into its AST node as it is parsed; a file
 * that does not is parsed again whole, with recovery. What was built before the failure must not count twice.
 */
class DeclarationByDeclarationTest {
    private static ParseResult parse(String text) {
        return SchemaReader.parse(new SourceFile("t.schema", text));
    }

    @Test
    void everyDeclarationIsReadInOrder() {
        var r = parse("schema s {\n  dialect = postgres\n}\n\nenum Level {\n  LOW\n}\n\n/// Users.\nentity User {\n  name string\n}\n"
                + "entity Post {\n  title string\n}\n");
        assertThat(r.diagnostics()).isEmpty();
        var decls = r.file().declarations();
        assertThat(decls).hasSize(4);
        assertThat(decls.get(0)).isInstanceOf(SchemaDecl.class);
        assertThat(((EnumDecl) decls.get(1)).name().text()).isEqualTo("Level");
        assertThat(((EntityDecl) decls.get(2)).name().text()).isEqualTo("User");
        assertThat(((EntityDecl) decls.get(2)).doc()).isEqualTo("Users.");
        assertThat(((EntityDecl) decls.get(3)).name().text()).isEqualTo("Post");
    }

    @Test
    void anEmptyFileHoldsNoDeclaration() {
        var r = parse("  // nothing here\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.file().declarations()).isEmpty();
    }

    @Test
    void whatTheBuilderSaidBeforeALaterSyntaxErrorIsSaidOnce() {
        var r = parse("entity A {\n  note string = \"a\\q\"\n}\n\nentity B {\n  name string(\n}\n");
        var codes = r.diagnostics().stream().map(Diagnostic::code).toList();
        assertThat(codes.stream().filter("SC104"::equals).count()).isEqualTo(1);
        assertThat(codes).contains("SC100");
        assertThat(r.file().declarations()).extracting(d -> ((EntityDecl) d).name().text()).startsWith("A");
    }

    @Test
    void aFileThatParsesSaysWhatTheBuilderFoundOnce() {
        var r = parse("entity A {\n  note string = \"a\\q\"\n}\n\nentity B {\n  other string = \"b\\q\"\n}\n");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("SC104", "SC104");
        assertThat(r.diagnostics()).extracting(d -> d.span().line()).containsExactly(2, 6);
    }
}
