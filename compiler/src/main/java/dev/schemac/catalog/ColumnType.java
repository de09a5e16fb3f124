package dev.schemac.catalog;

import dev.schemac.model.ScalarKind;

/**
 * The logical type of a column; dialect spellings come from {@code dev.schemac.types.TypeTable}.
 * {@code enumName} is set for enum columns (kind is then null).
 */
public record ColumnType(ScalarKind kind, Integer length, Integer precision, Integer scale, String enumName) {

    public static ColumnType ofEnum(String name) { return new ColumnType(null, null, null, null, name); }

    public boolean isEnum() { return enumName != null; }
}
