package dev.schemac.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @embed} on a relation field: in a document store the related rows are stored inside
 * this entity's documents instead of being referenced. Only for rows that belong to one
 * document each (a list or one-to-one whose other entity has no other parent).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Embed {}
