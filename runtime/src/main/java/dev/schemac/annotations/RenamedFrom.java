package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @renamed_from("old")} on a field, {@code @@renamed_from("Old")} on an entity: what
 * the last migration called it, so {@code schemac migrate} renames the column or table
 * instead of dropping it and adding a new one. Remove it once the migration is written.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface RenamedFrom {

    /** The old schema name of the field or entity. */
    String value();
}
