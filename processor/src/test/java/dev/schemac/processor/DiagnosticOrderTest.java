package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Diagnostics;
import dev.schemac.gen.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One model, two front ends, one order of diagnostics: the Java classes and their {@code .schema} twin give the
 * compiler's and the targets' diagnostics in the same sequence, the order of declaration (a unit's place, then the
 * line within it) that the {@code .schema} reader gives. The processor's own codes (SC9xx), which the twin cannot
 * have, are left out of the Java side.
 */
class DiagnosticOrderTest {
    @TempDir Path tmp;

    @Test
    void aCrmWithMuchToSayGivesItInTheSameOrder() throws IOException {
        var codes = assertSameOrder(SpringCodebases.CRM, SpringCodebases.crm());
        // The model is chosen to be talkative: a sequence of one proves nothing about order.
        assertThat(codes).hasSizeGreaterThan(8);
    }

    @Test
    void theSpringCodebasesGiveTheirDiagnosticsInTheSameOrder() throws IOException {
        // Each comparison has something to compare: two empty sequences would agree whatever the order.
        assertThat(assertSameOrder(SpringCodebases.BILLING, SpringCodebases.billing())).hasSizeGreaterThan(3);
        assertThat(assertSameOrder(SpringCodebases.CLINIC, SpringCodebases.clinic())).hasSizeGreaterThan(2);
        assertThat(assertSameOrder(SpringCodebases.TICKETING, SpringCodebases.ticketing())).isNotEmpty();
        assertThat(assertSameOrder(SpringCodebases.COLUMN_DEFINITIONS, SpringCodebases.columnDefinitions())).isNotEmpty();
        assertThat(assertSameOrder(SpringCodebases.LIBRARY_TYPES, SpringCodebases.libraryTypes())).isNotEmpty();
    }

    /**
     * The processor's own warnings, which the twin cannot have and the comparisons leave out, are said where their
     * element stands among the compiler's: the entity's before its fields', the fields' by line.
     */
    @Test
    void theProcessorsOwnWarningsComeWhereTheirElementStands() {
        var lines = new ArrayList<Long>();
        var codes = new ArrayList<String>();
        for (var d : Sources.compile(SpringCodebases.ticketing()).diagnostics()) {
            String m = d.getMessage(Locale.ROOT);
            if (!m.startsWith("[SC") || d.getSource() == null || !d.getSource().getName().endsWith("Ticket.java")) continue;
            codes.add(m.substring(1, 6));
            lines.add(d.getLineNumber());
        }
        assertThat(codes).contains("SC733", "SC916", "SC917");
        assertThat(codes.stream().filter(c -> c.startsWith("SC9")).count()).isGreaterThan(2);
        assertThat(lines).isSorted();
    }

    @Test
    void theJpaShopGivesItsDiagnosticsInTheSameOrder() throws IOException {
        assertSameOrder(JpaMappingTest.SHOP, JpaMappingTest.shop());
    }

    /**
     * Errors on one field's type, default and attributes, where the JPA reading makes the attributes and the default of
     * a field before the type: a twin field's order is type, default, attributes.
     */
    @Test
    void aFieldsTypeDefaultAndAttributesAreSaidInATwinFieldsOrder() throws IOException {
        var java = JpaMappingTest.jpa("OddKey", "@Entity @Table(name = \"odd_keys\") public class OddKey {",
                "  @Id @GeneratedValue(strategy = GenerationType.UUID) @Column(precision = 70, scale = 2) BigDecimal id;",
                "  @Column(length = 70000, unique = true) String code;",
                "  @Positive @Column(length = 10) String label;",
                "  @Column(precision = 80) java.math.BigInteger big;",
                "}");
        String twin = """
                entity OddKey {
                  id    decimal(70, 2) = uuid() @id
                  code  string(70000)? @unique
                  label string(10)? @check(> 0)
                  big   decimal(80, 0)?
                  @@map("odd_keys")
                  @@timestamps(false)
                }
                """;
        assertThat(assertSameOrder(twin, java)).hasSizeGreaterThan(3);
    }

    /**
     * Text parsed from schemac's own annotations (a @Default literal, a @Check comparison) is said where its field
     * stands, between the fields before and after it, as the twin's default and check are.
     */
    @Test
    void whatSchemacsAnnotationsSayIsSaidWhereItsFieldStands() throws IOException {
        var java = JpaMappingTest.jpa("Gauge", "@Entity @Table(name = \"gauges\") public class Gauge {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @dev.schemac.annotations.Default(\"abc\") Integer level;",
                "  @Column(precision = 70, scale = 2) BigDecimal reading;",
                "  @dev.schemac.annotations.Check(\"> 5\") @Column(length = 10) String label;",
                "  @Column(length = 70000) String note;",
                "}");
        String twin = """
                entity Gauge {
                  id      bigint @id @auto
                  level   int? = abc
                  reading decimal(70, 2)?
                  label   string(10)? @check(> 5)
                  note    string(70000)?
                  @@map("gauges")
                  @@timestamps(false)
                }
                """;
        assertThat(assertSameOrder(twin, java)).hasSizeGreaterThan(3);
    }

    /**
     * A field read both ways, JPA's and schemac's: the check Bean Validation's @Positive gives and the default
     * schemac's @Default gives are said in the twin field's order, the default before the attributes.
     */
    @Test
    void aDefaultIsSaidBeforeTheAttributesJpaGivesTheField() throws IOException {
        var java = JpaMappingTest.jpa("Badge", "@Entity @Table(name = \"badges\") public class Badge {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Positive @dev.schemac.annotations.Default(\"abc\") @Column(length = 10) String label;",
                "  @Positive @dev.schemac.annotations.Default(\"-1\") @Column(length = 70000) String note;",
                "}");
        String twin = """
                entity Badge {
                  id    bigint @id @auto
                  label string(10)? = abc @check(> 0)
                  note  string(70000)? = -1 @check(> 0)
                  @@map("badges")
                  @@timestamps(false)
                }
                """;
        assertThat(assertSameOrder(twin, java)).hasSizeGreaterThan(2);
    }

    /** Each side's diagnostics as {@code [CODE] message} lines, compared as sequences; the sequence returned. */
    private List<String> assertSameOrder(String twin, JavaFileObject... java) throws IOException {
        Path file = tmp.resolve("model" + System.nanoTime() + ".schema");
        Files.writeString(file, twin, StandardCharsets.UTF_8);
        var compiled = Compiler.compile(List.of(file));
        var schema = new ArrayList<String>();
        compiled.diagnostics().stream().sorted(Diagnostics.ORDER).forEach(d -> schema.add(line(d)));
        if (!compiled.hasErrors()) {
            Targets.run(compiled, Targets.all(), Equivalence.options("test")).diagnostics().stream()
                    .sorted(Diagnostics.ORDER).forEach(d -> schema.add(line(d)));
        }
        var javac = new ArrayList<String>();
        for (var d : Sources.compile(java).diagnostics()) {
            String m = d.getMessage(Locale.ROOT);
            if (!m.startsWith("[SC") || m.startsWith("[SC9")) continue;
            javac.add(m.lines().findFirst().orElse(""));
        }
        assertThat(javac).as("the Java side's diagnostics, in order").containsExactlyElementsOf(schema);
        return schema;
    }

    private static String line(Diagnostic d) {
        return "[" + d.code() + "] " + dev.schemac.render.text.PlainText.visible(d.message());
    }
}
