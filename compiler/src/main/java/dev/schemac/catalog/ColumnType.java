package dev.schemac.catalog;

import dev.schemac.model.ScalarKind;
import java.util.Objects;

/**
 * The logical type of a column; dialect spellings come from {@code dev.schemac.types.TypeTable}.
 * {@code enumName} is set for enum columns (kind is then null).
 */
public record ColumnType(ScalarKind kind, Integer length, Integer precision, Integer scale, String enumName) {

    public static ColumnType ofEnum(String name) { return new ColumnType(null, null, null, null, name); }

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
                Objects.equals(scale, that.scale) && Objects.equals(enumName, that.enumName);
    }

    @Override public int hashCode() {
        return Objects.hash(kind, length, precision, scale, enumName);
    }

    @Override public String toString() {
        return "ColumnType[kind=" + kind + ", length=" + length + ", precision=" + precision + ", scale=" + scale
                + ", enumName=" + enumName + "]";
    }
}
