package dev.schemac.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: every case ends in diagnostics (or a clean compile), never an exception,
 * a stack overflow or a hang.
 */
class RobustnessTest {

    static Compilation compileText(String text) {
        return compileBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static Compilation compileBytes(byte[] bytes) {
        Map<Path, byte[]> files = Map.of(Path.of("in.schema"), bytes);
        return Compiler.compile(List.of(Path.of("in.schema")), p -> {
            byte[] b = files.get(p.normalize());
            if (b == null) throw new NoSuchFileException(p.toString());
            return b;
        });
    }

    static void assertSpansInside(Compilation c) {
        for (Diagnostic d : c.diagnostics()) {
            if (d.span() == null) continue;
            assertThat(d.span().end()).isLessThanOrEqualTo(d.span().file().text().length());
            assertThat(d.span().line()).isPositive();
            assertThat(d.message()).isNotBlank();
        }
    }

    @Test
    void everyTruncationOfTheShopExampleIsHandled() throws IOException {
        String shop = Files.readString(TestPaths.examples().resolve("shop/shop.schema"));
        int withErrors = 0;
        for (int cut = 0; cut < shop.length(); cut += 3) {
            var c = compileText(shop.substring(0, cut));
            assertSpansInside(c);
            if (c.hasErrors()) withErrors++;
        }
        assertThat(withErrors).as("most prefixes are broken and say so").isGreaterThan(shop.length() / 6);
    }

    @Test
    void binaryGarbageIsRejected() {
        var random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            var c = compileBytes(bytes);
            assertSpansInside(c);
            if (bytes.length > 0) assertThat(c.hasErrors()).isTrue();
        }
    }

    @Test
    void randomTokenSoupNeverThrows() {
        String[] tokens = {"entity", "enum", "mixin", "schema", "import", "with", "{", "}", "(", ")", "[", "]", "?", "@",
            "@@", "=", ",", "->", ">=", "A", "b_c", "1", "\"s\"", "\n", "//x\n", "/* */", "string(3)", "User", "@id"};
        var random = new Random(11);
        for (int i = 0; i < 500; i++) {
            var b = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) b.append(tokens[random.nextInt(tokens.length)]).append(' ');
            assertSpansInside(compileText(b.toString()));
        }
    }

    @Test
    void fiftyThousandLinesCompile() {
        var b = new StringBuilder();
        int entities = 0;
        while (b.chars().filter(ch -> ch == '\n').count() < 50_000 && entities < 100_000) {
            b.append("entity E").append(entities).append(" {\n");
            for (int f = 0; f < 8; f++) b.append("  f").append(f).append(" string(40)\n");
            b.append("}\n");
            entities++;
        }
        var c = compileText(b.toString());
        assertThat(c.hasErrors()).as("%s", c.diagnostics().stream().limit(3).toList()).isFalse();
        assertThat(c.catalog().tables()).hasSize(entities);
    }

    @Test
    void deeplyNestedBlockCommentsAreNotNested() {
        String text = "/*".repeat(20_000) + " deep " + "*/".repeat(20_000) + "\nentity A { x int }\n";
        var c = compileText(text);
        assertSpansInside(c);
        // The first `*/` closes the comment; the remaining `*/` are stray characters.
        assertThat(c.diagnostics()).extracting(Diagnostic::code).contains("SC103");
    }

    @Test
    void unterminatedNestedCommentIsOneDiagnostic() {
        var c = compileText("entity A { x int }\n" + "/* ".repeat(50_000));
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("SC102");
    }

    @Test
    void deepBracketsAreRefusedBeforeParsing() {
        var c = compileText("schema s { title = " + "[".repeat(100_000) + "]".repeat(100_000) + " }");
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("SC106");
    }

    @Test
    void aRelationChainTenThousandEntitiesLong() {
        int n = 10_000;
        var b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("entity E").append(i).append(" {\n");
            if (i + 1 < n) b.append("  next E").append(i + 1).append(" @id @map(\"next_code\") @relation(\"k").append(i).append("\")\n");
            else b.append("  code string(10) @id\n");
            b.append("  note string(20)?\n}\n");
        }
        var c = compileText(b.toString());
        assertThat(c.hasErrors()).as("%s", c.diagnostics().stream().limit(3).toList()).isFalse();
        // The key of E0 is the key of E9999, carried down the whole chain.
        var first = c.catalog().tableOf("E0").orElseThrow();
        assertThat(first.primaryKey().columns()).containsExactly("next_code");
        assertThat(first.columns().get(0).type().length()).isEqualTo(10);
    }

    @Test
    void aKeyCycleTenThousandEntitiesLongIsReportedOnce() {
        int n = 10_000;
        var b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("entity E").append(i).append(" { next E").append((i + 1) % n).append(" @id @relation(\"k")
                    .append(i).append("\") }\n");
        }
        var c = compileText(b.toString());
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("SC410");
    }

    @Test
    void missingInputFileIsADiagnostic() {
        var c = Compiler.compile(List.of(Path.of("does/not/exist.schema")));
        assertThat(c.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("SC107");
            assertThat(d.message()).isEqualTo("cannot read `does/not/exist.schema`: no such file");
        });
    }
}
