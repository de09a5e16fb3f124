package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;

/**
 * A resolved field. {@code relation} is set for entity-typed fields (to-one, back sides and
 * many-to-many), null for scalars and enums. {@code columnName} is the explicit
 * {@code @map} or null: final names are decided in the Catalog.
 */
public record Field(Span span, String name, String doc, FieldType type, boolean nullable, DefaultValue defaultValue,
                    boolean id, boolean auto, boolean unique, boolean indexed, String columnName,
                    List<FieldCheck> checks, boolean pii, boolean secret, boolean updatedAt, Origin origin,
                    String mixin, Relation relation, FieldStore store) {

    public Field {
        checks = List.copyOf(checks);
        if (store == null) store = FieldStore.NONE;
    }

    /** A field that says nothing about document or key-value stores. */
    public Field(Span span, String name, String doc, FieldType type, boolean nullable, DefaultValue defaultValue,
                 boolean id, boolean auto, boolean unique, boolean indexed, String columnName,
                 List<FieldCheck> checks, boolean pii, boolean secret, boolean updatedAt, Origin origin,
                 String mixin, Relation relation) {
        this(span, name, doc, type, nullable, defaultValue, id, auto, unique, indexed, columnName, checks, pii, secret,
                updatedAt, origin, mixin, relation, FieldStore.NONE);
    }

    /** Has columns in its entity's table (scalars, enums, and the to-one side of a relation). */
    public boolean isStored() {
        return relation == null || relation.kind().holdsForeignKey();
    }

    public boolean isList() {
        return type instanceof FieldType.EntityRef r && r.list();
    }

    public Field withStore(FieldStore s) {
        return new Field(span, name, doc, type, nullable, defaultValue, id, auto, unique, indexed, columnName, checks,
                pii, secret, updatedAt, origin, mixin, relation, s);
    }

    public Field withRelation(Relation r) {
        return new Field(span, name, doc, type, nullable, defaultValue, id, auto, unique, indexed, columnName, checks,
                pii, secret, updatedAt, origin, mixin, r, store);
    }
}
