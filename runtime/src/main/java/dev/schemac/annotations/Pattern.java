package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** {@code @pattern("regex")}: the whole text value matches the regular expression. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Pattern {

    /** The regular expression (Java syntax, as in the {@code .schema} language). */
    String value();

    /**
     * The constraint's name, where the database chose another than the derived one
     * ({@code name = "..."} in the language); empty: the derived name.
     */
    String name() default "";
}
