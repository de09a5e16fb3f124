package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @relation("name")}: pairs the two sides of a relation by name; needed for self
 * relations and when two entities are related more than once.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Relation {

    /** The relation name; the same on both sides. Empty: none (only {@code map} is given). */
    String value() default "";

    /**
     * On the side that holds the foreign key: the foreign key constraint's name where the
     * database chose another than the derived one ({@code @relation(map = "...")}).
     */
    String map() default "";
}
