package dev.schemac.types;

import java.math.BigDecimal;

/**
 * A {@code float} column's bound as the column stores it. PostgreSQL's {@code real} and
 * MySQL's {@code FLOAT} keep a value rounded to binary32 and compare it with a decimal
 * literal as doubles: {@code 0.3} is stored as 0.300000011920928955078125, which is above
 * the double 0.3, so {@code f <= 0.3} would refuse the very value the bound names. Written
 * as its binary32 value, exactly, the bound is compared with what a value at the bound becomes.
 */
public final class Binary32 {
    private Binary32() {}

    /** The literal rounded to binary32, written exactly; the literal itself when binary32 cannot hold it (beyond its range). */
    public static BigDecimal stored(BigDecimal literal) {
        float f = literal.floatValue();
        if (Float.isInfinite(f)) return literal;
        BigDecimal exact = new BigDecimal((double) f);
        return exact.compareTo(literal) == 0 ? literal : exact;
    }

    /**
     * The shortest decimal that rounds to the same binary32 value as a bound {@link #stored}
     * wrote, so what an engine's catalog shows reads back as the model wrote it; any other
     * number is returned as it is.
     */
    public static BigDecimal shortest(BigDecimal n) {
        float f = n.floatValue();
        if (Float.isInfinite(f) || new BigDecimal((double) f).compareTo(n) != 0) return n;
        BigDecimal s = new BigDecimal(Float.toString(f));
        return s.compareTo(n) == 0 ? n : s;
    }
}
