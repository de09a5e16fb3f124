package dev.schemac.pull.compare;

/**
 * One difference between a model and a live database: {@code object} is the column,
 * constraint or index (null for the table itself), {@code aspect} what differs about a
 * column (type, nullability, default, autoincrement, @updated; null otherwise), and
 * {@code inModel} and {@code inDatabase} what each side has (null where it has nothing).
 */
public record Change(Kind kind, Scope scope, String table, String object, String aspect, String inModel, String inDatabase) {

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
        return object == null ? "an unnamed " + kind : kind + " " + object;
    }

    /** One line for people: {@code ~ column orders.total type: numeric(12,2) in the database, numeric(10,2) in the model}. */
    public String describe() {
        String what = switch (scope) {
            case TABLE -> "table " + table;
            case COLUMN -> "column " + table + "." + object + (aspect == null ? "" : " " + aspect);
            case COLUMN_ORDER -> "column order of " + table;
            case PRIMARY_KEY -> "primary key of " + table;
            case FOREIGN_KEY -> named("foreign key") + " on " + table;
            case UNIQUE -> named("unique") + " on " + table;
            case INDEX -> named("index") + " on " + table;
            case CHECK -> named("check") + " on " + table;
            case ENUM -> "enum type " + object;
            case COMMENT -> "comment of " + (object == null ? table : table + "." + object);
        };
        return switch (kind) {
            case ONLY_IN_MODEL -> kind.sign() + " " + what + ": only in the model" + (inModel == null ? "" : " (" + inModel + ")");
            case ONLY_IN_DATABASE -> kind.sign() + " " + what + ": only in the database" + (inDatabase == null ? "" : " (" + inDatabase + ")");
            case DIFFERENT -> kind.sign() + " " + what + ": " + inDatabase + " in the database, " + inModel + " in the model";
        };
    }
}
