package dev.schemac.gen.sqlmodel;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumType;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.naming.Names;
import dev.schemac.render.python.Py;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
    private final Map<String, String> entityClasses = new HashMap<>();
    private final Map<String, String> tableClasses = new HashMap<>();
    private final Map<String, String> enumClasses = new HashMap<>();
    private final Map<String, String> columnAttrs = new HashMap<>();
    private final Map<String, String> relationAttrs = new HashMap<>();

    PyModule(Model model, Catalog catalog) {
        this.model = model;
        this.catalog = catalog;
        var taken = new HashSet<String>();
        for (EnumType e : model.enums()) enumClasses.put(e.name(), unique(PyNames.className(e.name()), taken));
        for (Table t : catalog.tables()) {
            if (t.isJoinTable()) continue;
            String c = unique(PyNames.className(t.entity()), taken);
            entityClasses.put(t.entity(), c);
            tableClasses.put(t.name(), c);
        }
        for (Table t : catalog.tables()) {
            if (!t.isJoinTable()) continue;
            // Link models are named after their table; "Link" keeps them apart from an entity of that name.
            String c = PyNames.className(Names.pascal(t.name()));
            tableClasses.put(t.name(), unique(taken.contains(c) ? c + "Link" : c, taken));
        }
        var names = PyNames.withClasses(taken);
        for (Table t : catalog.tables()) nameAttributes(t, names);
    }

    /** A name no other in {@code taken} has; always a Python identifier (see {@link Py#identifier}). */
    private static String unique(String name, Set<String> taken) {
        String n = name;
        while (!taken.add(n)) n = n + "_";
        return Py.identifier(n);
    }

    /** Scalar columns are named after their field; foreign key columns after the column. */
    private void nameAttributes(Table t, PyNames names) {
        var taken = new LinkedHashSet<String>();
        for (Column c : t.columns()) {
            String base = c.field() != null && !c.isForeignKey() ? c.field() : c.name();
            columnAttrs.put(t.name() + "." + c.name(), unique(names.attribute(base), taken));
        }
        if (t.isJoinTable()) return;
        for (Field f : model.requireEntity(t.entity()).relationFields()) {
            relationAttrs.put(t.entity() + "." + f.name(), unique(names.attribute(f.name()), taken));
        }
    }

    String entityClass(String entity) { return entityClasses.get(entity); }

    String tableClass(String table) { return tableClasses.get(table); }

    String enumClass(String enumName) { return enumClasses.get(enumName); }

    String attribute(Table t, String column) { return columnAttrs.get(t.name() + "." + column); }

    String relationAttribute(String entity, String field) { return relationAttrs.get(entity + "." + field); }

    EnumDef enumDef(String name) { return catalog.enumDef(name).orElseThrow(); }

    /** The Python member name of an enum's stored value. */
    String enumMember(String enumName, String storedValue) {
        EnumType e = model.enumType(enumName).orElseThrow();
        for (var v : e.values()) if (v.dbValue().equals(storedValue)) return PyNames.member(v.name());
        throw new IllegalArgumentException(enumName + " has no stored value " + storedValue);
    }
}
