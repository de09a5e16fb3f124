package dev.schemac.pull.compare;

import dev.schemac.pull.Leftover;

/**
 * One difference between a model and a live database: {@code object} is the column,
 * constraint or index (null for the table itself), {@code aspect} what differs about a
 * column (type, nullability, default, autoincrement, @updated), about a unique ({@link #ROWS})
 * or a check ({@link #UNREAD}), null otherwise, and {@code inModel} and {@code inDatabase} what
 * each side has (null where it has nothing), as data: {@link #describe} quotes each.
 */
public record Change(Kind kind, Scope scope, String table, String object, String aspect, String inModel, String inDatabase) {
    /** A unique's rows differ: each side is its filter's SQL ({@code WHERE deleted_at IS NULL}), or null for every row. */
    public static final String ROWS = "rows";
    /** A check of the model the database has one pull cannot read in place of (its inDatabase is null). */
    public static final String UNREAD = "unread";

    public Change(Kind kind, Scope scope, String table, String object, String inModel, String inDatabase) {
        this(kind, scope, table, object, null, inModel, inDatabase);
    }

    public enum Kind {
        /** The model has it, the database does not. */
        ONLY_IN_MODEL("+"),
        /** The database has it, the model does not. */
        ONLY_IN_DATABASE("-"),
        /** Both have it, differently. */
        DIFFERENT("~");

        private final String sign;

        Kind(String sign) { this.sign = sign; }

        public String sign() { return sign; }
    }

    public enum Scope { TABLE, COLUMN, COLUMN_ORDER, PRIMARY_KEY, FOREIGN_KEY, UNIQUE, INDEX, CHECK, ENUM, COMMENT }

    /**
     * A column default as SQL would write it, for messages: {@code 'text'} (by the dialect's one
     * string-literal rule, {@code Sql.string}), {@code 1.5}, {@code now()}, {@code none}.
     */
    public static String defaultText(dev.schemac.catalog.ColumnDefault d, dev.schemac.model.Dialect dialect) {
        if (d == null) return "none";
        if (d instanceof dev.schemac.catalog.ColumnDefault.Number n) return n.value().stripTrailingZeros().toPlainString();
        if (d instanceof dev.schemac.catalog.ColumnDefault.Text t) return dev.schemac.render.sql.Sql.string(dialect, t.value());
        if (d instanceof dev.schemac.catalog.ColumnDefault.Bool b) return String.valueOf(b.value());
        if (d instanceof dev.schemac.catalog.ColumnDefault.EnumValue e) return dev.schemac.render.sql.Sql.string(dialect, e.value());
        if (d instanceof dev.schemac.catalog.ColumnDefault.Now) return "now()";
        return "uuid()";
    }

    /**
     * A foreign key as a change shows it: {@code [customer_id] -> customers[id] ON DELETE CASCADE ON UPDATE NO ACTION};
     * the actions are the engine's words. A key the engine keeps no name for is known by this text.
     */
    public static String foreignKeyText(java.util.List<String> columns, String table, java.util.List<String> referenced,
                                        String onDelete, String onUpdate) {
        return columns + " -> " + table + referenced + " ON DELETE " + onDelete + " ON UPDATE " + onUpdate;
    }

    /** SQLite's constraints may have no name: such a one is "an unnamed check", never "check null". */
    private String named(String kind) {
        return object == null ? "an unnamed " + kind : kind + " " + Leftover.quoted(object);
    }

    /**
     * One line for people: {@code ~ column `orders.total` type: `numeric(12,2)` in the database, `numeric(10,2)` in the model}.
     * Each name, and each side's value (a type, a default, a key's columns, a check's terms), is quoted by
     * {@link Leftover#quoted}, the one path of pull's messages, which SC975 repeats.
     */
    public String describe() {
        String on = table == null ? null : Leftover.quoted(table);
        String what = switch (scope) {
            case TABLE -> "table " + on;
            case COLUMN -> "column " + Leftover.quoted(table + "." + object) + (aspect == null ? "" : " " + aspect);
            case COLUMN_ORDER -> "column order of " + on;
            case PRIMARY_KEY -> "primary key of " + on;
            case FOREIGN_KEY -> named("foreign key") + " on " + on;
            case UNIQUE -> named("unique") + " on " + on;
            case INDEX -> named("index") + " on " + on;
            case CHECK -> named("check") + " on " + on;
            case ENUM -> "enum type " + Leftover.quoted(object);
            case COMMENT -> "comment of " + Leftover.quoted(object == null ? table : table + "." + object);
        };
        if (ROWS.equals(aspect)) {
            return kind.sign() + " " + what + ": " + rows(inDatabase) + " in the database, " + rows(inModel) + " in the model";
        }
        if (UNREAD.equals(aspect)) {
            return kind.sign() + " " + what + ": a check pull cannot read in the database, " + value(inModel) + " in the model";
        }
        return switch (kind) {
            case ONLY_IN_MODEL -> kind.sign() + " " + what + ": only in the model" + (inModel == null ? "" : " (" + value(inModel) + ")");
            case ONLY_IN_DATABASE -> kind.sign() + " " + what + ": only in the database" + (inDatabase == null ? "" : " (" + value(inDatabase) + ")");
            case DIFFERENT -> kind.sign() + " " + what + ": " + value(inDatabase) + " in the database, " + value(inModel) + " in the model";
        };
    }

    private static String value(String v) {
        return Leftover.quoted(String.valueOf(v));
    }

    private static String rows(String filter) {
        return filter == null ? "over every row" : "over the live rows (" + Leftover.quoted(filter) + ", as on every entity with a "
                + "nullable " + Leftover.quoted(dev.schemac.model.Entity.SOFT_DELETE_FIELD) + ")";
    }
}
