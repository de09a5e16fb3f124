package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A resolved entity. {@code fields} are in output order: implicit key, declared fields,
 * mixin fields, implicit timestamps. {@code primaryKey} names fields (relation fields
 * included); {@code tableName} is the explicit {@code @@map} or null; {@code primaryKeyName}
 * the explicit {@code @id(name = ...)} / {@code @@id(..., name = ...)} or null; {@code renamedFrom} is the
 * entity's name in the last migration when the model says it was renamed, else null.
 */
public record Entity(Span span, String name, String doc, List<String> mixins, List<Field> fields,
                     List<String> primaryKey, List<IndexSpec> indexes, List<IndexSpec> uniques,
                     List<EntityCheck> checks, List<Dependency> dependencies, List<Denormalization> denormalized,
                     Volume volume, List<AccessPattern> queries, String tableName, boolean timestamps,
                     String primaryKeyName, EntityStore store, RenamedFrom renamedFrom) {

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
    }

    /** An entity that was not renamed. */
    public Entity(Span span, String name, String doc, List<String> mixins, List<Field> fields,
                  List<String> primaryKey, List<IndexSpec> indexes, List<IndexSpec> uniques,
                  List<EntityCheck> checks, List<Dependency> dependencies, List<Denormalization> denormalized,
                  Volume volume, List<AccessPattern> queries, String tableName, boolean timestamps,
                  String primaryKeyName, EntityStore store) {
        this(span, name, doc, mixins, fields, primaryKey, indexes, uniques, checks, dependencies, denormalized, volume,
                queries, tableName, timestamps, primaryKeyName, store, null);
    }

    /** An entity whose primary key name is derived and that says nothing about document or key-value stores. */
    public Entity(Span span, String name, String doc, List<String> mixins, List<Field> fields,
                  List<String> primaryKey, List<IndexSpec> indexes, List<IndexSpec> uniques,
                  List<EntityCheck> checks, List<Dependency> dependencies, List<Denormalization> denormalized,
                  Volume volume, List<AccessPattern> queries, String tableName, boolean timestamps) {
        this(span, name, doc, mixins, fields, primaryKey, indexes, uniques, checks, dependencies, denormalized, volume,
                queries, tableName, timestamps, null, EntityStore.NONE, null);
    }

    public Entity withFields(List<Field> newFields) {
        return new Entity(span, name, doc, mixins, newFields, primaryKey, indexes, uniques, checks, dependencies,
                denormalized, volume, queries, tableName, timestamps, primaryKeyName, store, renamedFrom);
    }

    public Entity withStore(EntityStore s) {
        return new Entity(span, name, doc, mixins, fields, primaryKey, indexes, uniques, checks, dependencies,
                denormalized, volume, queries, tableName, timestamps, primaryKeyName, s, renamedFrom);
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
        for (Field f : fields) if (f.name().equals(name)) return Optional.of(f);
        return Optional.empty();
    }

    public Field requireField(String name) {
        return field(name).orElseThrow(() -> new IllegalArgumentException(this.name + " has no field " + name));
    }

    /** Fields that are stored in this entity's table: scalars, enums and to-one relations holding a key. */
    public List<Field> storedFields() {
        return fields.stream().filter(Field::isStored).toList();
    }

    public List<Field> relationFields() {
        return fields.stream().filter(f -> f.relation() != null).toList();
    }
}
