package dev.schemac.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relational form of a model with every name final: the one lowering that every
 * relational target renders. Tables are in dependency order (a table after the tables it
 * references, declaration order otherwise); foreign keys that point forward in that order
 * exist only in cycles and are marked so renderers can add them after the tables.
 * {@code views} is empty but in a migration history that adopted a database ({@link View}).
 */
public record Catalog(List<Table> tables, List<EnumDef> enums, List<View> views, Map<String, Table> tablesByName,
                      Map<String, Table> tablesByEntity, Map<String, EnumDef> enumsByName,
                      Map<String, List<Table>> tablesByUpdatedAtTrigger) {
    public Catalog {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        views = List.copyOf(views);
        tablesByName = Map.copyOf(tablesByName);
        tablesByEntity = Map.copyOf(tablesByEntity);
        enumsByName = Map.copyOf(enumsByName);
        tablesByUpdatedAtTrigger = Map.copyOf(tablesByUpdatedAtTrigger);
    }

    /** The indexes are derived here so that lookups stay O(1): targets ask per field. */
    public static Catalog of(List<Table> tables, List<EnumDef> enums) {
        return of(tables, enums, List.of());
    }

    /** With the views of an adopted database ({@link View}), which only a migration history's Catalog has. */
    public static Catalog of(List<Table> tables, List<EnumDef> enums, List<View> views) {
        var byName = new HashMap<String, Table>();
        var byEntity = new HashMap<String, Table>();
        var byTrigger = new HashMap<String, List<Table>>();
        for (Table t : tables) {
            byName.put(t.name(), t);
            if (t.entity() != null) byEntity.put(t.entity(), t);
            if (t.updatedAtTrigger() != null) byTrigger.computeIfAbsent(t.updatedAtTrigger(), k -> new ArrayList<>()).add(t);
        }
        byTrigger.replaceAll((k, v) -> List.copyOf(v));
        var enumsByName = new HashMap<String, EnumDef>();
        for (EnumDef e : enums) enumsByName.put(e.name(), e);
        return new Catalog(tables, enums, views, byName, byEntity, enumsByName, byTrigger);
    }

    /** This Catalog with {@code views} instead of its own. */
    public Catalog withViews(List<View> views) {
        return views.equals(this.views) ? this : new Catalog(tables, enums, views, tablesByName, tablesByEntity, enumsByName, tablesByUpdatedAtTrigger);
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tablesByName.get(name));
    }

    public Optional<Table> tableOf(String entity) {
        return Optional.ofNullable(tablesByEntity.get(entity));
    }

    /**
     * The tables whose {@code @updated} trigger has this name, in the Catalog's order: a database
     * schemac did not make may give many tables' triggers one name (PostgreSQL names a trigger per
     * table), and their function is shared or not by what the others of that name do.
     */
    public List<Table> tablesWithUpdatedAtTrigger(String trigger) {
        return tablesByUpdatedAtTrigger.getOrDefault(trigger, List.of());
    }

    public Optional<EnumDef> enumDef(String name) {
        return Optional.ofNullable(enumsByName.get(name));
    }
}
