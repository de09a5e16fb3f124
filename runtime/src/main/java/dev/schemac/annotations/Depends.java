package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @@depends(a, b -> c, d)}: a declared functional dependency, for the normal-form
 * checks: the values of {@code from} determine the values of {@code to}. Repeatable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Depends.List.class)
public @interface Depends {

    /** The determining fields (Java or schema names). */
    String[] from();

    /** The determined fields. */
    String[] to();

    /** Holds repeated {@link Depends} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations. */
        Depends[] value();
    }
}
