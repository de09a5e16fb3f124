package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @@volume(rows = N, growth = "...")}: the expected size of the table, an
 * assumption the design document and index advice build on.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Volume {

    /** Expected number of rows. */
    long rows();

    /** Expected growth, in words, e.g. {@code "20%/month"}. */
    String growth() default "";
}
