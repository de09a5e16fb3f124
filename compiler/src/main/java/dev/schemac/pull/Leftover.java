package dev.schemac.pull;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.text.PlainText;

/**
 * Something in the database a model cannot say (or cannot say exactly): it is kept as a
 * comment where it belongs in the pulled model and reported with its code, never dropped
 * silently. {@code table} and {@code column} place it (either may be null);
 * {@code definition} is the object as the database reports it, {@code reason} why it is
 * not in the model as it is. {@code shape}: what a unique, index or foreign key is made of where
 * {@code definition} is text for people rather than the engine's own SQL (null otherwise), so
 * SQL that makes it again is written from names, never from that text.
 */
public record Leftover(Kind kind, String table, String column, String name, String definition, String reason, Shape shape) {
    public Leftover(Kind kind, String table, String column, String name, String definition, String reason) {
        this(kind, table, column, name, definition, reason, null);
    }

    /** What a left-out key is made of, by name ({@link Leftover#shape}). */
    public sealed interface Shape {
        /** A unique (constraint or index) or a plain index on columns. */
        record Key(boolean unique, java.util.List<KeyColumn> columns) implements Shape {
            /** Plain columns: each as the column compares, ascending. */
            public static Key of(boolean unique, java.util.List<String> columns) {
                return new Key(unique, columns.stream().map(c -> new KeyColumn(c, null, false)).toList());
            }
        }

        /** A column of a key: {@code collation} where it is not the column's own (else null), {@code descending}. */
        record KeyColumn(String name, String collation, boolean descending) {}

        /**
         * A foreign key; {@code onDelete} and {@code onUpdate} are the engine's action words
         * ({@code SET DEFAULT}), {@code deferred}: checked at commit; {@code mismatched}: SQLite cannot check it, as the
         * columns it references are no key of their table or there is no such table.
         */
        record Reference(java.util.List<String> columns, String table, java.util.List<String> referencedColumns,
                         String onDelete, String onUpdate, boolean deferred, boolean mismatched) implements Shape {}

        /** A column as SQLite's CREATE TABLE declares it ({@code sql}, name first), which holds values of its own. */
        record Declared(String sql) implements Shape {}

        /**
         * A PostgreSQL generated column and what the database has on it besides its definition ({@code held}: an index, a
         * constraint, a view, a trigger, its NOT NULL, its comment, privileges), which dropping the column would take.
         */
        record Generated(java.util.List<String> held) implements Shape {}

        /** The values the database generates for a column that cannot be {@code @auto} ({@link Leftover#NOT_AUTO}), and how. */
        record NotAuto(LiveSchema.Generation how) implements Shape {}

        /**
         * A note about the values the database generates for a column otherwise than generate's identity would: {@code how}
         * (an identity GENERATED ALWAYS), or a sequence that starts at {@code start} and steps by {@code step} (null where
         * it is the identity's kind the note is about). It describes the identity generate makes, so it stands only where
         * the column stays {@code @auto}.
         */
        record Generates(LiveSchema.Generation how, Long start, Long step) implements Shape {}
    }

    /** Why a table without a primary key is not pulled; its help says to add one. */
    public static final String NO_PRIMARY_KEY = "it has no primary key, and every entity has one";
    /** Why a table whose key has a column of no schemac type is not pulled. */
    public static final String UNTYPED_KEY = "its primary key has a column schemac cannot type";

    /**
     * Why the values the database generates for a column (an identity, a serial, AUTO_INCREMENT; the definition says which,
     * in the engine's words) are not pulled: the column is no single integer primary key. A {@link Kind#DEFAULT}, as the
     * field has no default instead.
     */
    public static final String NOT_AUTO = "only a single integer primary key can be @auto";

    /** Whether this is a column's generated values the model leaves out ({@link Shape.NotAuto}). */
    public boolean notAuto() {
        return shape instanceof Shape.NotAuto;
    }

    /** Why a generated (computed) column is not pulled. */
    public static final String COMPUTED = "a generated column; models have none";

    /**
     * {@link #COMPUTED} on PostgreSQL, and what it means for the migrations of the model: the column stays in the database
     * (a history adopted with {@code migrate --from-url} carries it, {@code KeptSql#generated}), and PostgreSQL refuses to drop a column it reads or
     * to change that column's type while it stands, so a migration of the model that does fails there, unless its history
     * carries the column: then {@code migrate} refuses the drop, and drops the column and makes it again around a change
     * of type it can make so ({@code GeneratedThrough}).
     */
    public static final String COMPUTED_POSTGRES = COMPUTED + ", and PostgreSQL refuses to drop a column it reads or change that "
            + "column's type while it stands (a migration that does fails; a history adopted with `migrate --from-url` carries "
            + "the column: `migrate` refuses such a drop, SC573, and makes a change of type within the column's kind of value "
            + "by dropping the generated column and making it again, where nothing else is on it)";

    /** {@link #COMPUTED_POSTGRES} on MySQL and MariaDB, which refuse to drop a column it reads but take a change of its type. */
    public static final String COMPUTED_MYSQL = COMPUTED + ", and MySQL and MariaDB refuse to drop a column it reads while it "
            + "stands (a migration that does fails; a history adopted with `migrate --from-url` carries the column, and `migrate` "
            + "refuses such a migration, SC573)";

    /** Whether this is a generated column the model leaves out ({@link #COMPUTED}). */
    public boolean computedColumn() {
        return kind == Kind.COLUMN && reason != null && reason.startsWith(COMPUTED);
    }

    /** Whether this is a note about the values the database generates for its column ({@link Shape.Generates}). */
    public boolean aboutGeneration() {
        return shape instanceof Shape.Generates;
    }

    /** What was left, each with its diagnostic code (see {@link PullCode}). */
    public enum Kind {
        /** A table the model cannot hold (no primary key, an unusable name). */
        TABLE(PullCode.TABLE_NOT_PULLED),
        /** A column whose type has no schemac type. */
        COLUMN(PullCode.UNSUPPORTED_TYPE),
        /** A column whose type maps to a schemac type that is spelled differently on this engine. */
        TYPE(PullCode.TYPE_CHANGES),
        /** A default expression the language has no literal for. */
        DEFAULT(PullCode.DEFAULT_NOT_PULLED),
        /** A check the language cannot express. */
        CHECK(PullCode.CHECK_NOT_PULLED),
        /** An index the language cannot express (partial, on expressions, another method, a prefix). */
        INDEX(PullCode.INDEX_NOT_PULLED),
        /** A foreign key that cannot be a relation field. */
        FOREIGN_KEY(PullCode.FOREIGN_KEY_NOT_PULLED),
        /** A trigger, routine or other program object. */
        TRIGGER(PullCode.TRIGGER_NOT_PULLED),
        /** A view, sequence, domain or other object outside the tables. */
        OBJECT(PullCode.OBJECT_NOT_PULLED),
        /** A name the model must write differently (a duplicate, an over-long or unusable one). */
        NAME(PullCode.NAME_CHANGES),
        /** What generate would build differently from the database (found by comparing them). */
        DIFFERENCE(PullCode.MODEL_DIFFERS),
        /** A column not named deleted_at read as the soft-delete marker, which every unique is filtered on. */
        MARKER(PullCode.READ_AS_MARKER),
        /** Something the engine does not report, read as the one thing it can be. */
        GUESSED(PullCode.GUESSED);

        private final PullCode code;

        Kind(PullCode code) { this.code = code; }

        public PullCode code() { return code; }
    }

    /** Where it is, for messages: {@code table.column}, {@code table} or the object's name. */
    public String where() {
        if (table == null) return shown(name);
        return column == null ? shown(table) : shown(table) + "." + shown(column);
    }

    /**
     * A database's name or definition as pull's messages and the pulled model's {@code //}
     * comments show it: one line of text a person reads, never parsed back, so by the one rule
     * for text from outside on one line, {@link PlainText#visible} (a line feed as
     * {@code \\u000A}, as the terminal shows it). Null stays null.
     */
    public static String shown(String name) {
        return name == null ? null : PlainText.visible(name);
    }

    /**
     * A database's name quoted in pull's messages and reasons: {@link #shown}, then a code span
     * by {@link Quoted#name}, never backticks written by hand, which a name holding one would end.
     */
    public static String quoted(String name) {
        return Quoted.name(shown(name));
    }
}
