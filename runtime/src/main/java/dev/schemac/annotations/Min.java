package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @min(n)}: a numeric field is at least {@code n}. The bound reaches the model
 * exactly as written, as a {@code .schema} literal would: {@code @Min(0.50)} is
 * {@code @min(0.50)} and {@code @Min(1e3)} is {@code @min(1e3)}, read from the source.
 * A number a Java {@code double} cannot hold ({@code 9007199254740993L}, {@code 0.1f}) is
 * kept as written too, with a warning, since the class file holds the double: write it
 * as text instead, {@code @Min(exact = "9007199254740993")}, which the class file keeps.
 * Give {@code value} or {@code exact}, not both.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Min {

    /** The smallest allowed value, as a Java number; {@code NaN} (the default) when {@code exact} gives it. */
    double value() default Double.NaN;

    /** The smallest allowed value as a decimal literal ({@code "0.50"}, {@code "-3"}, {@code "1e3"}), kept exactly. */
    String exact() default "";

    /**
     * The constraint's name, where the database chose another than the derived one
     * ({@code name = "..."} in the language); empty: the derived name.
     */
    String name() default "";
}
