package dev.schemac.render.sql;

import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * An entity's fields by name, for the limits: they visit every column of every table, and
 * {@link Entity#requireField} scans the fields each time (quadratic in a wide table). Built on
 * the first lookup, so a table whose columns raise nothing builds nothing.
 */
final class FieldsByName {
    private final Entity entity;
    private Map<String, Field> byName;

    private FieldsByName(Entity entity) {
        this.entity = entity;
    }

    static FieldsByName of(Entity e) {
        return new FieldsByName(e);
    }

    /** As {@link Entity#requireField}. */
    Field require(String name) {
        if (byName == null) {
            byName = new HashMap<>(entity.fields().size() * 2);
            // The first of a name wins, as Entity.field finds it.
            for (Field f : entity.fields()) byName.putIfAbsent(f.name(), f);
        }
        Field f = byName.get(name);
        return f != null ? f : entity.requireField(name);
    }
}
