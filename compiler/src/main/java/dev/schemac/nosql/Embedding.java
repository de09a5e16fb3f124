package dev.schemac.nosql;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Model;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.Relation;
import dev.schemac.nosql.RelationChoice.Kind;
import dev.schemac.nosql.RelationChoice.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for every relation of a model, whether documents embed or reference. Entities are
 * decided children first (an entity after every entity that refers to it), so whether a
 * child's own children are embedded in it is known when the child is decided. An entity is
 * embedded where {@code @embed} says (each such attribute is checked: a problem is a
 * diagnostic, and the relation is then referenced); otherwise in the parent it belongs to
 * alone: its key to that parent is required and cascades on delete, nothing else refers to
 * it or deletes it, it has no collection, expiry or cross-parent unique constraint of its
 * own, no index or {@code @@query} reads its parent's rows of it by a time, it is not keyed by
 * a time under its parent, and the declared volumes do not put more
 * than {@link #MAX_PER_DOCUMENT} of it in one document (nor declare more than that many of it
 * for a parent of unknown volume).
 */
public final class Embedding {
    /** More children per parent than this (from {@code @@volume}) are kept in their own collection. */
    public static final long MAX_PER_DOCUMENT = 1_000;

    private final Model model;
    /** Embedded entity name → the choice that embeds it. */
    private final Map<String, RelationChoice> embeddedBy = new LinkedHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    /** Entity name → the to-one fields (with their entity) that point at it. */
    private final Map<String, List<Map.Entry<Entity, Field>>> referrers = new java.util.HashMap<>();
    /** Entity name → the {@code @embed} fields whose target it is. */
    private final Map<String, List<Map.Entry<Entity, Field>>> embeds = new java.util.HashMap<>();
    private final java.util.Set<String> embeddingFields = new java.util.HashSet<>();
    private List<RelationChoice> choices;

    private Embedding(Model model) {
        this.model = model;
        for (Entity x : model.entities()) {
            for (Field g : x.fields()) {
                if (g.relation() == null) continue;
                if (g.relation().kind().holdsForeignKey()) {
                    referrers.computeIfAbsent(g.relation().target(), k -> new ArrayList<>()).add(Map.entry(x, g));
                }
                if (g.store().embedded()) embeds.computeIfAbsent(g.relation().target(), k -> new ArrayList<>()).add(Map.entry(x, g));
            }
        }
    }

    public static Embedding of(Model model) {
        var e = new Embedding(model);
        e.decide();
        for (RelationChoice c : e.embeddedBy.values()) e.embeddingFields.add(c.entity() + "." + c.field());
        e.choices = e.computeChoices();
        for (RelationChoice c : e.choices) if (c.kind() == Kind.REFERENCE_ARRAY) e.arrayFields.add(c.entity() + "." + c.field());
        return e;
    }

    /** One choice per relation, in the model's order of entities and fields. */
    public List<RelationChoice> choices() {
        return choices;
    }

    private List<RelationChoice> computeChoices() {
        var out = new ArrayList<RelationChoice>();
        for (Entity e : model.entities()) {
            for (Field f : e.fields()) {
                Relation r = f.relation();
                if (r == null) continue;
                if (r.kind() == Relation.Kind.MANY_TO_MANY) {
                    Entity other = model.requireEntity(r.target());
                    if (ownsArray(e, f, other)) {
                        out.add(new RelationChoice(e.name(), f.name(), other.name(), r.inverse(), Kind.REFERENCE_ARRAY,
                                Reason.MANY_TO_MANY, null, null));
                    }
                    continue;
                }
                if (!r.kind().holdsForeignKey()) continue;
                RelationChoice child = embeddedBy.get(e.name());
                if (child != null && child.target().equals(e.name()) && f.name().equals(child.inverse())
                        && child.entity().equals(r.target()) && !holderSide(child)) {
                    out.add(child);
                    continue;
                }
                RelationChoice parent = embeddedBy.get(r.target());
                if (parent != null && parent.entity().equals(e.name()) && parent.field().equals(f.name())) {
                    out.add(parent);
                    continue;
                }
                Link l = link(e, f);
                var why = whyNot(l, true);
                out.add(reference(l, why == null ? new Why(Reason.CLAIMED, "is stored elsewhere") : why));
            }
        }
        return out;
    }

    /** The choice that embeds {@code entity} in another one's documents, if any. */
    public Optional<RelationChoice> embeddedBy(String entity) {
        return Optional.ofNullable(embeddedBy.get(entity));
    }

    public boolean isEmbedded(String entity) {
        return embeddedBy.containsKey(entity);
    }

    /** Whether {@code entity}'s many-to-many {@code field} holds the array of the other side's ids. */
    public boolean holdsArray(String entity, String field) {
        return arrayFields.contains(entity + "." + field);
    }

    private final java.util.Set<String> arrayFields = new java.util.HashSet<>();

    /** Whether {@code entity}'s field {@code field} embeds its target. */
    public boolean embeds(String entity, String field) {
        return embeddingFields.contains(entity + "." + field);
    }

    /** What is wrong with the {@code @embed} attributes of the model. */
    public List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /**
     * The embedded entity's field that holds the key of its container (implied by nesting, so
     * documents leave it out), or null when the container holds the key itself.
     */
    public String linkOf(RelationChoice c) {
        return holderSide(c) ? null : c.inverse();
    }

    private boolean holderSide(RelationChoice c) {
        return model.requireEntity(c.entity()).requireField(c.field()).relation().kind().holdsForeignKey();
    }

    /** Unique constraints of an entity as field lists with where they were written (the primary key excluded). */
    static List<IndexSpec> uniques(Entity e) {
        var out = new ArrayList<IndexSpec>();
        for (Field f : e.fields()) {
            if (f.unique() && f.isStored()) out.add(new IndexSpec(f.span(), List.of(f.name()), null));
        }
        out.addAll(e.uniques());
        return out;
    }

    // ------------------------------------------------------------------ deciding

    /**
     * Children first: an entity after every entity with a to-one field pointing at it (Kahn's
     * algorithm; the entities of a reference cycle follow in the model's order).
     */
    private List<Entity> childrenFirst() {
        var pending = new java.util.HashMap<String, Integer>();
        for (Entity e : model.entities()) {
            int n = 0;
            for (var r : referrers.getOrDefault(e.name(), List.of())) if (!r.getKey().name().equals(e.name())) n++;
            pending.put(e.name(), n);
        }
        var out = new ArrayList<Entity>();
        var done = new java.util.HashSet<String>();
        var ready = new java.util.ArrayDeque<Entity>();
        for (Entity e : model.entities()) if (pending.get(e.name()) == 0) ready.add(e);
        int next = 0;
        while (out.size() < model.entities().size()) {
            if (ready.isEmpty()) {
                while (done.contains(model.entities().get(next).name())) next++;
                ready.add(model.entities().get(next));
            }
            Entity e = ready.poll();
            if (!done.add(e.name())) continue;
            out.add(e);
            for (Field g : e.fields()) {
                if (g.relation() == null || !g.relation().kind().holdsForeignKey()) continue;
                String t = g.relation().target();
                if (t.equals(e.name()) || done.contains(t)) continue;
                int left = pending.merge(t, -1, Integer::sum);
                if (left == 0) ready.add(model.requireEntity(t));
            }
        }
        return out;
    }

    private void decide() {
        for (Entity c : childrenFirst()) {
            var explicit = embeds.getOrDefault(c.name(), List.of());
            if (!explicit.isEmpty()) {
                explicit(c, explicit);
                continue;
            }
            for (Field h : c.fields()) {
                Relation r = h.relation();
                if (r == null || !r.kind().holdsForeignKey()) continue;
                Link l = link(c, h);
                if (whyNot(l, false) == null) {
                    embeddedBy.put(c.name(), new RelationChoice(l.parent().name(), l.back().name(), c.name(), h.name(),
                            Kind.EMBED, Reason.EMBED_OWNED, null, bound(l.parent(), l.back(), c)));
                    break;
                }
            }
        }
        breakCycles();
    }

    private void explicit(Entity c, List<Map.Entry<Entity, Field>> embeds) {
        for (var pf : embeds) {
            Entity p = pf.getKey();
            Field f = pf.getValue();
            String where = p.name() + "." + f.name();
            var at = f.store().embed();
            switch (f.relation().kind()) {
                case MANY_TO_ONE -> {
                    problems.add(Messages.embedSharedChild(at, where, c.name(),
                            "can be the " + f.name() + " of many " + p.name() + " rows, and each would hold its own copy"));
                    continue;
                }
                case MANY_TO_MANY -> {
                    problems.add(Messages.embedSharedChild(at, where, c.name(), "belongs to many " + p.name() + " rows (a many-to-many)"));
                    continue;
                }
                default -> { }
            }
            if (embeds.size() > 1) {
                var other = embeds.stream().filter(x -> x != pf).findFirst().orElseThrow();
                problems.add(Messages.embedSharedChild(at, where, c.name(), "is also embedded by " + Quoted.name(other.getKey().name() + "."
                        + other.getValue().name())));
                continue;
            }
            boolean holder = f.relation().kind().holdsForeignKey();
            Field link = holder ? null : c.requireField(f.relation().inverse());
            if (link != null && link.nullable()) {
                problems.add(Messages.embedOptionalParent(at, where, c.name(), c.name() + "." + link.name()));
                continue;
            }
            String claim = claim(c, holder ? f : link);
            if (claim != null) {
                problems.add(Messages.embedSharedChild(at, where, c.name(), claim));
                continue;
            }
            var choice = new RelationChoice(p.name(), f.name(), c.name(), f.relation().inverse(), Kind.EMBED,
                    Reason.EMBED_DECLARED, null, bound(p, f, c));
            if (checkEmbedded(c, choice, link)) embeddedBy.put(c.name(), choice);
        }
    }

    /** What an embedded entity must not have: its own collection, an expiry, a unique across parents. */
    private boolean checkEmbedded(Entity child, RelationChoice c, Field link) {
        int before = problems.size();
        var store = child.store();
        if (store.collection() != null) {
            problems.add(Messages.embeddedHasCollection(store.collectionSpan(), "@@collection", child.name(), c.entity()));
        }
        if (!store.shardKey().isEmpty()) {
            problems.add(Messages.embeddedHasCollection(store.shardKeySpan(), "@@shard_key", child.name(), c.entity()));
        }
        for (Field f : child.fields()) {
            if (f.store().ttl() != null) {
                problems.add(Messages.ttlInEmbedded(f.store().ttl().span(), child.name() + "." + f.name(), child.name(), c.entity()));
            }
        }
        for (var u : uniques(child)) {
            if (link == null || !u.fields().contains(link.name())) {
                problems.add(Messages.embeddedUnique(u.span(), child.name(), u.fields(), c.entity(),
                        link == null ? c.entity() + "." + c.field() : child.name() + "." + link.name()));
            }
        }
        return problems.size() == before;
    }

    /** Why the child of {@code l} is not embedded in its parent by the model's shape; null when it is. */
    private Why whyNot(Link l, boolean decided) {
        if (l.self()) return new Why(Reason.SELF, null);
        if (l.back() == null) return new Why(Reason.NO_BACK_SIDE, null);
        if (!l.required()) return new Why(Reason.OPTIONAL, null);
        if (!l.cascades()) return new Why(Reason.NOT_CASCADE, l.holder().relation().onDelete().keyword());
        String claim = claim(l.child(), l.holder());
        if (claim != null) return new Why(Reason.CLAIMED, claim);
        RelationChoice elsewhere = embeddedBy.get(l.child().name());
        if (elsewhere != null && !elsewhere.entity().equals(l.parent().name())) {
            return new Why(Reason.CLAIMED, "is embedded in " + elsewhere.entity());
        }
        if (l.child().store().collection() != null || !l.child().store().shardKey().isEmpty()) {
            return new Why(Reason.OWN_COLLECTION, null);
        }
        for (var u : uniques(l.child())) {
            if (!u.fields().contains(l.holder().name())) return new Why(Reason.UNIQUE_ACROSS_PARENTS, String.join(", ", u.fields()));
        }
        if (l.child().fields().stream().anyMatch(f -> f.store().ttl() != null)) return new Why(Reason.EXPIRES, null);
        String paged = pagedBy(l);
        if (paged != null) return new Why(Reason.PAGED, paged);
        String queried = queriedBy(l.child(), l.holder().name());
        if (queried != null) return new Why(Reason.QUERIED, queried);
        // How many children one parent gathers is a question only where the parent lists them: a
        // one-to-one parent holds at most one, whatever the volumes or the child's key.
        var bound = bound(l.parent(), l.back(), l.child());
        switch (bound.basis()) {
            case ONE -> { }
            // Declared volumes bound the rows per parent, a series or not: they decide.
            case PER_PARENT -> {
                if (bound.tooMany()) return new Why(Reason.TOO_MANY, null);
            }
            case DECLARED_TOTAL, UNDECLARED -> {
                String series = timeKeyed(l);
                if (series != null) return new Why(Reason.TIME_KEYED, series);
                // Without the parent's volume the children per parent are unknown: all of them may share one.
                if (bound.tooMany()) return new Why(Reason.UNBOUNDED, null);
            }
        }
        if (decided && cycleVictim(l)) return new Why(Reason.CYCLE, null);
        return null;
    }

    private record Why(Reason reason, String detail) {}

    /**
     * What bounds how many {@code child} rows one {@code parent} document holds through its field
     * {@code side}: the one home of that figure, which both the decision and its sentence use.
     */
    static RelationChoice.Bound bound(Entity parent, Field side, Entity child) {
        if (!side.isList()) return RelationChoice.Bound.ONE;
        var pv = parent.volume();
        var cv = child.volume();
        if (cv == null) return RelationChoice.Bound.UNDECLARED;
        if (pv == null) return new RelationChoice.Bound(RelationChoice.Bound.Basis.DECLARED_TOTAL, cv.rows());
        return new RelationChoice.Bound(RelationChoice.Bound.Basis.PER_PARENT, cv.rows() / Math.max(1, pv.rows()));
    }

    /**
     * The time field of an index led by the link ({@code @@index(user, created_at)}), or null:
     * the model reads each parent's children by that time, which an index serves only over a
     * collection of their own (MongoDB indexes documents, not the elements of one document's
     * array). An access path, not a proof of growth: a {@code due_on} grows no list by itself.
     */
    private static String pagedBy(Link l) {
        var specs = new ArrayList<IndexSpec>(l.child().indexes());
        for (IndexSpec s : specs) {
            if (s.fields().size() < 2 || !s.fields().get(0).equals(l.holder().name())) continue;
            var next = l.child().field(s.fields().get(1));
            if (next.isPresent() && next.get().type() instanceof dev.schemac.model.FieldType.Scalar sc && sc.kind().isTemporal()) {
                return next.get().name();
            }
        }
        return null;
    }

    /**
     * The time field by which a structured {@code @@query} of {@code child} reads one parent's
     * rows ({@code where: [holder]} and that field in {@code order} or {@code where}), or null:
     * like {@link #pagedBy}, a read only an index over a collection of their own serves. A query
     * says how rows are read, not how many there are, so it is not taken as growth.
     */
    static String queriedBy(Entity child, String holder) {
        for (var q : child.queries()) {
            if (!q.where().contains(holder)) continue;
            var fields = new ArrayList<String>();
            for (var o : q.order()) fields.add(o.field());
            fields.addAll(q.where());
            for (String name : fields) {
                var f = child.field(name);
                if (f.isPresent() && f.get().type() instanceof dev.schemac.model.FieldType.Scalar sc && sc.kind().isTemporal()) return name;
            }
        }
        return null;
    }

    /**
     * The time field of a child keyed by its parent and a time ({@code @id} on both), or null: each
     * parent's key values are a series that grows with every instant, with nothing to end it. A
     * time of day is no such field: it repeats each day, so one parent's rows keyed by it are
     * bounded by the day's instants and grow no further.
     */
    private static String timeKeyed(Link l) {
        var key = l.child().primaryKey();
        if (key.size() < 2 || !key.contains(l.holder().name())) return null;
        for (String k : key) {
            var f = l.child().field(k);
            if (f.isPresent() && f.get().type() instanceof dev.schemac.model.FieldType.Scalar sc && sc.kind().isTemporal()
                    && sc.kind() != dev.schemac.model.ScalarKind.TIME) return k;
        }
        return null;
    }

    private final java.util.Set<String> cycleVictims = new java.util.HashSet<>();

    private boolean cycleVictim(Link l) {
        return cycleVictims.contains(l.child().name() + "." + l.holder().name());
    }

    /**
     * The first thing, other than {@code own} (the field that stores this embedding), that
     * claims rows of {@code child}: a to-one field pointing at it (unless that field's entity
     * is itself embedded in the child through it), a many-to-many, or a second to-one of its
     * own that cascades. Null when there is none.
     */
    private String claim(Entity child, Field own) {
        for (var xg : referrers.getOrDefault(child.name(), List.of())) {
            Entity x = xg.getKey();
            Field g = xg.getValue();
            if (g == own) continue;
            RelationChoice inner = embeddedBy.get(x.name());
            boolean nested = inner != null && inner.entity().equals(child.name()) && g.name().equals(inner.inverse());
            if (!nested) return "is also referred to by " + Quoted.name(x.name() + "." + g.name());
        }
        for (Field g : child.fields()) {
            if (g == own || g.relation() == null) continue;
            if (g.relation().kind() == Relation.Kind.MANY_TO_MANY) {
                return "is in the many-to-many " + Quoted.name(child.name() + "." + g.name());
            }
            if (g.relation().kind().holdsForeignKey() && g.relation().onDelete() == ReferentialAction.CASCADE
                    && !(embeddedBy.containsKey(g.relation().target()) && embeddedBy.get(g.relation().target()).entity().equals(child.name()))) {
                return "is also deleted with its " + g.relation().target() + " (" + Quoted.name(child.name() + "." + g.name())
                        + " cascades)";
            }
        }
        return null;
    }

    /** An embedding that would put an entity inside itself: reported (explicit) or turned into a reference. */
    private void breakCycles() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var entry : List.copyOf(embeddedBy.entrySet())) {
                String start = entry.getKey();
                var path = new ArrayList<String>();
                path.add(start);
                String at = entry.getValue().entity();
                boolean cycle = false;
                for (int i = 0; i <= embeddedBy.size(); i++) {
                    path.add(at);
                    if (at.equals(start)) {
                        cycle = true;
                        break;
                    }
                    RelationChoice up = embeddedBy.get(at);
                    if (up == null) break;
                    at = up.entity();
                }
                if (!cycle) continue;
                RelationChoice c = entry.getValue();
                if (c.reason() == Reason.EMBED_DECLARED) {
                    java.util.Collections.reverse(path);
                    problems.add(Messages.embedCycle(model.requireEntity(c.entity()).requireField(c.field()).store().embed(), path));
                } else {
                    cycleVictims.add(c.target() + "." + c.inverse());
                }
                embeddedBy.remove(start);
                changed = true;
                break;
            }
        }
    }

    private Link link(Entity child, Field h) {
        Entity parent = model.requireEntity(h.relation().target());
        Field back = h.relation().inverse() == null ? null : parent.requireField(h.relation().inverse());
        return new Link(child, h, parent, back);
    }

    /** The side declared first (entity order, then field order) holds the array of ids. */
    private final Map<String, Integer> position = new java.util.HashMap<>();

    private boolean ownsArray(Entity e, Field f, Entity other) {
        if (position.isEmpty()) for (Entity x : model.entities()) position.put(x.name(), position.size());
        if (!e.name().equals(other.name())) return position.get(e.name()) < position.get(other.name());
        var inv = f.relation().inverse();
        return inv == null || e.fields().indexOf(f) < e.fields().indexOf(e.requireField(inv));
    }

    private static RelationChoice reference(Link l, Why why) {
        return new RelationChoice(l.child().name(), l.holder().name(), l.parent().name(),
                l.back() == null ? null : l.back().name(), Kind.REFERENCE, why.reason(), why.detail(),
                l.back() == null ? null : bound(l.parent(), l.back(), l.child()));
    }
}
