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

    /** Words the corrections leave alone: the library's answers, the first time and from the memo; a word no plural is its own singular. */
    @Test
    void answersAsTheLibraryDoesTheFirstTimeAndAfter() {
        for (int round = 0; round < 2; round++) {
            for (String w : WORDS) {
                if (corrected(w)) continue;
                assertThat(English.plural(w)).as("plural of %s", w).isEqualTo(Pluralize.plural(w));
                assertThat(English.singular(w)).as("singular of %s", w).isEqualTo(Pluralize.isPlural(w) ? Pluralize.singular(w) : w);
                assertThat(English.isPlural(w)).as("isPlural %s", w).isEqualTo(Pluralize.isPlural(w));
                assertThat(English.isSingular(w)).as("isSingular %s", w).isEqualTo(Pluralize.isSingular(w) || !Pluralize.isPlural(w));
            }
        }
    }

    private static boolean corrected(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        return English.INVARIANT.contains(l) || English.PLURALS.containsKey(l) || English.PLURALS.containsValue(l);
    }

    /** Where the library is wrong, the corrections answer, both ways, in the word's case. */
    @Test
    void theCorrectionsAnswerWhereTheLibraryIsWrong() {
        assertThat(Pluralize.plural("virus")).as("the library's answer this corrects").isEqualTo("viri");
        for (var e : English.PLURALS.entrySet()) {
            assertThat(English.plural(e.getKey())).isEqualTo(e.getValue());
            assertThat(English.plural(e.getValue())).as("a plural's plural").isEqualTo(e.getValue());
            assertThat(English.singular(e.getValue())).isEqualTo(e.getKey());
            assertThat(English.isPlural(e.getValue()) && !English.isSingular(e.getValue())).as(e.getValue()).isTrue();
            assertThat(English.isSingular(e.getKey()) && !English.isPlural(e.getKey())).as(e.getKey()).isTrue();
        }
        for (String w : English.INVARIANT) {
            assertThat(List.of(English.plural(w), English.singular(w))).as(w).containsOnly(w);
            assertThat(English.isPlural(w) && English.isSingular(w)).as(w).isTrue();
        }
        assertThat(English.singular("axis")).as("no plural, so its own singular").isEqualTo("axis");
        assertThat(English.plural("Canvas")).isEqualTo("Canvases");
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
