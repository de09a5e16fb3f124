package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint. On a field: {@code @unique}. On the class (repeatable):
 * {@code @@unique(a, b, name = "...")} over the named fields, in order; relation fields
 * stand for their foreign key columns.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Unique.List.class)
public @interface Unique {

    /** On the class only: the fields (Java or schema names). */
    String[] value() default {};

    /** On the class only: {@code name = "..."}, instead of the derived name. */
    String name() default "";

    /** Holds repeated {@link Unique} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
    @interface List {
        /** The repeated annotations. */
        Unique[] value();
    }
}
