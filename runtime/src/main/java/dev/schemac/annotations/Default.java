package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code = value}: the field's default. {@code value} is a {@code .schema} literal:
 * {@code "0"}, {@code "1.5"}, {@code "true"}, {@code "PENDING"} (an enum value),
 * {@code "now()"}, {@code "uuid()"} or a quoted string {@code "\"guest\""}; {@code text}
 * is a string default without the quoting ({@code @Default(text = "guest")}). Give one
 * of the two.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Default {

    /** The default as a {@code .schema} literal. */
    String value() default "";

    /** A string default, taken as it is. */
    String text() default "";
}
