package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @@cache(ttl = "15m", key = "session:{token}")}: the entity's rows are cached in a
 * key-value store and expire {@code ttl} after each write; {@code key} (optional) is the key
 * pattern, with {@code {field}} placeholders.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Cache {

    /** How long a cached row lives, e.g. {@code "15m"}. */
    String ttl();

    /** The key pattern; empty: derived from the primary key. */
    String key() default "";
}
