package dev.schemac.sample;

import java.util.List;

/**
 * A table that got fewer sample rows than asked, and why. {@code columns} are the columns
 * the reason is about (the unsatisfiable column, the unique key whose values ran out, the
 * foreign key of the cycle or of the empty parent); {@code detail} says it in words.
 */
public record Shortfall(String table, int made, int asked, Reason reason, List<String> columns, String detail,
                        Class<? extends dev.schemac.model.FieldCheck> constraint) {
    public Shortfall {
        columns = List.copyOf(columns);
    }

    /** A shortfall that no one constraint of a field makes: said at the field. */
    public Shortfall(String table, int made, int asked, Reason reason, List<String> columns, String detail) {
        this(table, made, asked, reason, columns, detail, null);
    }

    public enum Reason {
        /** No value of a column satisfies its constraints: no row can ever be inserted. */
        UNSATISFIABLE,
        /** A unique key has fewer distinct values than rows were asked for. */
        DOMAIN_TOO_SMALL,
        /** A required reference finds no row in the table it refers to (that table got none). */
        NO_PARENT,
        /** The generator found no further row in its attempts, without a proof that none exists. */
        GAVE_UP
    }

    /** The reason is a fact about the model that makes the table unusable, not a limit of the sample. */
    public boolean provesModelWrong() {
        return reason == Reason.UNSATISFIABLE;
    }

    /** One line, as the scripts' header comments say it. */
    public String summary() {
        return table + ": " + made + " of " + asked + " rows, because " + detail;
    }
}
