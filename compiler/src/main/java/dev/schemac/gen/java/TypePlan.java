package dev.schemac.gen.java;

import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumType;
import dev.schemac.model.Model;
import dev.schemac.naming.TargetNames;
import dev.schemac.source.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Java type names of one model, decided up front: an entity {@code X} gives the record
 * {@code X} and the metamodel {@code X_}, an enum its own name. Model names are unique, but
 * their Java spellings can still meet (an entity called {@code User_}), which is reported
 * instead of writing two files with one name.
 */
final class TypePlan implements JavaTypes.EnumNames {
    private final Map<String, String> enums = new HashMap<>();
    private final Map<String, String> records = new HashMap<>();

    private TypePlan() {}

    /** The plan, or null when two types would share a name (reported). */
    static TypePlan of(Model model, Consumer<Diagnostic> report) {
        var plan = new TypePlan();
        var claimed = new HashMap<String, String>();
        boolean ok = true;
        for (EnumType e : model.enums()) {
            String name = TargetNames.javaType(e.name()).name();
            plan.enums.put(e.name(), name);
            ok &= claim(claimed, name, "enum `" + e.name() + "`", e.span(), report);
        }
        for (Entity e : model.entities()) {
            String name = TargetNames.javaType(e.name()).name();
            plan.records.put(e.name(), name);
            ok &= claim(claimed, name, "entity `" + e.name() + "`", e.span(), report);
            ok &= claim(claimed, name + "_", "the metamodel of entity `" + e.name() + "`", e.span(), report);
        }
        return ok ? plan : null;
    }

    private static boolean claim(Map<String, String> claimed, String name, String owner, Span at,
                                 Consumer<Diagnostic> report) {
        String first = claimed.putIfAbsent(name, owner);
        if (first == null) return true;
        report.accept(JavaDiagnostics.typeCollision(at, name, first, owner));
        return false;
    }

    @Override public String javaName(String enumName) { return enums.get(enumName); }

    String recordName(String entity) { return records.get(entity); }

    String metamodelName(String entity) { return records.get(entity) + "_"; }
}
