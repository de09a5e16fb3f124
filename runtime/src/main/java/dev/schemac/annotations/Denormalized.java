package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @@denormalized("reason")}: a normal-form finding that is intended; it becomes a
 * documented trade-off instead of a warning. Repeatable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Denormalized.List.class)
public @interface Denormalized {

    /** Why the redundancy is wanted. */
    String value();

    /** Holds repeated {@link Denormalized} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations. */
        Denormalized[] value();
    }
}
