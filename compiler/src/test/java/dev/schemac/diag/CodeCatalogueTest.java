package dev.schemac.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One catalogue: every code any part of the product can emit (the compiler's core, its rules
 * and targets, the annotation processor, the Maven plugin) is known to {@code schemac explain}
 * and so listed in docs/diagnostics.md (DiagnosticsDocTest renders that page from the same
 * catalogue). A code is found in the sources as a string literal of its own ({@code "SC950"}),
 * or opening a message ({@code "[SC914] ..."}), which is how every emitter writes one.
 */
class CodeCatalogueTest {
    private static final Pattern CODE = Pattern.compile("\"\\[?(SC\\d{3})[\"\\]]");

    static Set<String> emitted() throws IOException {
        var found = new TreeSet<String>();
        for (String module : List.of("compiler", "processor", "maven-plugin")) {
            Path src = TestPaths.root().resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(src)) continue;
            try (var s = Files.walk(src)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                    var m = CODE.matcher(Files.readString(p));
                    while (m.find()) found.add(m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void explainKnowsEveryCodeTheProductEmits() throws IOException {
        Set<String> emitted = emitted();
        assertThat(emitted).as("the scan finds codes of every emitter").contains("SC100", "SC607", "SC900", "SC914", "SC950");
        Set<String> known = CodeDoc.all().stream().map(CodeDoc::id).collect(Collectors.toCollection(TreeSet::new));
        emitted.removeAll(known);
        assertThat(emitted).as("codes emitted but unknown to `schemac explain` and docs/diagnostics.md").isEmpty();
    }

    @Test
    void eachCodeIsDocumentedOnce() {
        var ids = CodeDoc.all().stream().map(CodeDoc::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (CodeDoc d : CodeDoc.all()) {
            assertThat(d.title()).as(d.id()).isNotBlank();
            assertThat(d.explanation()).as(d.id()).isNotBlank();
        }
    }
}
