package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a field is named and stored. {@code field} is the field's name in the model, for names
 * a Java field cannot have ({@code class}, {@code address_line_2}); {@code name} is
 * {@code @map("column")}, the column's name only; {@code length},
 * {@code precision} and {@code scale} are the logical type's arguments
 * ({@code String} with a length is {@code string(n)}, {@code BigDecimal} needs
 * {@code decimal(precision, scale)}); {@code type} picks another logical type for a
 * {@code String}. Elements left out are not given. On an enum constant only {@code name}
 * applies: it is the stored value ({@code @map("...")} on an enum value).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Column {

    /** {@code @map("column")}: the column name, instead of the field's name. */
    String name() default "";

    /**
     * The field's name in the model, instead of the Java name in snake_case: every target
     * names the field so (the column too, unless {@code name} says otherwise). Annotations
     * that name fields may use it or the Java name.
     */
    String field() default "";

    /** The length of {@code string(n)} or {@code char(n)}. */
    int length() default -1;

    /** The precision of {@code decimal(p, s)}. */
    int precision() default -1;

    /** The scale of {@code decimal(p, s)}. */
    int scale() default -1;

    /** The logical type of a {@code String} field, when not the one its Java type implies. */
    Type type() default Type.DEFAULT;

    /** Logical types a {@code String} can hold. */
    enum Type {
        /** {@code string(n)} with a length, {@code text} without. */
        DEFAULT,
        /** {@code string(n)}, or unbounded {@code string} without a length. */
        STRING,
        /** {@code text}. */
        TEXT,
        /** {@code char(n)}: fixed length; needs a length. */
        CHAR,
        /** {@code json}. */
        JSON
    }
}
