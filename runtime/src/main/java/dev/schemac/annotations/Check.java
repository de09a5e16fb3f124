package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A CHECK constraint, written in the {@code .schema} syntax. On a field:
 * {@code @Check(">= 0")} is {@code @check(>= 0)}, an operator ({@code > >= < <= = !=})
 * and a literal. On the class: {@code @Check("startsAt <= endsAt")} is
 * {@code @@check(starts_at <= ends_at)}, two fields and an operator. Repeatable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Check.List.class)
public @interface Check {

    /** The comparison. */
    String value();

    /** Holds repeated {@link Check} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
    @interface List {
        /** The repeated annotations. */
        Check[] value();
    }
}
