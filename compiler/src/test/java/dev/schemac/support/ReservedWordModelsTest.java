package dev.schemac.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.naming.ReservedWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checked-in stress models are what ReservedWordModels writes from the table today (so a
 * word added to a list is in them), they hold every word of every list, and they compile.
 */
class ReservedWordModelsTest {
    static final Path DIR = TestPaths.testResources().resolve("reserved-models");

    @Test
    void theCheckedInModelsAreTheTablesModels() throws IOException {
        var expected = ReservedWordModels.files();
        if (TestPaths.updating()) {
            try (Stream<Path> old = Files.list(DIR)) {
                for (Path p : old.toList()) Files.delete(p);
            }
            for (var f : expected.entrySet()) Files.writeString(DIR.resolve(f.getKey()), f.getValue());
        }
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(new TreeSet<>(expected.keySet()));
        }
        for (var f : expected.entrySet()) {
            assertThat(Files.readString(DIR.resolve(f.getKey()))).as("%s (regenerate with -Dschemac.update=true)", f.getKey())
                    .isEqualTo(f.getValue());
        }
    }

    @Test
    void everyWordOfEveryListIsAnEntityAnEnumAndAField() {
        var entities = new HashSet<String>();
        var enums = new HashSet<String>();
        var fields = new HashSet<String>();
        for (Path p : TestModels.reservedWords()) {
            Compilation c = Compiler.compile(List.of(p));
            assertThat(c.hasErrors()).as("%s compiles: %s", p.getFileName(), c.diagnostics()).isFalse();
            c.model().entities().forEach(e -> {
                entities.add(e.name());
                e.fields().forEach(f -> fields.add(f.name()));
            });
            c.model().enums().forEach(e -> enums.add(e.name()));
        }
        for (var list : ReservedWords.lists().entrySet()) {
            for (String word : list.getValue()) {
                String w = entities.contains(word) ? word : word.toLowerCase(Locale.ROOT);
                assertThat(entities).as("%s: %s as an entity", list.getKey(), word).contains(w);
                assertThat(enums).as("%s: %s as an enum", list.getKey(), word).contains(w);
                assertThat(fields).as("%s: %s as a field", list.getKey(), word).contains(w);
            }
        }
    }
}
