package dev.schemac.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relational form of a model with every name final: the one lowering that every
 * relational target renders. Tables are in dependency order (a table after the tables it
 * references, declaration order otherwise); foreign keys that point forward in that order
 * exist only in cycles and are marked so renderers can add them after the tables.
 */
public record Catalog(List<Table> tables, List<EnumDef> enums, Map<String, Table> tablesByName,
                      Map<String, Table> tablesByEntity, Map<String, EnumDef> enumsByName) {
    public Catalog {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        tablesByName = Map.copyOf(tablesByName);
        tablesByEntity = Map.copyOf(tablesByEntity);
        enumsByName = Map.copyOf(enumsByName);
    }

    /** The indexes are derived here so that lookups stay O(1): targets ask per field. */
    public static Catalog of(List<Table> tables, List<EnumDef> enums) {
        var byName = new HashMap<String, Table>();
        var byEntity = new HashMap<String, Table>();
        for (Table t : tables) {
            byName.put(t.name(), t);
            if (t.entity() != null) byEntity.put(t.entity(), t);
        }
        var enumsByName = new HashMap<String, EnumDef>();
        for (EnumDef e : enums) enumsByName.put(e.name(), e);
        return new Catalog(tables, enums, byName, byEntity, enumsByName);
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tablesByName.get(name));
    }

    public Optional<Table> tableOf(String entity) {
        return Optional.ofNullable(tablesByEntity.get(entity));
    }

    public Optional<EnumDef> enumDef(String name) {
        return Optional.ofNullable(enumsByName.get(name));
    }
}
