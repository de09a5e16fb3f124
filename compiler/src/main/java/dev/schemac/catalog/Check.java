package dev.schemac.catalog;

import dev.schemac.model.Op;
import java.util.List;

/**
 * A named CHECK constraint: the conjunction of its terms. Enum membership terms are
 * rendered only where the dialect has no enum type (SQLite); a renderer drops a check
 * whose terms it all drops.
 */
public record Check(String name, List<Term> terms) {
    public Check {
        terms = List.copyOf(terms);
    }

    public sealed interface Term {}

    /** {@code column OP literal}; the literal is a BigDecimal, String or Boolean. */
    public record Compare(String column, Op op, Object literal) implements Term {}

    /** {@code left OP right}, two columns of the same table. */
    public record ColumnCompare(String left, Op op, String right) implements Term {}

    /** Character length bounds; either may be null. */
    public record Length(String column, Integer min, Integer max) implements Term {}

    /** The whole value matches a regular expression. */
    public record Pattern(String column, String regex) implements Term {}

    /** The value is one of an enum's stored values. */
    public record EnumMember(String column, String enumName, List<String> values) implements Term {
        public EnumMember {
            values = List.copyOf(values);
        }
    }
}
