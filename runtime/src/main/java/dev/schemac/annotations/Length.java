package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @length(min, max)}: bounds on the character length of a text field. Give
 * {@code min}, {@code max} or both; an element left out is no bound
 * ({@code @Length(max = 80)} is {@code @length(max = 80)}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Length {

    /** The shortest allowed length. */
    int min() default -1;

    /** The longest allowed length. */
    int max() default -1;

    /**
     * The constraint's name, where the database chose another than the derived one
     * ({@code name = "..."} in the language); empty: the derived name.
     */
    String name() default "";
}
