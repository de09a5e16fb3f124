package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @ttl("30d")} on a datetime field: a row expires that long after the field's time (a
 * TTL index in MongoDB, the key's expiry in Redis). The duration is numbers with units,
 * largest first: {@code "90s"}, {@code "15m"}, {@code "1h30m"}, {@code "7d"}, {@code "2w"}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Ttl {

    /** The duration, e.g. {@code "30d"}. */
    String value();
}
