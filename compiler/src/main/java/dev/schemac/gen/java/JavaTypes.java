package dev.schemac.gen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.schemac.catalog.ColumnType;
import dev.schemac.types.TypeTable;

/** The Java type of a column, from the one type table; enums are the generated enum types. */
final class JavaTypes {
    private JavaTypes() {}

    static TypeName of(ColumnType type, boolean nullable, String pkg, EnumNames enums) {
        TypeName t = type.isEnum() ? ClassName.get(pkg, enums.javaName(type.enumName())) : parse(TypeTable.java(type));
        return nullable ? t.box() : t;
    }

    /** Reads the table's spelling: a primitive, {@code byte[]}, {@code String} or a qualified name. */
    static TypeName parse(String spelling) {
        return switch (spelling) {
            case "boolean" -> TypeName.BOOLEAN;
            case "short" -> TypeName.SHORT;
            case "int" -> TypeName.INT;
            case "long" -> TypeName.LONG;
            case "float" -> TypeName.FLOAT;
            case "double" -> TypeName.DOUBLE;
            case "byte[]" -> ArrayTypeName.of(TypeName.BYTE);
            case "String" -> ClassName.get(String.class);
            default -> ClassName.bestGuess(spelling);
        };
    }

    /** The Java names of the model's enums, once assigned. */
    interface EnumNames {
        String javaName(String enumName);
    }
}
