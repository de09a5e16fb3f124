package dev.schemac.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The portable pattern dialect: what it accepts compiles in Java (the real engines read the
 * same patterns in the fuzz harness), and each refused construct is named.
 */
class PatternDialectTest {

    @Test
    void portablePatternsAreAccepted() {
        for (String re : List.of("[a-z0-9_]+", "^[A-Z]{2,3}-[0-9]+$", "(foo|bar)?[a-c\\-]*", "a.b", "[^a-z]+",
                "x{0,255}", "(?:ab|cd)+?", "\\(\\)\\[\\]\\{\\}\\.\\*\\+\\?\\|\\^\\$\\\\", "[\\]\\[\\-\\\\]", "é+ü?",
                "a\\tb\\nc\\r", "^a|b$", "(a|)", "[-a]", "[a-]", "x{3}y{2,}", "[\\--a]", "[a\\-\\-]", "[~a~]", "<>[<>]")) {
            assertThat(PatternDialect.check(re)).as(re).isNull();
            Pattern.compile(re);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a++                 | a possessive quantifier",
            "a{2}+               | a possessive quantifier",
            "(?<=x)y             | a lookbehind group",
            "(?<!x)y             | a lookbehind group",
            "(?=x)x              | a lookahead group",
            "(?<n>x)             | a named group",
            "(?P<n>x)            | a named group",
            "(?>x)               | an atomic group",
            "(?i)x               | inline flags",
            "(?#c)x              | a comment group",
            "\\p{L}              | a Unicode property",
            "\\Qa.b\\E           | a quoted run",
            "[a-z&&[^x]]         | the class intersection",
            "[a[b]]              | a `[` inside a class",
            "[a&&b]              | the class intersection",
            "(a)\\1              | a backreference",
            "\\d                 | `\\d`",
            "\\W                 | `\\W`",
            "\\s                 | `\\s`",
            "\\bword             | the word boundary",
            "\\Aa                | the anchor",
            "\\x41               | a character code",
            "\\u0041             | a character code",
            "[[:alpha:]]         | a POSIX class",
            "[]a]                | a `]` first in a class",
            "[z-a]               | the reversed range",
            "a$b                 | `$` inside the pattern",
            "a^b                 | `^` inside the pattern",
            "*a                  | a quantifier `*` with nothing to repeat",
            "a**                 | a quantifier after a quantifier",
            "a{,3}               | a `{` that is not a repetition",
            "a}                  | an unescaped `}`",
            "(a                  | an unclosed group",
            "a)                  | an unmatched `)`",
            "[a                  | an unclosed class",
            "a{3,2}              | the repetition `{3,2}`",
            "\\                  | a `\\` at the end",
            "x\\<y              | the escape `\\<`",
            "[\\>]              | the escape `\\>`",
            "[!--b]              | the class operator `--`",
            "[a-c--]             | the class operator `--`",
            "[--a]               | the class operator `--`",
            "[a~~b]              | the class operator `~~`",
    })
    void constructsOutsideTheDialectAreNamed(String re, String construct) {
        var p = PatternDialect.check(re);
        assertThat(p).as(re).isNotNull();
        assertThat(p.construct()).as(re).startsWith(construct);
    }

    @Test
    void repetitionCountsAreBounded() {
        assertThat(PatternDialect.check("x{255}")).isNull();
        assertThat(PatternDialect.check("x{256}").count()).isEqualTo(256);
        assertThat(PatternDialect.check("x{2000000000}").count()).isEqualTo(2_000_000_000L);
        assertThat(PatternDialect.check("x{1,99999999999999999999}").count()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void nestingIsBounded() {
        assertThat(PatternDialect.check("(".repeat(32) + "a" + ")".repeat(32))).isNull();
        assertThat(PatternDialect.check("(".repeat(5000) + "a" + ")".repeat(5000)).construct()).startsWith("groups nested");
    }
}
