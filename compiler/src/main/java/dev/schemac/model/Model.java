package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved model: every name bound, mixins expanded, implicit fields added, relations
 * paired, keys known. Generators and checks read this (and the Catalog), never the AST.
 * The name indexes are derived in the factory so lookups stay O(1) on large models.
 */
public record Model(Settings settings, Span origin, List<EnumType> enums, List<Entity> entities,
                    Map<String, Entity> entitiesByName, Map<String, EnumType> enumsByName) {

    public Model {
        enums = List.copyOf(enums);
        entities = List.copyOf(entities);
        entitiesByName = Map.copyOf(entitiesByName);
        enumsByName = Map.copyOf(enumsByName);
    }

    /**
     * {@code origin} is the start of the model's first file (null only for a model read from no file): a
     * diagnostic about the model as a whole points there when the model has no schema header.
     */
    public static Model of(Settings settings, Span origin, List<EnumType> enums, List<Entity> entities) {
        var byName = new LinkedHashMap<String, Entity>();
        for (Entity e : entities) byName.put(e.name(), e);
        var enumsByName = new LinkedHashMap<String, EnumType>();
        for (EnumType e : enums) enumsByName.put(e.name(), e);
        return new Model(settings, origin, enums, entities, byName, enumsByName);
    }

    /**
     * Where something about the model as a whole is said (a table it no longer has, a file it makes):
     * the schema header, else the start of its first file, so every diagnostic has a line to show.
     */
    public Span anchor() {
        return settings.span() != null ? settings.span() : origin;
    }

    public Optional<Entity> entity(String name) {
        return Optional.ofNullable(entitiesByName.get(name));
    }

    public Entity requireEntity(String name) {
        Entity e = entitiesByName.get(name);
        if (e == null) throw new IllegalArgumentException("no entity " + name);
        return e;
    }

    public Optional<EnumType> enumType(String name) {
        return Optional.ofNullable(enumsByName.get(name));
    }
}
