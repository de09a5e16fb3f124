package dev.schemac.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import io.github.encryptorcode.pluralize.Pluralize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EnglishTest {
    private static final List<String> WORDS = List.of(
            "user", "users", "category", "categories", "person", "people", "status", "address", "series",
            "news", "child", "children", "datum", "data", "index", "indices", "sheep", "Order", "ORDER", "bus",
            "analysis", "x", "", "order_item", "café", "box", "matrix", "quiz", "leaf", "ox");

    @Test
    void answersAsTheLibraryDoesTheFirstTimeAndAfter() {
        for (int round = 0; round < 2; round++) {
            for (String w : WORDS) {
                assertThat(English.plural(w)).as("plural of %s", w).isEqualTo(Pluralize.plural(w));
                assertThat(English.singular(w)).as("singular of %s", w).isEqualTo(Pluralize.singular(w));
                assertThat(English.isPlural(w)).as("isPlural %s", w).isEqualTo(Pluralize.isPlural(w));
                assertThat(English.isSingular(w)).as("isSingular %s", w).isEqualTo(Pluralize.isSingular(w));
            }
        }
    }

    @Test
    void answersPastTheMemosCapacity() {
        for (int i = 0; i < English.CAPACITY + 50; i++) {
            String w = "word" + Integer.toString(i, 26).replace('0', 'a').replace('1', 'y') + "s";
            assertThat(English.plural(w)).isEqualTo(Pluralize.plural(w));
            assertThat(English.isPlural(w)).isEqualTo(Pluralize.isPlural(w));
        }
        assertThat(English.plural("last_box")).isEqualTo(Pluralize.plural("last_box"));
    }

    /** The memo is right only while the library's rules never change: only English may reach the library. */
    @Test
    void onlyEnglishReachesTheInflectionLibrary() throws IOException {
        var users = new ArrayList<String>();
        for (String module : List.of("grammar", "compiler", "processor", "maven-plugin", "runtime")) {
            Path main = TestPaths.root().resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(main)) continue;
            try (Stream<Path> files = Files.walk(main)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (Files.readString(f).contains("encryptorcode")) users.add(main.relativize(f).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(users).containsExactly("dev/schemac/naming/English.java");
        String english = Files.readString(TestPaths.root().resolve("compiler/src/main/java/dev/schemac/naming/English.java"));
        assertThat(english).doesNotContain("addPluralRule", "addSingularRule", "addUncountableRule", "addIrregularRule");
    }
}
