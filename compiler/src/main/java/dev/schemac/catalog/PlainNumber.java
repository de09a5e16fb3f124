package dev.schemac.catalog;

import java.math.BigDecimal;

/**
 * A catalog number holds no negative scale: {@code 1e3} is kept as {@code 1000}. A number is
 * compared by its digits and scale (a catalog is compared with the snapshot it was written as,
 * and with a live database's), and the snapshot writes it as plain text, which reads back with
 * scale 0; a model's {@code 1e3} (scale -3) then never equalled its own snapshot.
 */
final class PlainNumber {
    private PlainNumber() {}

    static BigDecimal of(BigDecimal n) {
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    static Object ofLiteral(Object literal) {
        return literal instanceof BigDecimal n ? of(n) : literal;
    }
}
