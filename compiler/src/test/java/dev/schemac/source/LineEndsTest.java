package dev.schemac.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.HumanRenderer;
import dev.schemac.fmt.Formatter;
import dev.schemac.parse.SchemaReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file has the same lines whatever ends them, `\n`, `\r\n` or a lone `\r`: the parser (its
 * habits and its recovery go by lines), the line:column of diagnostics, the line they quote,
 * and fmt, which keeps a doc comment on its own line above what it documents.
 */
class LineEndsTest {

    /** The models in LF; each test writes them with the line end it is given. */
    private static final String DOCUMENTED = """
            entity A {
              name string(10)
            }

            /// Doc of B.
            entity B {
              x badtype
            }
            """;

    private static final String FORMATTED = """
            /// Doc of A.
            entity A {
              /// The name.
              name string(10)  // trailing

              /* a block
                 over lines */
              b    int
            }

            // Above B.
            /// Doc of B.
            entity B {
              x int
            }
            """;

    private static String with(String lf, String end) {
        return lf.replace("\n", end);
    }

    private static List<String> diagnostics(String text) {
        dev.schemac.resolve.Loader.Source source = path -> {
            if (path.equals(Path.of("m.schema"))) return text.getBytes(StandardCharsets.UTF_8);
            throw new NoSuchFileException(path.toString());
        };
        var c = Compiler.compile(List.of(Path.of("m.schema")), source, Map.of(), false);
        return c.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.span().line() + ":" + d.span().column() + " " + d.code() + " " + d.message()).toList();
    }

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void diagnosticsPointAtTheLineAndColumnWhateverEndsTheLines(String name) {
        String end = end(name);
        assertThat(diagnostics(with(DOCUMENTED, end))).containsExactly("7:5 SC208 unknown type `badtype`.");
        // A habit the parser reads by token lines: `NOT NULL` is on its own line of the file, not all of it.
        assertThat(diagnostics(with("entity User {\n  email string(255) NOT NULL\n  name string(10)\n}\n", end)))
                .singleElement().asString().startsWith("2:21 SC427 ");
        // Recovery goes by lines too: a broken line is one error, the next line is read again.
        assertThat(diagnostics(with("entity A {\n  a int )\n  b int ]\n}\n", end)))
                .extracting(s -> s.substring(0, s.indexOf(' ', s.indexOf(' ') + 1))).containsExactly("2:9 SC100", "3:9 SC100");
    }

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void theQuotedLineIsTheLineOfTheSpan(String name) {
        var file = new SourceFile("m.schema", with(DOCUMENTED, end(name)));
        int at = file.text().indexOf("badtype");
        var d = new Diagnostic("SC208", dev.schemac.diag.Severity.ERROR, new Span(file, at, at + 7), "unknown", null, List.of());
        assertThat(new HumanRenderer(false).render(d)).isEqualTo("""
                error[SC208]: unknown
                  --> m.schema:7:5
                   |
                 7 |   x badtype
                   |     ^^^^^^^
                """);
        assertThat(file.lineCount()).isEqualTo(9);
        assertThat(file.lineText(5)).isEqualTo("/// Doc of B.");
    }

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void fmtKeepsEveryCommentWhereItWasAndWritesLineFeeds(String name) {
        String text = with(FORMATTED, end(name));
        var parsed = SchemaReader.parse(new SourceFile("m.schema", text));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(Formatter.format(parsed.file())).isEqualTo(FORMATTED);
        var docs = parsed.file().declarations().stream().filter(d -> d instanceof dev.schemac.ast.EntityDecl)
                .map(d -> (dev.schemac.ast.EntityDecl) d).collect(Collectors.toMap(e -> e.name().text(), e -> String.valueOf(e.doc())));
        assertThat(docs).isEqualTo(Map.of("A", "Doc of A.", "B", "Doc of B."));
    }

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void aDocCommentStaysADocCommentThroughFmt(String name) {
        // The case of the report: with lone CRs, fmt made B's doc comment a trailing comment of A's `}`.
        var parsed = SchemaReader.parse(new SourceFile("m.schema", with(DOCUMENTED.replace("badtype", "int"), end(name))));
        assertThat(Formatter.format(parsed.file())).isEqualTo(DOCUMENTED.replace("badtype", "int"));
    }

    private static String end(String name) {
        return switch (name) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
    }
}
