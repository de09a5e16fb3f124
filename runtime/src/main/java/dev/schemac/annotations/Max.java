package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @max(n)}: a numeric field is at most {@code n}. A whole {@code n} is written
 * without a fraction; use {@link Check} for exact decimal bounds.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Max {

    /** The largest allowed value. */
    double value();
}
