package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample generator builds values that the model's patterns match. */
class RegexSampleTest {

    @Test
    void patternsGetMatchingValues() {
        var random = new java.util.Random(1);
        for (String re : List.of("[a-z0-9_]+", "[A-Z]{3}-\\d{4}", "(ab|cd)+x?", "[a-f0-9]{2,5}\\.json")) {
            for (int i = 0; i < 50; i++) assertThat(RegexSample.sample(re, random)).matches(re);
        }
        assertThat(RegexSample.sample("[^a]+", random)).as("negated classes are not generated").isNull();
    }
}
