package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Dependency;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SC807: unless a {@code @@depends} declares it dependent, a field named after a relation and a field of its
 * target ({@code customer_email} next to {@code customer Customer}, which has {@code email})
 * is presumably a copy of that field: a transitive dependency through the foreign key.
 */
@AutoService(Rule.class)
public final class CopiedReferencedField extends NormalFormRule {
    public CopiedReferencedField() {
        super("SC807", Severity.WARNING, "Field copies a field of a referenced entity",
                "`Order.customer_email` next to `customer Customer`, where Customer has `email`, is "
                + "almost always a copy: it depends on the customer, not on the order, which is a "
                + "transitive dependency (order → customer → email) that nobody declared. Copies drift: "
                + "the customer changes their email and old orders keep the old one, or some do. Read "
                + "the field through the relation instead. If the copy is intended, it is a snapshot "
                + "with a reason (the address an order was shipped to), and `@@denormalized(\"reason\")` "
                + "says so. A field that a `@@depends` declares dependent is left to the normal-form "
                + "rules, which judge declared dependencies exactly. The heuristic matches "
                + "`{relation}_{field}` and `{target}_{field}` with the same kind of type, and never the "
                + "target's primary key.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            // A field a @@depends declares dependent is judged by the normal-form rules; the others are not.
            Set<String> declared = new HashSet<>();
            for (Dependency d : e.dependencies()) declared.addAll(d.to());
            Map<String, Field> byName = new HashMap<>();
            for (Field f : e.storedFields()) if (f.relation() == null && !declared.contains(f.name())) byName.put(f.name(), f);
            for (Field r : e.storedFields()) {
                if (r.relation() == null) continue;
                Entity target = context.model().requireEntity(r.relation().target());
                String targetPrefix = Names.snake(target.name()).toLowerCase(Locale.ROOT) + "_";
                // A copy is named with one of the prefixes: without such a name left, no field of the target is tried.
                String relationPrefix = r.name() + "_";
                if (byName.keySet().stream().noneMatch(n -> n.startsWith(relationPrefix) || n.startsWith(targetPrefix))) continue;
                for (Field g : target.storedFields()) {
                    if (g.relation() != null || target.primaryKey().contains(g.name())) continue;
                    for (String prefix : new String[] {relationPrefix, targetPrefix}) {
                        Field copy = byName.get(prefix + g.name());
                        if (copy != null && sameKind(copy.type(), g.type())) {
                            out.report(e, copies(copy.span(), e.name(), copy.name(), r.name(), target.name(), g.name()));
                            byName.remove(copy.name());
                            break;
                        }
                    }
                }
            }
        }
    }

    private static boolean sameKind(FieldType a, FieldType b) {
        if (a instanceof FieldType.Scalar x && b instanceof FieldType.Scalar y) {
            return x.kind() == y.kind() || (x.kind().isText() && y.kind().isText())
                    || (x.kind().isNumeric() && y.kind().isNumeric());
        }
        return a.equals(b);
    }

    Diagnostic copies(Span at, String entity, String field, String relation, String target, String targetField) {
        return finding(at, Quoted.name(entity + "." + field) + " looks like a copy of " + Quoted.name(target + "." + targetField)
                + ", reached through " + Quoted.name(entity + "." + relation),
                s -> "read " + Quoted.name(relation + "." + targetField) + " through the relation and drop the field; if it is a "
                + "deliberate snapshot, say why with " + Quoted.name(s.withText("@@denormalized", "\"...\"")));
    }
}
