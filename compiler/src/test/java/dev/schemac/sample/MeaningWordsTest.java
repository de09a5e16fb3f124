package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Meaning#words} splits names by hand (it runs for every sample row); it must split
 * exactly as the regular expressions that define it: a break between a lower-case letter or
 * digit and an upper-case letter, lower case, then runs of a-z and 0-9.
 */
class MeaningWordsTest {
    static List<String> byRegex(String name) {
        var out = new ArrayList<String>();
        for (String part : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!part.isEmpty()) out.add(part);
        }
        return out;
    }

    @Test
    void splitsAsTheRegularExpressionsDo() {
        for (String name : List.of("", "_", "deleted_at", "isDeleted", "HTTPServer", "userID2Name", "a1B", "aBcD", "__x__y",
                "Straße", "İstanbulName", "naïveCafé", "x😀Y", "ABC", "a-b c")) {
            assertThat(Meaning.words(name)).as(name).isEqualTo(byRegex(name));
        }
        var random = new Random(18);
        String alphabet = "aZz09_-Aé İß😀 ";
        for (int i = 0; i < 20_000; i++) {
            var b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            assertThat(Meaning.words(b.toString())).as(b.toString()).isEqualTo(byRegex(b.toString()));
        }
    }
}
