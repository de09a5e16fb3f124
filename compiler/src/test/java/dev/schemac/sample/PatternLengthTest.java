package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fewest and most characters a pattern matches, as check's SC415 uses them: the bounds
 * worked out by hand for each construct (alternation, groups, classes, escapes, every
 * quantifier, lazy ones, non-ASCII literals), and every value the seed generator builds for
 * the pattern (checked against it with java.util.regex by the generator) lies within them.
 */
class PatternLengthTest {
    static final int UNBOUNDED = PatternLength.UNBOUNDED;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "[A-Z]{2}-[0-9]{3};6;6",
            "(AB|CDE)[0-9]?;2;4",
            "^a*$;0;" + Integer.MAX_VALUE,
            "x+y{2,5};3;" + Integer.MAX_VALUE,
            "(?:ab){1,3}c?;2;7",
            "[^]x]\\.|z;1;2",
            "(a|(bc){2,})d;2;" + Integer.MAX_VALUE,
            "é{3}.?;3;4",
            "[😀😁]{3};3;3",
            "😀{2}x\\😀;4;4",
            "[a-z]+?(-[a-z]+)*;1;" + Integer.MAX_VALUE,
    })
    void boundsAreTheShortestAndLongestMatch(String regex, int min, int max) {
        int[] r = PatternLength.of(regex);
        assertThat(r).containsExactly(min, max);
        var random = new Random(3);
        int cap = Math.min(max, 40);
        for (int i = 0; i < 200; i++) {
            String s = RegexSample.sample(regex, random, cap);
            if (s == null) continue;
            assertThat(s.codePointCount(0, s.length())).as("%s sampled %s", regex, s).isBetween(min, cap);
        }
    }
}
