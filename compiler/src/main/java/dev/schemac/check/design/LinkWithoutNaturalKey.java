package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.diag.Spelling;
import dev.schemac.catalog.Table;
import dev.schemac.check.Words;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.Origin;
import dev.schemac.model.ScalarKind;
import dev.schemac.source.Span;
import java.util.List;
import java.util.Set;

/**
 * SC701: a link entity (one that records how other entities are related, and little else) whose
 * only key is the implicit surrogate {@code id}, so the same link can be stored twice.
 */
@AutoService(Rule.class)
public final class LinkWithoutNaturalKey extends Rule {
    /**
     * Last words of a field that is the entity's own content: an entity with a body, a title or a
     * name is a thing of its own (a comment, a ticket, an employee), identified by its surrogate,
     * however many required relations it has.
     */
    static final Set<String> CONTENT = Set.of("name", "title", "body", "text", "content", "description", "message",
            "subject", "summary", "note", "notes", "comment", "comments", "remark", "remarks", "details", "headline",
            "caption", "email", "phone", "address", "url", "payload");

    /** Words of a time at which a link ends or is due: nothing that tells two starts of one link apart. */
    static final Set<String> END = Set.of("end", "ended", "ends", "until", "finished", "closed", "cancelled",
            "canceled", "returned", "deleted", "expires", "expired", "expiry", "due", "completed", "resolved", "left",
            "stopped", "archived");

    /** A string this long holds prose, not a code. */
    static final int PROSE_LENGTH = 100;

    /** Past this many fields of its own besides the links, an entity records a thing, not a link. */
    static final int MAX_LINK_ATTRIBUTES = 4;

    public LinkWithoutNaturalKey() {
        super("SC701", Severity.WARNING, "Entity has no key of its own",
                "Every entity needs a key that identifies the thing it records, not only the row. "
                + "The compiler gives every entity without `@id` a surrogate `id`, which guarantees a "
                + "primary key but not that the same fact is stored once. The rule fires on a link entity "
                + "whose natural key is evident and missing: two or more required to-one relations (to two "
                + "entities, or twice to one: a follower and a followee, an assembly and its component), a "
                + "surrogate key, no unique constraint, and little else: at most "
                + MAX_LINK_ATTRIBUTES + " fields of its own, none of them content (a required text, a string of "
                + PROSE_LENGTH + " characters or more, a name, a title, a body). Such an entity can store the same link twice (a student enrolled twice in one "
                + "course). An entity with content of its own (a comment on a post by an author, a ticket, an "
                + "employee of a department) is a thing identified by its surrogate, and the rule leaves it "
                + "alone. Optional and self relations do not count: they cannot be part of a key. Declare the "
                + "natural key with `@@id(...)` or `@@unique(...)`; if repeats are meaningful, a field that "
                + "tells them apart belongs in that key. When the entity has a required date or time of its "
                + "own (an exam's `sat_at`, an assignment's `started_on`), it records an event that may recur, "
                + "and the advice keys it with that time; an optional time or one that ends the link "
                + "(`ended_on`, `returned_at`) tells nothing apart (NULLs are never equal in a unique), so "
                + "it, like a status, only says the link has a life of its own. A time that defaults to "
                + "`now()` and is the only one stamps when the row was written: the entity is an append-only "
                + "log, identified by its surrogate, and the rule leaves it alone.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            if (e.primaryKey().size() != 1 || e.requireField(e.primaryKey().get(0)).origin() != Origin.IMPLICIT) continue;
            if (!e.uniques().isEmpty() || e.storedFields().stream().anyMatch(Field::unique)) continue;
            // Only required references to other entities can form a key: a nullable one cannot, and
            // a self reference (a reply's parent) is structure, not identity. Two references to
            // one entity (follower, followee) are two parts of the key.
            List<Field> required = e.storedFields().stream()
                    .filter(f -> f.relation() != null && !f.nullable() && !f.relation().target().equals(e.name()))
                    .toList();
            if (required.size() < 2) continue;
            List<Field> own = e.storedFields().stream()
                    .filter(f -> f.relation() == null && f.origin() != Origin.IMPLICIT).toList();
            if (own.size() > MAX_LINK_ATTRIBUTES || own.stream().anyMatch(LinkWithoutNaturalKey::isContent)) continue;
            List<Field> times = own.stream().filter(LinkWithoutNaturalKey::isTemporal).toList();
            if (!times.isEmpty() && times.stream().allMatch(f -> f.defaultValue() instanceof DefaultValue.Now)) continue;
            List<String> links = required.stream().map(Field::name).toList();
            Field when = times.stream().filter(f -> !f.nullable() && !isEnd(f)).findFirst().orElse(null);
            Field lifetime = own.stream().filter(LinkWithoutNaturalKey::isStatus).findFirst()
                    .orElse(times.isEmpty() ? null : times.get(0));
            Span at = Spans.entityName(e);
            Table t = context.table(e);
            if (when != null) out.report(e, recurringEvent(at, e.name(), links, when.name(), t));
            else if (lifetime != null) out.report(e, recurringState(at, e.name(), links, lifetime.name(), t));
            else out.report(e, noNaturalKey(at, e.name(), links, t));
        }
    }

    /** A date or time of its own: the entity records an event, and the same link may recur at another time. */
    private static boolean isTemporal(Field f) {
        return f.type() instanceof FieldType.Scalar s && s.kind().isTemporal();
    }

    /** A time at which the link ends or is due, which says nothing of when it began. */
    private static boolean isEnd(Field f) {
        return !java.util.Collections.disjoint(Words.of(f.name()), END);
    }

    /**
     * A required field holding the entity's own content: a text, a document, a string long enough for prose
     * (a subject, an address, in any language), or one named name, title, body. A link's own
     * attributes are numbers, times and short codes (a role, a grade, a status).
     */
    private static boolean isContent(Field f) {
        // An optional note on a link (a loan's remark) annotates the link; content is required.
        if (f.nullable()) return false;
        if (f.type() instanceof FieldType.Scalar s) {
            if (s.kind() == ScalarKind.TEXT || s.kind() == ScalarKind.JSON || s.kind() == ScalarKind.BYTES) return true;
            if (s.kind() == ScalarKind.STRING && s.length() != null && s.length() >= PROSE_LENGTH) return true;
        }
        return CONTENT.contains(Words.last(f.name()));
    }

    /** A status: the link has a life of its own (a loan returned, then borrowed again). */
    private static boolean isStatus(Field f) {
        String last = Words.last(f.name());
        return last.equals("status") || last.equals("state");
    }

    Diagnostic recurringEvent(Span at, String entity, List<String> links, String when, Table t) {
        var key = with(links, when);
        return finding(at, "link entity " + Quoted.name(entity) + " of " + names(links) + " has only a surrogate key; " + Quoted.name(when)
                        + " suggests it records an event, in which the same link may recur, so nothing tells two "
                        + "records of one event apart",
                s -> "if (" + names(links) + ", " + Quoted.name(when) + ") identifies one " + Quoted.name(entity) + ", key the event by it: "
                        + unique(s, key, t) + "; if the same link can never recur, " + unique(s, links, t));
    }

    Diagnostic recurringState(Span at, String entity, List<String> links, String lifetime, Table t) {
        var key = with(links, REPEAT);
        // The field the help proposes is not in the table yet: its column is the field's own name.
        var columns = with(t.columnNamesOf(links), REPEAT);
        return finding(at, "link entity " + Quoted.name(entity) + " of " + names(links) + " has only a surrogate key; " + Quoted.name(lifetime)
                        + " suggests the link has a life of its own and may recur, so a key of the links alone would "
                        + "forbid a legitimate repeat",
                s -> "add a required field that tells repeats apart (a date such as " + Quoted.name(s.field(REPEAT, "date"))
                        + ") and key it with the links: " + Quoted.name(s.withFields("@@unique", key, columns))
                        + "; if the same link can never recur, " + unique(s, links, t));
    }

    /** The field the help proposes to tell repeats of a link apart. */
    private static final String REPEAT = "started_on";

    private static List<String> with(List<String> fields, String more) {
        var out = new java.util.ArrayList<>(fields);
        out.add(more);
        return List.copyOf(out);
    }

    private static String unique(Spelling s, List<String> fields, Table t) {
        return Quoted.name(s.withFields("@@unique", fields, t.columnNamesOf(fields)));
    }

    /** The links as names in a message, each quoted (and so cut when long, as every quoted name is). */
    private static String names(List<String> links) {
        return String.join(", ", links.stream().map(Quoted::name).toList());
    }

    Diagnostic noNaturalKey(Span at, String entity, List<String> links, Table t) {
        return finding(at, "link entity " + Quoted.name(entity) + " of " + names(links) + " has only a surrogate key; the same link "
                + "can be stored twice", s -> "if (" + names(links) + ") identifies one " + Quoted.name(entity) + ", declare that natural key: "
                + Quoted.name(s.withFields("@@id", links, t.columnNamesOf(links))) + " or " + unique(s, links, t));
    }
}
