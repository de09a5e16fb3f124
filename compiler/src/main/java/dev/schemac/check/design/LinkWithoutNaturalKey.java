package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.Origin;
import dev.schemac.source.Span;
import java.util.List;

/**
 * SC701: an entity whose only key is the implicit surrogate {@code id}, though it links other
 * entities and so has an obvious natural key that nothing enforces.
 */
@AutoService(Rule.class)
public final class LinkWithoutNaturalKey extends Rule {
    public LinkWithoutNaturalKey() {
        super("SC701", Severity.WARNING, "Entity has no key of its own",
                "Every entity needs a key that identifies the thing it records, not only the row. "
                + "The compiler gives every entity without `@id` a surrogate `id`, which guarantees a "
                + "primary key but not that the same fact is stored once. The rule fires where the "
                + "natural key is evident and missing: an entity with required to-one relations to two or "
                + "more other entities, a surrogate key and no unique constraint at all, can store the "
                + "same link twice (a student enrolled twice in one course). Optional and self relations "
                + "do not count: they cannot be part of a key. Declare the natural key with `@@id(...)` or "
                + "`@@unique(...)`; if repeats are meaningful, a field that tells them apart belongs in "
                + "that key. When the entity has a date or time of its own (a loan's `borrowed_at`) or a status, "
                + "it records an event or a state that may recur, and the advice keys it with that field instead "
                + "of proposing a key that would forbid a legitimate repeat.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            if (e.primaryKey().size() != 1 || e.requireField(e.primaryKey().get(0)).origin() != Origin.IMPLICIT) continue;
            if (!e.uniques().isEmpty() || e.storedFields().stream().anyMatch(Field::unique)) continue;
            // Only required references to other entities can form a key: a nullable one cannot, and
            // a self reference (a reply's parent) is structure, not identity.
            List<Field> required = e.storedFields().stream()
                    .filter(f -> f.relation() != null && !f.nullable() && !f.relation().target().equals(e.name()))
                    .toList();
            long targets = required.stream().map(f -> f.relation().target()).distinct().count();
            if (targets >= 2) {
                List<String> links = required.stream().map(Field::name).toList();
                Field when = e.storedFields().stream().filter(f -> f.origin() != Origin.IMPLICIT && isTemporal(f))
                        .findFirst().orElse(null);
                Field status = e.storedFields().stream().filter(f -> f.origin() != Origin.IMPLICIT && isStatus(f))
                        .findFirst().orElse(null);
                Span at = Spans.entityName(e);
                if (when != null) out.report(e, recurringEvent(at, e.name(), links, when.name()));
                else if (status != null) out.report(e, recurringState(at, e.name(), links, status.name()));
                else out.report(e, noNaturalKey(at, e.name(), links));
            }
        }
    }

    /** A date or time of its own: the entity records an event, and the same link may recur at another time. */
    private static boolean isTemporal(Field f) {
        return f.relation() == null && f.type() instanceof FieldType.Scalar s && s.kind().isTemporal();
    }

    /** A status: the link has a life of its own (a loan returned, then borrowed again). */
    private static boolean isStatus(Field f) {
        var words = dev.schemac.check.Words.of(f.name());
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        return f.relation() == null && (last.equals("status") || last.equals("state"));
    }

    Diagnostic recurringEvent(Span at, String entity, List<String> links, String when) {
        String list = String.join(", ", links);
        return finding(at, "entity " + Quoted.name(entity) + " links " + list + " but has only a surrogate key; " + Quoted.name(when)
                        + " suggests it records an event, in which the same link may recur, so nothing tells two "
                        + "records of one event apart",
                "key the event by its links and its time: `@@unique(" + list + ", " + when + ")`; if the same link "
                        + "can never recur, `@@unique(" + list + ")`");
    }

    Diagnostic recurringState(Span at, String entity, List<String> links, String status) {
        String list = String.join(", ", links);
        return finding(at, "entity " + Quoted.name(entity) + " links " + list + " but has only a surrogate key; " + Quoted.name(status)
                        + " suggests the link has a life of its own and may recur, so a key of the links alone would "
                        + "forbid a legitimate repeat",
                "add what tells repeats apart (a date such as `started_on`) and key it with the links: `@@unique("
                        + list + ", started_on)`; if the same link can never recur, `@@unique(" + list + ")`");
    }

    Diagnostic noNaturalKey(Span at, String entity, List<String> links) {
        String list = String.join(", ", links);
        return finding(at, "entity " + Quoted.name(entity) + " links " + list + " but has only a surrogate key; the same link "
                + "can be stored twice", s -> "declare its natural key: " + Quoted.name(s.withFields("@@id", links)) + " or "
                + Quoted.name(s.withFields("@@unique", links)));
    }
}
