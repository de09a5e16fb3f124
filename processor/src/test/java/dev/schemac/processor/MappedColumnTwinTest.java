package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Diagnostics;
import dev.schemac.gen.Targets;
import dev.schemac.render.text.PlainText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column name that is not snake_case (SC605) and that a target also reserves or renames (SC607, said of the
 * field): the {@code .schema} twin says the field's finding first and the {@code @map}'s after it, where each is
 * written, and an annotated class, whose name is given in {@code @Column(name)}, must say them in that order too,
 * in javac's diagnostics. The design document lists both as one member's, by code (SC605 first), on both sides.
 */
class MappedColumnTwinTest {
    @TempDir Path tmp;

    @Test
    void tripleQuotesAsAJpaColumnNameAreSaidAsTheTwinSaysThem() throws IOException {
        var java = JpaMappingTest.jpa("Item", "@Entity @Table(name = \"items\") public class Item {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Column(name = \"`\\\"\\\"\\\"`\") String code;",
                "}");
        String twin = """
                entity Item {
                  @@map("items")
                  id bigint @id @auto
                  code string(255)? @map("\\"\\"\\"")
                  @@timestamps(false)
                }
                """;
        assertSaid(twin, "@Column(name = \"`", java);
    }

    @Test
    void aReservedMixedCaseJpaColumnNameIsSaidAsTheTwinSaysIt() throws IOException {
        var java = JpaMappingTest.jpa("Ticket", "@Entity @Table(name = \"tickets\") public class Ticket {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Column(name = \"\\\"Order\\\"\") String code;",
                "}");
        String twin = """
                entity Ticket {
                  @@map("tickets")
                  id bigint @id @auto
                  code string(255)? @map("Order")
                  @@timestamps(false)
                }
                """;
        assertSaid(twin, "@Column(name = \"\\\"Order", java);
    }

    @Test
    void schemacsOwnColumnAnnotationIsSaidAsTheTwinSaysIt() throws IOException {
        var java = Sources.java("test.Gadget", "import dev.schemac.annotations.*;",
                "@Entity(table = \"gadgets\") public class Gadget {",
                "  @Id @Auto long id;",
                "  @Column(name = \"Order\", length = 40) String label;",
                "}");
        String twin = """
                entity Gadget {
                  @@map("gadgets")
                  id bigint @id @auto
                  label string(40) @map("Order")
                }
                """;
        assertSaid(twin, "@Column(name = \"Order\"", java);
    }

    /**
     * Both sides' diagnostics, as {@code [CODE] message} lines in order (by where each stands, then by code), are the
     * same, SC605 and SC607 among them; javac
     * says SC605 on the line that gives the name; every file, the design document's findings (in the model's
     * order, SC605 first) among them, is alike.
     */
    private void assertSaid(String twin, String nameLine, JavaFileObject... java) throws IOException {
        Path file = tmp.resolve("model" + System.nanoTime() + ".schema");
        Files.writeString(file, twin, StandardCharsets.UTF_8);
        var compiled = Compiler.compile(List.of(file));
        assertThat(compiled.hasErrors()).as("%s", compiled.diagnostics()).isFalse();
        var run = Targets.run(compiled, Targets.all(), Equivalence.options("test"));
        var schema = new ArrayList<String>();
        compiled.diagnostics().stream().sorted(Diagnostics.ORDER).forEach(d -> schema.add(line(d)));
        run.diagnostics().stream().sorted(Diagnostics.ORDER).forEach(d -> schema.add(line(d)));
        assertThat(codes(schema)).as("the twin says both: %s", schema).contains("SC605", "SC607");

        Compilation c = Sources.compile(java);
        var javac = new ArrayList<String>();
        for (var d : c.diagnostics()) {
            String m = d.getMessage(Locale.ROOT);
            if (!m.startsWith("[SC") || m.startsWith("[SC9")) continue;
            javac.add(m.lines().findFirst().orElse(""));
            if (m.startsWith("[SC605]")) {
                String source = d.getSource().getCharContent(true).toString();
                String said = source.lines().skip(d.getLineNumber() - 1).findFirst().orElse("");
                assertThat(said).as("the line SC605 is said on").contains(nameLine);
            }
        }
        assertThat(javac).as("the Java side's diagnostics, in order").containsExactlyElementsOf(schema);

        Map<String, String> expected = new TreeMap<>(run.files());
        Map<String, String> files = Equivalence.java(c);
        String design = expected.keySet().stream().filter(p -> p.endsWith("Database_Design.md")).findFirst().orElseThrow();
        assertThat(findings(files.get(design))).as("the design document's findings")
                .containsExactlyElementsOf(findings(expected.get(design)));
        assertThat(codes(findings(expected.get(design)))).as("one member's findings, by code").containsSubsequence("SC605", "SC607");
        Equivalence.assertSameFiles(expected, files);
    }

    private static String line(Diagnostic d) {
        return "[" + d.code() + "] " + PlainText.visible(d.message());
    }

    /** The design document's list of the checks' findings, one line each. */
    private static List<String> findings(String document) {
        return document.lines().filter(l -> l.matches("- SC\\d{3} .*")).toList();
    }

    private static List<String> codes(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("^(- |\\[)(SC\\d{3}).*", "$2")).toList();
    }
}
