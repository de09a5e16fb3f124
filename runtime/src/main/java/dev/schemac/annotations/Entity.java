package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code entity NAME { ... }}: a class or record whose fields (record components) are the
 * entity's fields. Superclasses and interfaces annotated {@link Mixin} are its
 * {@code with} clause. The class's Javadoc is the entity's doc comment.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {

    /** The entity's name in the model; the class's simple name when left out. */
    String name() default "";

    /** {@code @@map("table")}: the table name, instead of the derived one. */
    String table() default "";

    /** {@code @@timestamps(false)} when false: no implicit {@code created_at} / {@code updated_at}. */
    boolean timestamps() default true;
}
