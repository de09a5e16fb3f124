package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The long-division shortcut of {@link ColumnValues#quotient} gives what BigDecimal's own
 * division gives, value and scale, on both sides of zero, at the edges of what it takes by
 * long arithmetic and past them (where it hands over to BigDecimal): the sample's rows
 * depend on every such quotient.
 */
class QuotientTest {
    @Test
    void agreesWithBigDecimalDivision() {
        List<BigDecimal> values = List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(-1), BigDecimal.valueOf(59),
                BigDecimal.valueOf(60), BigDecimal.valueOf(61), BigDecimal.valueOf(-59), BigDecimal.valueOf(-60),
                BigDecimal.valueOf(-61), BigDecimal.valueOf(1_764_547_200L), BigDecimal.valueOf(-86_399),
                new BigDecimal("999999999999999999"), new BigDecimal("-999999999999999999"),
                new BigDecimal("1000000000000000000"), BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE),
                new BigDecimal("12.34"), new BigDecimal("-0.01"), new BigDecimal("1E+3"), new BigDecimal("31536000.00"));
        List<BigDecimal> divisors = List.of(BigDecimal.ONE, BigDecimal.valueOf(60), BigDecimal.valueOf(900),
                BigDecimal.valueOf(86_400), BigDecimal.valueOf(7), new BigDecimal("0.01"), new BigDecimal("1E+2"),
                new BigDecimal("999999999999999999"));
        for (BigDecimal v : values) {
            for (BigDecimal d : divisors) {
                for (RoundingMode mode : List.of(RoundingMode.FLOOR, RoundingMode.CEILING)) {
                    BigDecimal expected = v.divide(d, 0, mode), actual = ColumnValues.quotient(v, d, mode);
                    assertThat(actual).as(v + " / " + d + " " + mode).isEqualTo(expected);
                    assertThat(actual.scale()).isEqualTo(expected.scale());
                }
            }
        }
    }
}
