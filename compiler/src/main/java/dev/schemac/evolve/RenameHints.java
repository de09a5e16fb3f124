package dev.schemac.evolve;

import dev.schemac.source.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the model says was renamed: {@code @@renamed_from("Old")} on entities and
 * {@code @renamed_from("old")} on fields, by the new names. The span is the attribute's,
 * so a diagnostic about a hint points at it.
 */
public record RenameHints(Map<String, Hint> entities, Map<String, Map<String, Hint>> fields) {

    public record Hint(String from, Span span) {}

    public static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

    public RenameHints {
        entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        var copy = new LinkedHashMap<String, Map<String, Hint>>();
        fields.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    /** The old name of an entity, or null. */
    public String entityFrom(String entity) {
        Hint h = entities.get(entity);
        return h == null ? null : h.from();
    }

    /** The old name of a field of an entity (both by their new names), or null. */
    public String fieldFrom(String entity, String field) {
        Hint h = fields.getOrDefault(entity, Map.of()).get(field);
        return h == null ? null : h.from();
    }

    public boolean isEmpty() {
        return entities.isEmpty() && fields.isEmpty();
    }

    /** The hints of the way back (new names to old), for the down migration between these Catalogs. */
    public RenameHints reversed(dev.schemac.catalog.Catalog old, dev.schemac.catalog.Catalog neu) {
        var es = new LinkedHashMap<String, Hint>();
        entities.forEach((n, h) -> es.put(h.from(), new Hint(n, h.span())));
        var fs = new LinkedHashMap<String, Map<String, Hint>>();
        fields.forEach((e, m) -> {
            String oldEntity = entityFrom(e) != null ? entityFrom(e) : e;
            var x = new LinkedHashMap<String, Hint>();
            m.forEach((n, h) -> x.put(h.from(), new Hint(n, h.span())));
            fs.put(oldEntity, x);
        });
        return new RenameHints(es, fs);
    }
}
