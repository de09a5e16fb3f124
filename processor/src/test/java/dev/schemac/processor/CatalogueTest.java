package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.CodeDoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code the processor can emit is in the catalogue that {@code schemac explain} and
 * docs/diagnostics.md are made from, and the catalogue's SC9xx codes are all the processor's.
 * The processor's codes are string literals in its sources (its diagnostics are made in
 * {@code Problems} and {@code JpaProblems}), so the sources are what is read.
 */
class CatalogueTest {
    private static final Pattern CODE = Pattern.compile("\"\\[?(SC\\d{3})");

    static TreeSet<String> emitted() throws IOException {
        var out = new TreeSet<String>();
        Path main = Equivalence.root().resolve("processor/src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = CODE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void everyCodeTheProcessorEmitsIsExplainedAndDocumented() throws IOException {
        var codes = emitted();
        assertThat(codes).as("the scan finds the processor's codes").contains("SC900", "SC913", "SC918");
        String doc = Files.readString(Equivalence.root().resolve("docs/diagnostics.md"), StandardCharsets.UTF_8);
        String annotations = Files.readString(Equivalence.root().resolve("docs/annotations.md"), StandardCharsets.UTF_8);
        for (String code : codes) {
            assertThat(CodeDoc.byId(code)).as(code + " is known to `schemac explain`").isPresent();
            assertThat(doc).as(code + " has a section in docs/diagnostics.md").contains("\n## " + code + "\n");
            assertThat(annotations).as(code + " is in the table of docs/annotations.md").contains("| `" + code + "` |");
        }
    }

    @Test
    void theCataloguesJavaCodesAreAllTheProcessors() throws IOException {
        var codes = emitted();
        var catalogued = new TreeSet<String>();
        // SC900-SC949 are the processor's; SC95x the java target's, SC96x-SC97x pull's.
        for (CodeDoc d : CodeDoc.all()) if (d.id().matches("SC9[0-4][0-9]")) catalogued.add(d.id());
        assertThat(catalogued).as("no SC900-SC949 code is documented that the processor never emits").isSubsetOf(codes);
        assertThat(codes).allSatisfy(c -> assertThat(c).matches("SC9[0-4][0-9]|SC[1-8][0-9]{2}"));
    }
}
