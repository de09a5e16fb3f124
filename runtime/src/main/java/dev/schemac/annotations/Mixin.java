package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code mixin NAME { ... }}: a reusable group of fields and entity attributes. Either an
 * (abstract) superclass, whose instance fields are the mixin's fields, or an interface,
 * whose abstract accessors ({@code deletedAt()} or {@code getDeletedAt()}) are; a record
 * or class implementing such an interface declares the matching component or field, which
 * then belongs to the mixin rather than to the entity.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Mixin {

    /** The mixin's name in the model; the type's simple name when left out. */
    String name() default "";
}
