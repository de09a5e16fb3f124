package dev.schemac.nosql;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A decimal value as the MongoDB target writes it: a Decimal128 in Extended JSON
 * ({@code {"$numberDecimal": "0.01"}}), the one form in which a decimal column's values compare
 * with it exactly. A JSON number would be a double, and MongoDB compares a Decimal128 with a
 * double by the double's binary value: {@code 0.1} as a double is not the Decimal128 {@code 0.1}.
 * A Decimal128 holds {@link #DIGITS} significant digits; a literal that needs more is rounded
 * here, in the direction its use says.
 */
public final class Decimal128 {
    /** The most significant digits a Decimal128 holds: the validator narrows a wider {@code decimal} to what fits (SC446). */
    public static final int DIGITS = 34;

    /** The Extended JSON key that marks a Decimal128: {@code {"$numberDecimal": "0.01"}}. */
    public static final String KEY = "$numberDecimal";

    private Decimal128() {}

    /** Whether a Decimal128 holds the value exactly. */
    public static boolean holds(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().precision() <= DIGITS;
    }

    /** The value in Extended JSON; one a Decimal128 does not hold is rounded to the nearest it does (half even, as the server rounds). */
    public static Map<String, Object> json(BigDecimal v) {
        return Map.of(KEY, text(v));
    }

    /**
     * The text of {@code $numberDecimal}: plain while its digits fit ({@code 0.01}, {@code 99.50}),
     * else the shortest exact form with an exponent ({@code 1E+34}), which a parser takes without rounding.
     */
    public static String text(BigDecimal v) {
        BigDecimal r = holds(v) ? v : v.round(new MathContext(DIGITS, RoundingMode.HALF_EVEN));
        String plain = r.toPlainString();
        long digits = plain.chars().filter(Character::isDigit).count();
        return digits <= DIGITS ? plain : r.stripTrailingZeros().toString();
    }

    /**
     * The least value a Decimal128 holds that is at least {@code v}: for a lower bound, which then
     * admits exactly the Decimal128 values {@code v} admits (none lies between the two).
     */
    public static BigDecimal ceiling(BigDecimal v) {
        return holds(v) ? v : v.round(new MathContext(DIGITS, RoundingMode.CEILING));
    }

    /** The greatest value a Decimal128 holds that is at most {@code v}: for an upper bound. */
    public static BigDecimal floor(BigDecimal v) {
        return holds(v) ? v : v.round(new MathContext(DIGITS, RoundingMode.FLOOR));
    }
}
