package dev.schemac.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostic;
import dev.schemac.parse.SchemaReader;
import dev.schemac.source.SourceFile;
import dev.schemac.support.AstShape;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormatterTest {

    /** Every example and every test input that parses. */
    static Stream<Path> schemas() throws IOException {
        var dirs = Stream.of(TestPaths.examples(), TestPaths.testResources());
        return dirs.flatMap(d -> {
            try (var w = Files.walk(d)) {
                return w.filter(p -> p.toString().endsWith(".schema")).filter(p -> !p.toString().contains("/target/"))
                        .filter(FormatterTest::parses).sorted().toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static boolean parses(Path p) {
        try {
            return SchemaReader.read(p.toString(), Files.readAllBytes(p)).diagnostics().stream().noneMatch(Diagnostic::isError);
        } catch (IOException e) {
            return false;
        }
    }

    static String fmt(String text) {
        var parsed = SchemaReader.parse(new SourceFile("t.schema", text));
        assertThat(parsed.diagnostics()).isEmpty();
        return Formatter.format(parsed.file());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void formattingIsIdempotentAndKeepsTheProgram(Path p) throws IOException {
        String original = Files.readString(p);
        String once = fmt(original);
        assertThat(fmt(once)).as("formatting formatted text changes nothing").isEqualTo(once);
        var before = SchemaReader.parse(new SourceFile("a", original)).file();
        var after = SchemaReader.parse(new SourceFile("b", once)).file();
        assertThat(AstShape.of(after)).as("parsing the output gives the same AST").isEqualTo(AstShape.of(before));
        assertThat(comments(once)).as("no comment is lost").isEqualTo(comments(original));
    }

    private static long comments(String text) {
        return SchemaReader.comments(new SourceFile("c", text)).size();
    }

    @Test
    void examplesAreFormatted() throws IOException {
        try (var w = Files.walk(TestPaths.examples())) {
            for (Path p : w.filter(x -> x.toString().endsWith(".schema")).toList()) {
                String text = Files.readString(p);
                assertThat(fmt(text)).as("`schemac fmt %s` changes it", p).isEqualTo(text);
            }
        }
    }

    @Test
    void canonicalLayout() {
        String messy = """
                // header comment
                entity  Order{user User @on_delete(cascade)   // the buyer
                total_amount decimal(10,2) @check(>=0)
                /// the note
                note text?


                @@index(user,created_at)
                @@depends(user->total_amount)
                /* dangling */ }
                enum S {A B}
                """;
        assertThat(fmt(messy)).isEqualTo("""
                // header comment
                entity Order {
                  user         User           @on_delete(cascade)  // the buyer
                  total_amount decimal(10, 2) @check(>= 0)
                  /// the note
                  note         text?

                  @@index(user, created_at)
                  @@depends(user -> total_amount)
                  /* dangling */
                }

                enum S {
                  A
                  B
                }
                """);
    }

    @Test
    void trailingCommentsAndDocsOnEnumsAndSettings() {
        String text = """
                /// The shop.
                schema shop {
                  title = "Shop" // shown in documents
                  dialect = postgres
                }
                """;
        assertThat(fmt(text)).isEqualTo("""
                /// The shop.
                schema shop {
                  title   = "Shop"  // shown in documents
                  dialect = postgres
                }
                """);
    }

    @Test
    void operatorsArePrintedAsWritten() {
        // `name == "x"` is a comparison and `name = "x"` a named argument: printing one as the other changes the model.
        String text = """
                entity T {
                  a string(20) @unique(name == "uq_custom")
                  b int        @check(= 0)
                  c int        @check(== 1)
                  d int        @check(>= 2)

                  @@check(b == c)
                  @@check(b = c)
                  @@check(b != d)
                }
                """;
        assertThat(fmt(text)).isEqualTo(text);
    }
}
