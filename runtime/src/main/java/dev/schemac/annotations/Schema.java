package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema header: {@code schema NAME { key = value ... }}. Put it on a
 * {@code package-info.java} (or on any one class) of the model; a compilation has at most
 * one. Only the elements written here become settings, so anything left out takes the
 * language's default, exactly as a setting left out of a {@code .schema} header does.
 * The Javadoc of the annotated package or class is the schema's doc comment.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface Schema {

    /** {@code schema NAME}: the schema's name. */
    String name();

    /** {@code title = "..."}: the title of the design documents. */
    String title() default "";

    /** {@code feature = "..."}: the feature ID the decision record is filed under. */
    String feature() default "";

    /** {@code dialect = ...}: the primary database. */
    Dialect dialect() default Dialect.SQLITE;

    /** {@code ids = ...}: the implicit primary key of entities without {@link Id}. */
    Ids ids() default Ids.AUTOINCREMENT;

    /** {@code timestamps = ...}: {@code created_at} and {@code updated_at} on every entity. */
    boolean timestamps() default true;

    /** {@code naming = ...}: how table names are derived from entity names. */
    Naming naming() default Naming.SNAKE_PLURAL;

    /** {@code strict = ...}: naming and design warnings become errors. */
    boolean strict() default false;

    /** {@code severity = [...]}: rule codes mapped to a severity, e.g. {@code "SC601=off"}. */
    String[] severity() default {};

    /**
     * The model's declarations in order, as a {@code .schema} file lists them: entity
     * classes, enums and mixins. Listed types come first, in this order; every other
     * entity of the compilation follows, sorted by qualified name. Enums and mixins that
     * are not listed are declared where first used. The order decides the order of tables
     * and documents wherever references do not.
     */
    Class<?>[] types() default {};

    /** The {@code dialect} setting. */
    enum Dialect { SQLITE, POSTGRES, MYSQL }

    /** The {@code ids} setting. */
    enum Ids { AUTOINCREMENT, UUID }

    /** The {@code naming} setting. */
    enum Naming { SNAKE_PLURAL, SNAKE, PRESERVE }
}
