package dev.schemac.render.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MongoDB form rewrites exactly the `.` atoms: not an escaped `\.`, not a `.` in a class. */
class WholeMatchTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "a.b          | a[\\s\\S]b",
            "a\\.b        | a\\.b",
            "[.]          | [.]",
            "[^.a]+.      | [^.a]+[\\s\\S]",
            "[\\].].      | [\\].][\\s\\S]",
            "\\\\.        | \\\\[\\s\\S]",
            "(?:x.)*      | (?:x[\\s\\S])*",
            "é.          | é[\\s\\S]",
    })
    void onlyDotAtomsBecomeEveryCharacter(String regex, String expected) {
        assertThat(WholeMatch.dotsMatchingEverything(regex)).isEqualTo(expected);
        assertThat(WholeMatch.mongo(regex)).isEqualTo("^(?:" + expected + ")(?![\\s\\S])");
    }
}
