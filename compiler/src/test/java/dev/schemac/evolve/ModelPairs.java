package dev.schemac.evolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of model pairs for the evolution tests: a random model, and the same
 * model after one to four random edits of the kinds a team makes (add, drop and rename
 * entities and fields; change a type, length, nullability or default; add or drop an
 * index, unique, check or relation; change on_delete; add enum values; add or remove a
 * many-to-many). Renames carry their {@code @renamed_from} hints. The same seed gives the
 * same pair, so a failure is reproduced from the seed it prints.
 */
final class ModelPairs {
    record Pair(long seed, String oldText, String newText, List<String> edits) {}

    static final class Field {
        String name;
        String type;          // a scalar keyword, "Level", or an entity name (relation)
        boolean optional;
        String def;           // default expression or null
        boolean unique;
        boolean index;
        boolean min;          // @min(0)
        String onDelete;      // relations only
        String renamedFrom;
        boolean manyToMany;   // a list on both sides
        boolean fresh;        // added by this pair's edits: not in the old model, so it cannot be renamed
        Field copy() {
            var f = new Field();
            f.name = name; f.type = type; f.optional = optional; f.def = def; f.unique = unique; f.index = index;
            f.min = min; f.onDelete = onDelete; f.manyToMany = manyToMany;
            return f;
        }
    }

    static final class Entity {
        String name;
        String renamedFrom;
        boolean fresh;
        List<Field> fields = new ArrayList<>();
        Entity copy() {
            var e = new Entity();
            e.name = name;
            fields.forEach(f -> e.fields.add(f.copy()));
            return e;
        }
    }

    static final class Model {
        boolean timestamps;
        List<String> levels = new ArrayList<>(List.of("LOW", "HIGH"));
        List<Entity> entities = new ArrayList<>();
        Model copy() {
            var m = new Model();
            m.timestamps = timestamps;
            m.levels = new ArrayList<>(levels);
            entities.forEach(e -> m.entities.add(e.copy()));
            return m;
        }
    }

    private static final List<String> ENTITY_NAMES = List.of("Account", "Badge", "Comet", "Dune", "Ember", "Fjord",
            "Grove", "Harbor", "Iris", "Jetty", "Kiln", "Lagoon");
    private static final List<String> FIELD_NAMES = List.of("alpha", "bravo", "cedar", "delta", "ember", "flint", "gale",
            "haze", "inlet", "juniper", "kestrel", "lumen", "marsh", "nectar");
    private static final List<String> SCALARS = List.of("int", "bigint", "string(20)", "string(40)", "text", "bool",
            "decimal(8, 2)", "decimal(10, 2)", "date", "datetime", "Level");
    private static final List<String> ACTIONS = List.of("cascade", "restrict", "no_action", "set_null");
    private static final List<String> NEW_LEVELS = List.of("MEDIUM", "URGENT", "NONE", "LATER");

    private final Random r;
    private final boolean checks;
    private final List<String> edits = new ArrayList<>();

    private ModelPairs(long seed, boolean checks) {
        this.r = new Random(seed);
        this.checks = checks;
    }

    /** {@code checks}: whether the engine keeps CHECK constraints (MySQL before 8.0.16 cannot drop one). */
    static Pair pair(long seed, boolean checks) {
        var g = new ModelPairs(seed, checks);
        Model old = g.model();
        Model neu = old.copy();
        int n = 1 + g.r.nextInt(4);
        for (int i = 0; i < n; i++) g.edit(neu);
        return new Pair(seed, render(old), render(neu), List.copyOf(g.edits));
    }

    private <T> T pick(List<T> xs) { return xs.get(r.nextInt(xs.size())); }

    private Model model() {
        var m = new Model();
        m.timestamps = r.nextBoolean();
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) m.entities.add(entity(m));
        int rels = r.nextInt(3);
        for (int i = 0; i < rels; i++) addRelation(m);
        return m;
    }

    private String freshEntityName(Model m) {
        for (int i = 0; i < 50; i++) {
            String s = pick(ENTITY_NAMES);
            if (m.entities.stream().noneMatch(e -> e.name.equals(s))) return s;
        }
        return null;
    }

    private String freshFieldName(Entity e) {
        for (int i = 0; i < 50; i++) {
            String s = pick(FIELD_NAMES);
            if (e.fields.stream().noneMatch(f -> f.name.equals(s))) return s;
        }
        return null;
    }

    private Entity entity(Model m) {
        var e = new Entity();
        e.name = freshEntityName(m);
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) e.fields.add(scalar(e));
        return e;
    }

    private Field scalar(Entity e) {
        var f = new Field();
        f.name = freshFieldName(e);
        f.type = pick(SCALARS);
        f.optional = r.nextInt(3) == 0;
        if (!f.optional && r.nextBoolean()) f.def = defaultFor(f.type);
        boolean keyable = !f.type.equals("text") && !f.type.equals("bool");
        if (keyable && r.nextInt(5) == 0) f.unique = true;
        else if (keyable && r.nextInt(4) == 0) f.index = true;
        if (checks && numeric(f.type) && r.nextInt(3) == 0) f.min = true;
        return f;
    }

    private static boolean numeric(String t) {
        return t.equals("int") || t.equals("bigint") || t.startsWith("decimal");
    }

    private String defaultFor(String type) {
        return switch (type) {
            case "int", "bigint" -> String.valueOf(r.nextInt(5));
            case "string(20)", "string(40)", "text" -> "\"v" + r.nextInt(5) + "\"";
            case "bool" -> r.nextBoolean() ? "true" : "false";
            case "decimal(8, 2)", "decimal(10, 2)" -> r.nextInt(5) + ".5";
            case "date" -> "\"2024-01-0" + (1 + r.nextInt(8)) + "\"";
            case "datetime" -> "now()";
            default -> pick(List.of("LOW", "HIGH"));
        };
    }

    private boolean related(Entity a, Entity b) {
        return a.fields.stream().anyMatch(f -> f.type.equals(b.name)) || b.fields.stream().anyMatch(f -> f.type.equals(a.name));
    }

    private void addRelation(Model m) {
        if (m.entities.size() < 2) return;
        Entity a = pick(m.entities);
        Entity b = pick(m.entities);
        if (a == b || related(a, b)) return;
        var f = new Field();
        f.name = "to_" + b.name.toLowerCase();
        if (a.fields.stream().anyMatch(x -> x.name.equals(f.name))) return;
        f.type = b.name;
        f.manyToMany = r.nextInt(4) == 0;
        if (!f.manyToMany) {
            f.optional = r.nextBoolean();
            f.onDelete = pick(f.optional ? ACTIONS : ACTIONS.subList(0, 3));
        }
        a.fields.add(f);
        edits.add((f.manyToMany ? "many-to-many " : "relation ") + a.name + "." + f.name);
    }

    private void edit(Model m) {
        int k = r.nextInt(14);
        Entity e = pick(m.entities);
        var scalars = e.fields.stream().filter(f -> !isRelation(m, f)).toList();
        var relations = e.fields.stream().filter(f -> isRelation(m, f)).toList();
        switch (k) {
            case 0 -> {
                if (m.entities.size() < 5) {
                    Entity n = entity(m);
                    n.fresh = true;
                    n.fields.forEach(f -> f.fresh = true);
                    if (n.name != null) {
                        m.entities.add(n);
                        edits.add("add entity " + n.name);
                    }
                }
            }
            case 1 -> {
                if (m.entities.size() > 2) {
                    m.entities.remove(e);
                    for (Entity o : m.entities) o.fields.removeIf(f -> f.type.equals(e.name));
                    edits.add("drop entity " + e.name);
                }
            }
            case 2 -> {
                String to = freshEntityName(m);
                if (to != null && e.renamedFrom == null && !e.fresh) {
                    for (Entity o : m.entities) for (Field f : o.fields) if (f.type.equals(e.name)) f.type = to;
                    e.renamedFrom = e.name;
                    e.name = to;
                    edits.add("rename entity " + e.renamedFrom + " to " + to);
                }
            }
            case 3 -> {
                Field f = scalar(e);
                f.fresh = true;
                if (f.name != null) {
                    if (!f.optional && f.def == null && r.nextBoolean()) f.optional = true;
                    e.fields.add(r.nextInt(e.fields.size() + 1), f);
                    edits.add("add field " + e.name + "." + f.name);
                }
            }
            case 4 -> {
                if (scalars.size() > 1) {
                    Field f = pick(scalars);
                    e.fields.remove(f);
                    edits.add("drop field " + e.name + "." + f.name);
                }
            }
            case 5 -> {
                if (!scalars.isEmpty()) {
                    Field f = pick(scalars);
                    String to = freshFieldName(e);
                    if (to != null && f.renamedFrom == null && !f.fresh && !e.fresh) {
                        f.renamedFrom = f.name;
                        f.name = to;
                        edits.add("rename field " + e.name + "." + f.renamedFrom + " to " + to);
                    }
                }
            }
            case 6 -> {
                if (!scalars.isEmpty()) {
                    Field f = pick(scalars);
                    String to = switch (f.type) {
                        case "int" -> "bigint";
                        case "string(20)" -> "string(40)";
                        case "string(40)" -> r.nextBoolean() ? "string(20)" : "text";
                        case "decimal(8, 2)" -> "decimal(10, 2)";
                        case "decimal(10, 2)" -> "decimal(8, 2)";
                        case "bigint" -> "int";
                        default -> null;
                    };
                    if (to != null && !(to.equals("text") && (f.unique || f.index))) {
                        edits.add("retype " + e.name + "." + f.name + " " + f.type + " -> " + to);
                        f.type = to;
                        if (f.def != null) f.def = defaultFor(to);
                    }
                }
            }
            case 7 -> {
                if (!scalars.isEmpty()) {
                    Field f = pick(scalars);
                    f.optional = !f.optional;
                    edits.add((f.optional ? "optional " : "required ") + e.name + "." + f.name);
                }
            }
            case 8 -> {
                if (!scalars.isEmpty()) {
                    Field f = pick(scalars);
                    f.def = f.def == null || r.nextBoolean() ? defaultFor(f.type) : null;
                    edits.add("default " + e.name + "." + f.name + " = " + f.def);
                }
            }
            case 9 -> {
                if (!scalars.isEmpty()) {
                    Field f = pick(scalars);
                    boolean keyable = !f.type.equals("text") && !f.type.equals("bool");
                    int what = r.nextInt(3);
                    if (what == 0 && keyable) {
                        f.index = !f.index && !f.unique;
                        edits.add("index " + e.name + "." + f.name + " " + f.index);
                    } else if (what == 1 && keyable) {
                        f.unique = !f.unique;
                        if (f.unique) f.index = false;
                        edits.add("unique " + e.name + "." + f.name + " " + f.unique);
                    } else if (checks && numeric(f.type)) {
                        f.min = !f.min;
                        edits.add("check " + e.name + "." + f.name + " " + f.min);
                    }
                }
            }
            case 10 -> addRelation(m);
            case 11 -> {
                if (!relations.isEmpty()) {
                    Field f = pick(relations);
                    e.fields.remove(f);
                    edits.add("drop relation " + e.name + "." + f.name);
                }
            }
            case 12 -> {
                var toOne = relations.stream().filter(f -> !f.manyToMany).toList();
                if (!toOne.isEmpty()) {
                    Field f = pick(toOne);
                    f.onDelete = pick(f.optional ? ACTIONS : ACTIONS.subList(0, 3));
                    edits.add("on_delete " + e.name + "." + f.name + " " + f.onDelete);
                }
            }
            default -> {
                String v = pick(NEW_LEVELS);
                if (!m.levels.contains(v)) {
                    m.levels.add(r.nextInt(m.levels.size() + 1), v);
                    edits.add("enum value " + v);
                }
            }
        }
    }

    private static boolean isRelation(Model m, Field f) {
        return m.entities.stream().anyMatch(e -> e.name.equals(f.type));
    }

    static String render(Model m) {
        var b = new StringBuilder("schema evolving {\n  dialect = postgres\n  timestamps = ").append(m.timestamps).append("\n}\n\n");
        b.append("enum Level {\n");
        m.levels.forEach(v -> b.append("  ").append(v).append('\n'));
        b.append("}\n");
        // The back side of every relation, on the referenced entity.
        Map<String, List<String>> back = new LinkedHashMap<>();
        for (Entity e : m.entities) {
            for (Field f : e.fields) {
                if (!isRelation(m, f)) continue;
                String rel = "r_" + e.name.toLowerCase() + "_" + f.name;
                back.computeIfAbsent(f.type, k -> new ArrayList<>()).add("  back_" + e.name.toLowerCase() + "_" + f.name + " "
                        + e.name + "[] @relation(\"" + rel + "\")");
            }
        }
        for (Entity e : m.entities) {
            b.append("\nentity ").append(e.name).append(" {\n");
            if (e.renamedFrom != null) b.append("  @@renamed_from(\"").append(e.renamedFrom).append("\")\n");
            for (Field f : e.fields) {
                b.append("  ").append(f.name).append(' ');
                if (isRelation(m, f)) {
                    String rel = "r_" + e.name.toLowerCase() + "_" + f.name;
                    if (f.manyToMany) {
                        b.append(f.type).append("[] @relation(\"").append(rel).append("\")");
                    } else {
                        b.append(f.type).append(f.optional ? "?" : "").append(" @relation(\"").append(rel).append("\") @on_delete(")
                                .append(f.onDelete).append(")");
                    }
                } else {
                    b.append(f.type).append(f.optional ? "?" : "");
                    if (f.def != null) b.append(" = ").append(f.def);
                    if (f.unique) b.append(" @unique");
                    if (f.index) b.append(" @index");
                    if (f.min) b.append(" @min(0)");
                }
                if (f.renamedFrom != null) b.append(" @renamed_from(\"").append(f.renamedFrom).append("\")");
                b.append('\n');
            }
            for (String s : back.getOrDefault(e.name, List.of())) b.append(s).append('\n');
            b.append("}\n");
        }
        return b.toString();
    }
}
