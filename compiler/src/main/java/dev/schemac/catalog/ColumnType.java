package dev.schemac.catalog;

import dev.schemac.model.ScalarKind;
import java.util.Objects;

/**
 * The logical type of a column; dialect spellings come from {@code dev.schemac.types.TypeTable}.
 * {@code enumName} is set for enum columns (kind is then null). {@code mysqlText} is null but on
 * an unbounded text column of a history whose MySQL or MariaDB database holds another text type
 * than the model's (a history of an earlier release, an adopted database): only the history
 * knows it, and a migration widens it to the model's.
 */
public record ColumnType(ScalarKind kind, Integer length, Integer precision, Integer scale, String enumName,
                         MysqlText mysqlText) {

    public ColumnType(ScalarKind kind, Integer length, Integer precision, Integer scale, String enumName) {
        this(kind, length, precision, scale, enumName, null);
    }

    public static ColumnType ofEnum(String name) { return new ColumnType(null, null, null, null, name); }

    /** Whether a column of this type is unbounded text: {@code text}, or a {@code string} without a length. */
    public boolean unboundedText() {
        return kind == ScalarKind.TEXT || kind == ScalarKind.STRING && length == null;
    }

    /** This type as MySQL and MariaDB hold it in a database of {@code held} (null: the model's). */
    public ColumnType heldOnMysqlAs(MysqlText held) {
        return new ColumnType(kind, length, precision, scale, enumName, held);
    }

    /** The type the model means, whatever text type a MySQL database holds it in. */
    public ColumnType logical() {
        return mysqlText == null ? this : heldOnMysqlAs(null);
    }

    /** Whether the two are the same type of the model, held alike or not on MySQL and MariaDB. */
    public boolean sameLogical(ColumnType other) {
        return other != null && logical().equals(other.logical());
    }

    public boolean isEnum() { return enumName != null; }

    /**
     * Whether a value of {@code from} may be longer than this bounded text type holds: the one
     * judgement of a string made shorter, which the migration converts through text (so every
     * engine that checks lengths refuses such a value rather than cut it) and the documents describe.
     */
    public boolean mayNotHoldTextOf(ColumnType from) {
        if (isEnum() || kind == null || !kind.isText() || length == null) return false;
        return from.isEnum() || from.kind() == null || !from.kind().isText() || from.length() == null || from.length() > length;
    }

    // Written out for the reason Span's are: a cold check links no record method.
    @Override public boolean equals(Object o) {
        return o instanceof ColumnType that && Objects.equals(kind, that.kind) &&
                Objects.equals(length, that.length) && Objects.equals(precision, that.precision) &&
                Objects.equals(scale, that.scale) && Objects.equals(enumName, that.enumName) && mysqlText == that.mysqlText;
    }

    @Override public int hashCode() {
        return Objects.hash(kind, length, precision, scale, enumName, mysqlText);
    }

    @Override public String toString() {
        return "ColumnType[kind=" + kind + ", length=" + length + ", precision=" + precision + ", scale=" + scale
                + ", enumName=" + enumName + (mysqlText == null ? "" : ", mysqlText=" + mysqlText) + "]";
    }
}
