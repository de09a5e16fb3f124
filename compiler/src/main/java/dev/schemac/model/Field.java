package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;

/**
 * A resolved field. {@code relation} is set for entity-typed fields (to-one, back sides and
 * many-to-many), null for scalars and enums. {@code columnName} is the explicit
 * {@code @map} or null: final names are decided in the Catalog; {@code columnNameSpan} is where
 * that {@code @map} is written (null without one), so that what is said of the name points at it
 * in either front end, with no search of source text an annotated class does not have. {@code names} holds the
 * constraint names the field gives explicitly. {@code renamedFrom} is the
 * field's name in the last migration when the model says it was renamed, else null.
 *
 * <p>Built with {@link #builder}: a field says few of its many facts, and a builder names
 * each one it sets, where a positional call would make the reader count arguments.
 */
public record Field(Span span, String name, String doc, FieldType type, boolean nullable, DefaultValue defaultValue,
                    boolean id, boolean auto, boolean unique, boolean indexed, String columnName,
                    Span columnNameSpan, List<FieldCheck> checks, boolean pii, boolean secret, boolean updatedAt, Origin origin,
                    String mixin, Relation relation, ConstraintNames names, FieldStore store, RenamedFrom renamedFrom) {

    public Field {
        checks = List.copyOf(checks);
        if (names == null) names = ConstraintNames.NONE;
        if (store == null) store = FieldStore.NONE;
    }

    /**
     * A field that says nothing but its place, name and type: required, declared, without
     * default, key, constraint, check, marker, relation or store hint until the builder says so.
     */
    public static Builder builder(Span span, String name, FieldType type) {
        return new Builder(span, name, type);
    }

    /** A builder holding every fact of this field, to change some of them. */
    public Builder toBuilder() {
        var b = new Builder(span, name, type);
        b.doc = doc;
        b.nullable = nullable;
        b.defaultValue = defaultValue;
        b.id = id;
        b.auto = auto;
        b.unique = unique;
        b.indexed = indexed;
        b.columnName = columnName;
        b.columnNameSpan = columnNameSpan;
        b.checks = checks;
        b.pii = pii;
        b.secret = secret;
        b.updatedAt = updatedAt;
        b.origin = origin;
        b.mixin = mixin;
        b.relation = relation;
        b.names = names;
        b.store = store;
        b.renamedFrom = renamedFrom;
        return b;
    }

    /** Has columns in its entity's table (scalars, enums, and the to-one side of a relation). */
    public boolean isStored() {
        return relation == null || relation.kind().holdsForeignKey();
    }

    public boolean isList() {
        return type instanceof FieldType.EntityRef r && r.list();
    }

    /** Collects a field's facts one named setter at a time; {@link #build} makes the immutable record. */
    public static final class Builder {
        private final Span span;
        private final String name;
        private final FieldType type;
        private String doc;
        private boolean nullable;
        private DefaultValue defaultValue;
        private boolean id;
        private boolean auto;
        private boolean unique;
        private boolean indexed;
        private String columnName;
        private Span columnNameSpan;
        private List<FieldCheck> checks = List.of();
        private boolean pii;
        private boolean secret;
        private boolean updatedAt;
        private Origin origin = Origin.DECLARED;
        private String mixin;
        private Relation relation;
        private ConstraintNames names = ConstraintNames.NONE;
        private FieldStore store = FieldStore.NONE;
        private RenamedFrom renamedFrom;

        private Builder(Span span, String name, FieldType type) {
            this.span = span;
            this.name = name;
            this.type = type;
        }

        /** The doc comment, or null. */
        public Builder doc(String v) { doc = v; return this; }

        /** Optional ({@code Type?}). */
        public Builder nullable(boolean v) { nullable = v; return this; }

        /** The default, or null. */
        public Builder defaultValue(DefaultValue v) { defaultValue = v; return this; }

        /** Part of the primary key ({@code @id}). */
        public Builder id(boolean v) { id = v; return this; }

        /** Numbered by the database ({@code @auto}). */
        public Builder auto(boolean v) { auto = v; return this; }

        /** {@code @unique}. */
        public Builder unique(boolean v) { unique = v; return this; }

        /** {@code @index}. */
        public Builder indexed(boolean v) { indexed = v; return this; }

        /** The explicit column name ({@code @map}), or null. */
        public Builder columnName(String v) { columnName = v; return this; }

        /** Where the {@code @map} giving the column name is written, or null. */
        public Builder columnNameSpan(Span v) { columnNameSpan = v; return this; }

        public Builder checks(List<FieldCheck> v) { checks = v; return this; }

        /** Personal data ({@code @pii}). */
        public Builder pii(boolean v) { pii = v; return this; }

        /** {@code @secret}. */
        public Builder secret(boolean v) { secret = v; return this; }

        /** Set to the current time on every update ({@code @updated}). */
        public Builder updatedAt(boolean v) { updatedAt = v; return this; }

        public Builder origin(Origin v) { origin = v; return this; }

        /** The mixin the field comes from, or null. */
        public Builder mixin(String v) { mixin = v; return this; }

        /** Set by the relation pairing, once every entity's fields are known. */
        public Builder relation(Relation v) { relation = v; return this; }

        public Builder names(ConstraintNames v) { names = v; return this; }

        public Builder store(FieldStore v) { store = v; return this; }

        public Builder renamedFrom(RenamedFrom v) { renamedFrom = v; return this; }

        public Field build() {
            return new Field(span, name, doc, type, nullable, defaultValue, id, auto, unique, indexed, columnName, columnNameSpan, checks,
                    pii, secret, updatedAt, origin, mixin, relation, names, store, renamedFrom);
        }
    }
}
