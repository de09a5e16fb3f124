package dev.schemac.gen.sqlmodel;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.InsertOrder;
import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumType;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.naming.Names;
import dev.schemac.naming.TargetNames;
import dev.schemac.render.python.Py;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every Python name of one generated module, decided before anything is rendered: class
 * names of enums, entities and link tables, and the attribute of every column and
 * relation field. Database names are the Catalog's; only the Python side is chosen here.
 */
final class PyModule {
    final Model model;
    final Catalog catalog;
    /** Which keys are set after both rows exist: made once per module, as every table's relationships ask it. */
    final InsertOrder insertOrder;
    private final Map<String, String> entityClasses = new HashMap<>();
    private final Map<String, String> tableClasses = new HashMap<>();
    private final Map<String, String> enumClasses = new HashMap<>();
    /** By table, then column; by entity, then relation field: looked up with the catalog's own strings, never a key made per call. */
    private final Map<String, Map<String, String>> columnAttrs = new HashMap<>();
    private final Map<String, Map<String, String>> relationAttrs = new HashMap<>();
    private final Map<String, String> apiClasses = new HashMap<>();
    private final Map<String, Map<String, String>> enumMembers = new HashMap<>();

    PyModule(Model model, Catalog catalog) {
        this.model = model;
        this.catalog = catalog;
        this.insertOrder = InsertOrder.of(catalog);
        var taken = new HashSet<String>();
        var modelClasses = new LinkedHashMap<String, String>();
        for (EnumType e : model.enums()) modelClasses.put("enum " + e.name(), e.name());
        for (Table t : catalog.tables()) if (!t.isJoinTable()) modelClasses.put("entity " + t.entity(), t.entity());
        var classes = claim(modelClasses, PyNames::className, taken);
        for (EnumType e : model.enums()) enumClasses.put(e.name(), classes.get("enum " + e.name()));
        for (Table t : catalog.tables()) {
            if (t.isJoinTable()) continue;
            String c = classes.get("entity " + t.entity());
            entityClasses.put(t.entity(), c);
            tableClasses.put(t.name(), c);
        }
        for (Table t : catalog.tables()) {
            if (!t.isJoinTable()) continue;
            // Link models are named after their table; "Link" keeps them apart from an entity of that name.
            String c = PyNames.className(Names.pascal(TargetNames.identifier(t.name(), TargetNames.Alphabet.UNICODE)));
            tableClasses.put(t.name(), unique(taken.contains(c) ? c + "Link" : c, taken));
        }
        // The models of SQLModel's multiple-models pattern come last: an entity's own name wins over them.
        for (Table t : catalog.tables()) {
            if (t.isJoinTable()) continue;
            for (ApiModel kind : ApiModel.values()) {
                String c = t.entity() + kind.suffix();
                apiClasses.put(t.entity() + "." + kind, unique(PyNames.className(c), taken));
            }
        }
        var names = PyNames.withClasses(taken);
        for (Table t : catalog.tables()) nameAttributes(t, names);
        // Each enum class is a namespace of its own.
        for (EnumType e : model.enums()) {
            var members = new LinkedHashMap<String, String>();
            for (var v : e.values()) members.put(v.name(), v.name());
            enumMembers.put(e.name(), claim(members, PyNames::member, new HashSet<>()));
        }
    }

    /**
     * The Python names of one namespace (the module's classes, a class's attributes, an enum's
     * members), by key, for the model names given by key: every name Python keeps as the model
     * writes it claims it first, then each renamed one ({@code class} → {@code class_}) takes
     * its spelling, moved aside with another underscore while a name of the namespace has it.
     * So {@code _a} and {@code a_} become {@code a__} and {@code a_}, never one name twice.
     */
    private static <K> Map<K, String> claim(Map<K, String> names, java.util.function.Function<String, String> spelled,
                                            Set<String> taken) {
        var out = new HashMap<K, String>();
        for (boolean kept : new boolean[] {true, false}) {
            for (var e : names.entrySet()) {
                String s = spelled.apply(e.getValue());
                if (s.equals(e.getValue()) == kept) out.put(e.getKey(), unique(s, taken));
            }
        }
        return out;
    }

    /** A name no other in {@code taken} has; always a Python identifier (see {@link Py#identifier}). */
    private static String unique(String name, Set<String> taken) {
        String n = name;
        while (!taken.add(n)) n = n + "_";
        return Py.identifier(n);
    }

    /** Scalar columns are named after their field; foreign key columns after the column. */
    private void nameAttributes(Table t, PyNames names) {
        var wanted = new LinkedHashMap<String, String>();
        for (Column c : t.columns()) {
            wanted.put("column " + c.name(), c.field() != null && !c.isForeignKey() ? c.field() : c.name());
        }
        if (!t.isJoinTable()) {
            for (Field f : model.requireEntity(t.entity()).relationFields()) wanted.put("relation " + f.name(), f.name());
        }
        var attrs = claim(wanted, names::attribute, new HashSet<>());
        var columns = columnAttrs.computeIfAbsent(t.name(), k -> new HashMap<>());
        for (Column c : t.columns()) columns.put(c.name(), attrs.get("column " + c.name()));
        if (t.isJoinTable()) return;
        for (Field f : model.requireEntity(t.entity()).relationFields()) {
            relationAttrs.computeIfAbsent(t.entity(), k -> new HashMap<>()).put(f.name(), attrs.get("relation " + f.name()));
        }
    }

    String entityClass(String entity) { return entityClasses.get(entity); }

    String tableClass(String table) { return tableClasses.get(table); }

    /** {@code PostBase}, {@code PostCreate}, ... of an entity. */
    String apiClass(String entity, ApiModel kind) { return apiClasses.get(entity + "." + kind); }

    String enumClass(String enumName) { return enumClasses.get(enumName); }

    String attribute(Table t, String column) { return columnAttrs.getOrDefault(t.name(), Map.of()).get(column); }

    String relationAttribute(String entity, String field) { return relationAttrs.getOrDefault(entity, Map.of()).get(field); }

    EnumDef enumDef(String name) { return catalog.enumDef(name).orElseThrow(); }

    /** The Python member name of an enum's stored value. */
    String enumMember(String enumName, String storedValue) {
        EnumType e = model.enumType(enumName).orElseThrow();
        for (var v : e.values()) if (v.dbValue().equals(storedValue)) return memberName(enumName, v.name());
        throw new IllegalArgumentException(enumName + " has no stored value " + storedValue);
    }

    /** The Python member name of an enum's value. */
    String memberName(String enumName, String value) { return enumMembers.get(enumName).get(value); }
}
