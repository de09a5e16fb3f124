package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample generator builds values that the model's patterns match. */
class RegexSampleTest {

    @Test
    void patternsGetMatchingValues() {
        var random = new java.util.Random(1);
        for (String re : List.of("[a-z0-9_]+", "[A-Z]{3}-[0-9]{4}", "(ab|cd)+x?", "[a-f0-9]{2,5}\\.json", "[^a]+", "^(?:x|y.)*?z$")) {
            for (int i = 0; i < 50; i++) assertThat(RegexSample.sample(re, random, 100)).matches(re);
        }
        assertThat(RegexSample.sample("\\d", random, 100)).as("escapes outside the portable dialect are not generated").isNull();
        assertThat(RegexSample.sample("x{255}", random, 100)).as("longer than asked for").isNull();
    }
}
