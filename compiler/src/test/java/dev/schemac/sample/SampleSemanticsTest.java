package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.model.Op;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generator judges a row as the engines will: text order as every collation agrees
 * (binary, case- and accent-insensitive, linguistic), float values as binary32 stores them
 * and never on a bound, doubles and SQLite's decimals as binary64; a unique pattern's
 * finite language is counted for SC771. (The rows themselves load on the real engines in
 * SeedOnRealEnginesTest and SeedUnderLinguisticCollationTest.)
 */
class SampleSemanticsTest {
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(nullValues = "null", value = {
            "abc, abd, -1",
            "ABC, ABD, -1",
            "Apple, apples, -1",
            "zed, m, 1",
            // 'Y' < 'm' in binary, 'y' > 'm' folded: a C database and MariaDB disagree.
            "YJK, m, null",
            "B, a, null",
            // 'é' sorts with 'e' linguistically, after 'z' in binary.
            "é, f, null",
            // Equal to MariaDB, not to PostgreSQL.
            "abc, ABC, null",
            // Spaces and punctuation: ignored by glibc's en_US, not by C.
            "a z, ab, null",
            "a-b, ab, null",
            "same, same, 0",
    })
    void textOrderIsKnownOnlyWhereCollationsAgree(String a, String b, Integer expected) {
        assertThat(TextOrder.order(a, b)).isEqualTo(expected);
    }

    @Test
    void textEqualityAndDifference() {
        assertThat(TextOrder.holds(Op.NE, "abc", "ABC")).as("equal to a case-insensitive collation").isFalse();
        assertThat(TextOrder.holds(Op.NE, "abc", "abd")).isTrue();
        assertThat(TextOrder.holds(Op.EQ, "abc", "ABC")).isFalse();
        assertThat(TextOrder.holds(Op.LT, "YJK", "m")).isFalse();
        assertThat(TextOrder.holds(Op.LT, "yjk", "m")).isFalse();
        assertThat(TextOrder.holds(Op.LT, "ABC", "M")).isTrue();
    }

    @ParameterizedTest(name = "{0} in {1}..{2}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "[01]{1,2};1;3;6",
            "[01]{1,2};2;3;4",
            "[A-Z]{2}-[0-9]{3};1;6;676000",
            "(AB|CDE)[0-9]?;1;4;22",
            "(AB|CDE)[0-9]?;1;3;12",
            "[😀😁]{3};1;3;8",
            "a\\.b|c;1;3;2",
            "x.;1;3;null",
            "[^a]b;1;3;null",
            "[a-z]+;1;300;null",
    })
    void patternLanguagesAreCounted(String regex, int min, int max, String expected) {
        BigInteger n = PatternCount.of(regex, min, max);
        assertThat(n == null ? null : n.toString()).isEqualTo(expected);
    }

    @Test
    void approximateNumbersAreJudgedAsStored() throws Exception {
        var file = Files.createTempDirectory("schemac-semantics").resolve("m.schema");
        Files.writeString(file, """
                schema m {
                  dialect = postgres
                }
                /// Float bounds binary32 cannot hold, and a decimal bound past a double's digits.
                entity Reading {
                  f     float  @min(0.29) @max(0.3)
                  g     float  @check(> 0.1) @check(< 0.13)
                  rate  double @check(> 0) @check(< 0.01)
                }
                /// No double lies between the bound and the values decimal(65, 30) can take near it.
                entity Tight {
                  b decimal(65, 30) @check(> 34999999999999999999999999999999999.999999999999999999999999999998)
                }
                """);
        var c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var data = new SampleData(c.catalog(), 7, 40, "20260301120000");
        var rows = data.generate();
        var readings = rows.stream().filter(s -> s.table().name().equals("readings")).findFirst().orElseThrow().rows();
        assertThat(readings).hasSize(40);
        for (var r : readings) {
            double f = Float.parseFloat(r.get("f").toString()), g = Float.parseFloat(r.get("g").toString());
            assertThat(f).as("f as binary32").isGreaterThan(0.29).isLessThan(0.3);
            assertThat(g).as("g as binary32").isGreaterThan(0.1).isLessThan(0.13);
            assertThat((BigDecimal) r.get("rate")).isGreaterThan(BigDecimal.ZERO).isLessThan(new BigDecimal("0.01"));
        }
        assertThat(data.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.table()).isEqualTo("tights");
            assertThat(s.made()).isZero();
        });
    }
}
