package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @min(n)}: a numeric field is at least {@code n}. A whole {@code n} is written
 * without a fraction ({@code @Min(0)} is {@code @min(0)}); use {@link Check} for exact
 * decimal bounds such as {@code ">= 0.01"}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Min {

    /** The smallest allowed value. */
    double value();
}
