package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @@query("...", where: [...], order: [...])}: an access pattern the schema must
 * serve; it goes into the design document and its index advice. With {@link #where} and
 * {@link #order} the compiler decides which index serves it (and warns when none does);
 * with the words alone it cannot. Repeatable.
 *
 * <pre>{@code @Query(value = "posts of an author, newest first", where = "author", order = "publishedAt desc")}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Query.List.class)
public @interface Query {

    /** The access pattern, in words. */
    String value();

    /** The fields the query compares for equality (a relation field stands for its key columns). */
    String[] where() default {};

    /** The fields it sorts by, in order, each optionally followed by {@code asc} or {@code desc}: {@code "publishedAt desc"}. */
    String[] order() default {};

    /** Holds repeated {@link Query} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations. */
        Query[] value();
    }
}
