package dev.schemac.catalog;

import dev.schemac.model.Op;
import java.util.List;
import java.util.Objects;

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

    /**
     * The same check over columns named anew (a migration's column renames): the one place a
     * term's columns are mapped, so every kind of term is.
     */
    public Check withColumns(java.util.function.UnaryOperator<String> rename) {
        return new Check(name, terms.stream().map(t -> withColumns(t, rename)).toList());
    }

    private static Term withColumns(Term t, java.util.function.UnaryOperator<String> c) {
        if (t instanceof Compare x) return new Compare(c.apply(x.column()), x.op(), x.literal());
        if (t instanceof ColumnCompare x) return new ColumnCompare(c.apply(x.left()), x.op(), c.apply(x.right()));
        if (t instanceof Length x) return new Length(c.apply(x.column()), x.min(), x.max());
        if (t instanceof Pattern x) return new Pattern(c.apply(x.column()), x.regex());
        if (t instanceof AllOrNone x) return new AllOrNone(x.columns().stream().map(c).toList());
        var e = (EnumMember) t;
        return new EnumMember(c.apply(e.column()), e.enumName(), e.values());
    }

    /** {@code column OP literal}; the literal is a BigDecimal, String or Boolean. */
    public record Compare(String column, Op op, Object literal) implements Term {
        public Compare {
            literal = PlainNumber.ofLiteral(literal);
        }

        // Written out for the reason Span's are: a cold check links no record method.
        @Override public boolean equals(Object o) {
            return o instanceof Compare that && Objects.equals(column, that.column) &&
                    Objects.equals(op, that.op) && Objects.equals(literal, that.literal);
        }

        @Override public int hashCode() {
            return Objects.hash(column, op, literal);
        }
    }

    /** {@code left OP right}, two columns of the same table. */
    public record ColumnCompare(String left, Op op, String right) implements Term {
        // Written out for the reason Span's are: a cold check links no record method.
        @Override public boolean equals(Object o) {
            return o instanceof ColumnCompare that && Objects.equals(left, that.left) &&
                    Objects.equals(op, that.op) && Objects.equals(right, that.right);
        }

        @Override public int hashCode() {
            return Objects.hash(left, op, right);
        }
    }

    /** Character length bounds; either may be null. */
    public record Length(String column, Integer min, Integer max) implements Term {
        // Written out for the reason Span's are: a cold check links no record method.
        @Override public boolean equals(Object o) {
            return o instanceof Length that && Objects.equals(column, that.column) &&
                    Objects.equals(min, that.min) && Objects.equals(max, that.max);
        }

        @Override public int hashCode() {
            return Objects.hash(column, min, max);
        }
    }

    /** The whole value matches a regular expression. */
    public record Pattern(String column, String regex) implements Term {
        // Written out for the reason Span's are: a cold check links no record method.
        @Override public boolean equals(Object o) {
            return o instanceof Pattern that && Objects.equals(column, that.column) &&
                    Objects.equals(regex, that.regex);
        }

        @Override public int hashCode() {
            return Objects.hash(column, regex);
        }
    }

    /** The value is one of an enum's stored values. */
    public record EnumMember(String column, String enumName, List<String> values) implements Term {
        public EnumMember {
            values = List.copyOf(values);
        }

        // Written out for the reason Span's are: a cold check links no record method.
        @Override public boolean equals(Object o) {
            return o instanceof EnumMember that && Objects.equals(column, that.column) &&
                    Objects.equals(enumName, that.enumName) && Objects.equals(values, that.values);
        }

        @Override public int hashCode() {
            return Objects.hash(column, enumName, values);
        }
    }

    /**
     * The columns are all NULL or all set: the columns of an optional composite reference. A
     * foreign key is MATCH SIMPLE on every engine (MySQL's InnoDB does not enforce MATCH FULL),
     * so it lets a row refer to no row with some columns set and one NULL; this keeps it whole.
     */
    public record AllOrNone(List<String> columns) implements Term {
        public AllOrNone {
            columns = List.copyOf(columns);
        }

        /** {@code (team_org, team_slug) all NULL or all set}: how every text that is not SQL shows it. */
        public String described() {
            return "(" + String.join(", ", columns) + ") all NULL or all set";
        }

        // Written out for the reason Span's are: a cold check links no record method.
        @Override public boolean equals(Object o) {
            return o instanceof AllOrNone that && Objects.equals(columns, that.columns);
        }

        @Override public int hashCode() {
            return Objects.hash(columns);
        }
    }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof Check that && Objects.equals(name, that.name) &&
                Objects.equals(terms, that.terms);
    }

    @Override public int hashCode() {
        return Objects.hash(name, terms);
    }
}
