package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resolved entity. {@code fields} are in output order: implicit key, declared fields,
 * mixin fields, implicit timestamps. {@code primaryKey} names fields (relation fields
 * included); {@code tableName} is the explicit {@code @@map} or null, and {@code tableNameSpan}
 * where it is written (an annotation's value in annotated Java, which has no text to find it in); {@code primaryKeyName}
 * the explicit {@code @id(name = ...)} / {@code @@id(..., name = ...)} or null; {@code renamedFrom} is the
 * entity's name in the last migration when the model says it was renamed, else null.
 * {@code lookup} is derived from the fields, so that callers asking for a field by name do
 * not scan them. {@code nameSpan} is where the name is written, for what is named after it (a
 * Java source's file name).
 */
public record Entity(Span span, String name, Span nameSpan, String doc, List<String> mixins, List<Field> fields,
                     List<String> primaryKey, List<IndexSpec> indexes, List<IndexSpec> uniques,
                     List<EntityCheck> checks, List<Dependency> dependencies, List<Denormalization> denormalized,
                     Volume volume, List<AccessPattern> queries, String tableName, Span tableNameSpan, boolean timestamps,
                     String primaryKeyName, EntityStore store, RenamedFrom renamedFrom, Lookup lookup) {

    public Entity {
        mixins = List.copyOf(mixins);
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        dependencies = List.copyOf(dependencies);
        denormalized = List.copyOf(denormalized);
        queries = List.copyOf(queries);
        if (store == null) store = EntityStore.NONE;
        if (nameSpan == null) nameSpan = span;
        lookup = Lookup.of(fields);
    }

    /**
     * An entity that says nothing but its place and name: no doc, mixins, fields, key,
     * constraints, checks, dependencies, volume, queries, table name or store hints, and
     * timestamps off, until the builder says so.
     */
    public static Builder builder(Span span, String name) {
        return new Builder(span, name);
    }

    /** A builder holding every fact of this entity, to change some of them. */
    public Builder toBuilder() {
        var b = new Builder(span, name);
        b.nameSpan = nameSpan;
        b.doc = doc;
        b.mixins = mixins;
        b.fields = fields;
        b.primaryKey = primaryKey;
        b.indexes = indexes;
        b.uniques = uniques;
        b.checks = checks;
        b.dependencies = dependencies;
        b.denormalized = denormalized;
        b.volume = volume;
        b.queries = queries;
        b.tableName = tableName;
        b.tableNameSpan = tableNameSpan;
        b.timestamps = timestamps;
        b.primaryKeyName = primaryKeyName;
        b.store = store;
        b.renamedFrom = renamedFrom;
        return b;
    }

    /** The field whose value marks a row deleted while it stays in the table. */
    public static final String SOFT_DELETE_FIELD = "deleted_at";

    /**
     * The soft-delete marker: a stored, optional {@value #SOFT_DELETE_FIELD} field. Its rows with
     * the field NULL are the live ones; an entity without it deletes rows for real.
     */
    public Optional<Field> softDelete() {
        return field(SOFT_DELETE_FIELD).filter(f -> f.isStored() && f.nullable() && f.relation() == null);
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(lookup.byName.get(name));
    }

    public Field requireField(String name) {
        return field(name).orElseThrow(() -> new IllegalArgumentException(this.name + " has no field " + name));
    }

    /** Fields that are stored in this entity's table: scalars, enums and to-one relations holding a key. */
    public List<Field> storedFields() {
        return lookup.stored;
    }

    public List<Field> relationFields() {
        return lookup.relations;
    }

    /** Fields by name (the first of a name), the stored fields and the relation fields: always derived, never passed in. */
    public static final class Lookup {
        private final Map<String, Field> byName = new HashMap<>();
        private final List<Field> stored;
        private final List<Field> relations;

        private Lookup(List<Field> fields) {
            var s = new ArrayList<Field>();
            var r = new ArrayList<Field>();
            for (Field f : fields) {
                byName.putIfAbsent(f.name(), f);
                if (f.isStored()) s.add(f);
                if (f.relation() != null) r.add(f);
            }
            stored = List.copyOf(s);
            relations = List.copyOf(r);
        }

        static Lookup of(List<Field> fields) {
            return new Lookup(fields);
        }

        // Derived state: two lookups of equal entities are equal, so the entity's equality is its content's.
        @Override public boolean equals(Object o) { return o instanceof Lookup; }

        @Override public int hashCode() { return 0; }
    }

    /** Collects an entity's facts one named setter at a time; {@link #build} makes the immutable record. */
    public static final class Builder {
        private final Span span;
        private Span nameSpan;
        private final String name;
        private String doc;
        private List<String> mixins = List.of();
        private List<Field> fields = List.of();
        private List<String> primaryKey = List.of();
        private List<IndexSpec> indexes = List.of();
        private List<IndexSpec> uniques = List.of();
        private List<EntityCheck> checks = List.of();
        private List<Dependency> dependencies = List.of();
        private List<Denormalization> denormalized = List.of();
        private Volume volume;
        private List<AccessPattern> queries = List.of();
        private String tableName;
        private Span tableNameSpan;
        private boolean timestamps;
        private String primaryKeyName;
        private EntityStore store = EntityStore.NONE;
        private RenamedFrom renamedFrom;

        private Builder(Span span, String name) {
            this.span = span;
            this.name = name;
        }

        /** The doc comment, or null. */
        public Builder doc(String v) { doc = v; return this; }

        /** The mixins used, in the order listed. */
        public Builder mixins(List<String> v) { mixins = v; return this; }

        /** In output order: implicit key, declared fields, mixin fields, implicit timestamps. */
        public Builder fields(List<Field> v) { fields = v; return this; }

        /** The key's field names. */
        public Builder primaryKey(List<String> v) { primaryKey = v; return this; }

        /** {@code @@index}. */
        public Builder indexes(List<IndexSpec> v) { indexes = v; return this; }

        /** {@code @@unique}. */
        public Builder uniques(List<IndexSpec> v) { uniques = v; return this; }

        /** {@code @@check}. */
        public Builder checks(List<EntityCheck> v) { checks = v; return this; }

        /** {@code @@depends}. */
        public Builder dependencies(List<Dependency> v) { dependencies = v; return this; }

        /** {@code @@denormalized}. */
        public Builder denormalized(List<Denormalization> v) { denormalized = v; return this; }

        /** {@code @@volume}, or null. */
        public Builder volume(Volume v) { volume = v; return this; }

        /** {@code @@query}. */
        public Builder queries(List<AccessPattern> v) { queries = v; return this; }

        /** The explicit table name ({@code @@map}), or null. */
        public Builder tableName(String v) { tableName = v; return this; }

        public Builder tableNameSpan(Span v) { tableNameSpan = v; return this; }

        /** Whether the entity has the implicit {@code created_at} / {@code updated_at}. */
        public Builder timestamps(boolean v) { timestamps = v; return this; }

        /** The explicit primary key name, or null. */
        public Builder primaryKeyName(String v) { primaryKeyName = v; return this; }

        public Builder store(EntityStore v) { store = v; return this; }

        public Builder renamedFrom(RenamedFrom v) { renamedFrom = v; return this; }

        /** Where the name is written (what a diagnostic about a file named after it points at); the declaration's span when unset. */
        public Builder nameSpan(Span v) { nameSpan = v; return this; }

        public Entity build() {
            return new Entity(span, name, nameSpan, doc, mixins, fields, primaryKey, indexes, uniques, checks, dependencies,
                    denormalized, volume, queries, tableName, tableNameSpan, timestamps, primaryKeyName, store, renamedFrom, null);
        }
    }
}
