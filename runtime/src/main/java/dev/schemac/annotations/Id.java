package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The primary key. On a field: {@code @id} (several fields marked {@code @Id} form a
 * composite key; a to-one relation field may be one of them). On the class:
 * {@code @@id(a, b)}, naming the key's fields. Without any, the entity gets the implicit
 * {@code id} of the schema's {@code ids} setting.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Id {

    /** On the class only: the key's fields, in order (Java or schema names). */
    String[] value() default {};

    /**
     * The constraint's name, where the database chose another than the derived one
     * ({@code name = "..."} in the language); empty: the derived name.
     */
    String name() default "";
}
