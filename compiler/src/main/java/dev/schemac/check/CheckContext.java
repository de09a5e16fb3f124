package dev.schemac.check;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Table;
import dev.schemac.check.normalform.EntityAnalysis;
import dev.schemac.model.Entity;
import dev.schemac.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rules read: the Model, the Catalog, and facts several rules need, each computed once
 * per compilation (the table of an entity, who references whom, the normal-form analysis).
 * The catalog's own lookups are linear; a model of 10,000 entities needs these maps.
 */
public final class CheckContext {
    private final Model model;
    private final Catalog catalog;
    private final Set<String> targets;
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, Map<String, List<String>>> columns = new HashMap<>();
    private Map<String, Set<String>> referencedBy;
    private final Map<String, EntityAnalysis> analyses = new LinkedHashMap<>();

    public CheckContext(Model model, Catalog catalog) {
        this(model, catalog, null);
    }

    /** With the names of the chosen targets; null chooses every target. */
    public CheckContext(Model model, Catalog catalog, Set<String> targets) {
        this.model = model;
        this.catalog = catalog;
        this.targets = targets == null ? null : Set.copyOf(targets);
        for (Table t : catalog.tables()) if (t.entity() != null) tables.put(t.entity(), t);
    }

    public Model model() { return model; }

    /** Whether any of the named targets is chosen (every target is, when the run names none). */
    public boolean generates(String... target) {
        if (targets == null) return true;
        for (String t : target) if (targets.contains(t)) return true;
        return false;
    }

    public Catalog catalog() { return catalog; }

    public Table table(Entity e) {
        Table t = tables.get(e.name());
        if (t == null) throw new IllegalStateException("no table for entity " + e.name());
        return t;
    }

    /** The column names that store a field of the entity (several for a composite foreign key), in table order. */
    public List<String> columnsOf(Entity e, String field) {
        var byField = columns.computeIfAbsent(e.name(), n -> {
            var m = new HashMap<String, List<String>>();
            for (var c : table(e).columns()) {
                if (c.field() != null) m.computeIfAbsent(c.field(), k -> new ArrayList<>()).add(c.name());
            }
            return m;
        });
        return byField.getOrDefault(field, List.of());
    }

    /**
     * The other tables whose foreign keys reference {@code e}'s table, in Catalog order: the
     * tables of entities with a to-one relation to it and the join tables of its many-to-many
     * relations (the rows that hold its key). Its own table, referencing itself, is not one.
     */
    public Set<String> referencedBy(Entity e) {
        if (referencedBy == null) {
            referencedBy = new HashMap<>();
            for (Table t : catalog.tables()) {
                for (var fk : t.foreignKeys()) {
                    if (!fk.referencedTable().equals(t.name())) {
                        referencedBy.computeIfAbsent(fk.referencedTable(), k -> new LinkedHashSet<>()).add(t.name());
                    }
                }
            }
        }
        return referencedBy.getOrDefault(table(e).name(), Set.of());
    }

    /** The normal-form analysis of an entity from its keys, uniques and {@code @@depends}; computed once. */
    public EntityAnalysis normalForm(Entity e) {
        return analyses.computeIfAbsent(e.name(), n -> EntityAnalysis.of(e));
    }

    /** Every analysis computed so far, in the order entities were first analysed. */
    public List<EntityAnalysis> normalForms() {
        return new ArrayList<>(analyses.values());
    }
}
