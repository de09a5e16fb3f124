package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.lang.Attributes;
import dev.schemac.model.Field;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.Relation;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs relation fields across entities and decides what each one means: which side holds
 * the foreign key, one-to-one or many-to-one, or many-to-many. Pairing is mutual: two
 * fields pair only when each is the other's only candidate, so an ambiguity is reported
 * once, where it is.
 */
final class RelationPairing {
    private final Map<String, List<FieldDraft>> draftsByEntity;
    private final Diagnostics diags;
    // Drafts are keyed by identity: two fields may be equal as values, and record hashing
    // would walk whole field trees on every lookup.
    private final Map<FieldDraft, FieldDraft> partner = new IdentityHashMap<>();
    /** The entity of each relation field. */
    private final Map<FieldDraft, String> owner = new IdentityHashMap<>();
    /**
     * The relation fields of each entity by the entity they point at, in declaration order: a field's
     * candidates are looked up there instead of in every field of its target.
     */
    private final Map<String, Map<String, List<FieldDraft>>> relationsByTarget = new HashMap<>();

    private final java.util.Set<String> incomplete;

    /** {@code incomplete}: entities with a field that did not resolve, whose missing partners are not reported again. */
    RelationPairing(Map<String, List<FieldDraft>> draftsByEntity, Diagnostics diags, java.util.Set<String> incomplete) {
        this.draftsByEntity = draftsByEntity;
        this.diags = diags;
        this.incomplete = java.util.Set.copyOf(incomplete);
        // Only relation fields are paired, so only theirs are looked up.
        draftsByEntity.forEach((e, ds) -> {
            var byTarget = new HashMap<String, List<FieldDraft>>();
            for (FieldDraft d : ds) {
                if (!d.isRelation()) continue;
                owner.put(d, e);
                byTarget.computeIfAbsent(d.target(), t -> new ArrayList<>()).add(d);
            }
            relationsByTarget.put(e, byTarget);
        });
    }

    /** Returns the final fields per entity, relations set. */
    Map<String, List<Field>> pair() {
        Map<FieldDraft, List<FieldDraft>> candidates = new IdentityHashMap<>();
        for (var entry : draftsByEntity.entrySet()) {
            for (FieldDraft f : entry.getValue()) {
                if (f.isRelation()) candidates.put(f, candidatesOf(entry.getKey(), f));
            }
        }
        for (var entry : candidates.entrySet()) {
            FieldDraft f = entry.getKey();
            List<FieldDraft> cs = entry.getValue();
            if (cs.size() == 1) {
                FieldDraft g = cs.get(0);
                List<FieldDraft> back = candidates.get(g);
                if (back != null && back.size() == 1 && back.get(0) == f) partner.put(f, g);
            }
        }
        var out = new LinkedHashMap<String, List<Field>>();
        for (var entry : draftsByEntity.entrySet()) {
            String entity = entry.getKey();
            var fields = new ArrayList<Field>();
            for (FieldDraft f : entry.getValue()) {
                // The relation is set only now: what it means depends on the fields of both entities.
                fields.add(f.isRelation() ? f.field().toBuilder().relation(relation(entity, f, candidates.get(f))).build()
                        : f.field());
            }
            out.put(entity, fields);
        }
        return out;
    }

    private List<FieldDraft> candidatesOf(String entity, FieldDraft f) {
        String target = f.target();
        boolean self = target.equals(entity);
        if (self && f.relationName() == null) {
            diags.add(Messages.selfRelationUnnamed(f.field().span(), entity, f.name()));
            return List.of();
        }
        var out = new ArrayList<FieldDraft>();
        for (FieldDraft g : relationsByTarget.getOrDefault(target, Map.of()).getOrDefault(entity, List.of())) {
            if (g == f) continue;
            if (f.relationName() == null ? g.relationName() == null : f.relationName().equals(g.relationName())) {
                out.add(g);
            }
        }
        if (f.relationName() != null && out.size() > 1) {
            diags.add(Messages.relationNameUnmatched(f.relationSpan(), f.relationName(),
                    "is used on more than two fields of " + Quoted.name(entity) + " and " + Quoted.name(target)));
            return List.of();
        }
        if (f.relationName() == null && out.size() > 1) {
            diags.add(Messages.ambiguousRelation(f.field().span(), entity, f.name(), target,
                    out.stream().map(FieldDraft::name).toList()));
            return out;
        }
        if (out.isEmpty() && f.isList() && !incomplete.contains(target)) {
            if (f.relationName() != null) {
                diags.add(Messages.relationNameUnmatched(f.relationSpan(), f.relationName(),
                        "has no partner field on " + Quoted.name(target)));
            } else {
                diags.add(Messages.unpairedRelation(f.field().span(), entity, f.name(), target));
            }
        }
        return out;
    }

    private Relation relation(String entity, FieldDraft f, List<FieldDraft> cs) {
        FieldDraft g = partner.get(f);
        String inverse = g == null ? null : g.name();
        Relation.Kind kind;
        if (f.isList()) {
            kind = g != null && g.isList() ? Relation.Kind.MANY_TO_MANY : Relation.Kind.ONE_TO_MANY;
        } else if (g == null || g.isList()) {
            kind = f.field().unique() ? Relation.Kind.ONE_TO_ONE : Relation.Kind.MANY_TO_ONE;
        } else {
            kind = holdsKeyOfOneToOne(entity, f, g) ? Relation.Kind.ONE_TO_ONE : Relation.Kind.ONE_TO_ONE_BACK;
        }
        ReferentialAction onDelete = null;
        ReferentialAction onUpdate = null;
        if (kind.holdsForeignKey()) {
            onDelete = action(f, f.onDelete(), f.onDeleteSpan(), Attributes.ON_DELETE,
                    f.field().nullable() ? ReferentialAction.SET_NULL : ReferentialAction.RESTRICT);
            onUpdate = action(f, f.onUpdate(), f.onUpdateSpan(), Attributes.ON_UPDATE, ReferentialAction.CASCADE);
        } else {
            if (f.onDeleteSpan() != null) {
                diags.add(Messages.relationAttributeOnBackSide(f.onDeleteSpan(), Attributes.display(Attributes.ON_DELETE),
                        entity + "." + f.name()));
            }
            if (f.onUpdateSpan() != null) {
                diags.add(Messages.relationAttributeOnBackSide(f.onUpdateSpan(), Attributes.display(Attributes.ON_UPDATE),
                        entity + "." + f.name()));
            }
            if (f.field().names().foreignKey() != null) {
                diags.add(Messages.relationAttributeOnBackSide(f.relationSpan() != null ? f.relationSpan() : f.field().span(),
                        Attributes.display(Attributes.RELATION) + "(" + Attributes.MAP_ARGUMENT + " = ...)",
                        entity + "." + f.name()));
            }
        }
        return new Relation(f.relationName(), kind, f.target(), inverse, onDelete, onUpdate);
    }

    /** The action {@code @attribute} gives, or the fallback where it gives none or one that cannot hold. */
    private ReferentialAction action(FieldDraft f, ReferentialAction given, Span at, String attribute,
                                     ReferentialAction fallback) {
        if (given == null) return fallback;
        if (given == ReferentialAction.SET_NULL && !f.field().nullable()) {
            diags.add(Messages.setNullOnRequired(at, f.name(), Attributes.display(attribute)));
            return fallback;
        }
        return given;
    }

    /**
     * Of two single fields pointing at each other, the @unique one holds the key. When the
     * choice is not clear, the fields are reported from the side declared first.
     */
    private boolean holdsKeyOfOneToOne(String entity, FieldDraft f, FieldDraft g) {
        boolean fu = f.field().unique() || f.field().id();
        boolean gu = g.field().unique() || g.field().id();
        if (fu && !gu) {
            if (!g.field().nullable()) diags.add(Messages.backSideRequired(g.field().span(), owner.get(g) + "." + g.name()));
            return true;
        }
        if (gu && !fu) return false;
        // Neither or both unique: decide deterministically, report once (from the lexically first side).
        boolean fFirst = first(f, g);
        if (fFirst) {
            if (fu) {
                diags.add(Messages.ambiguousRelation(f.field().span(), entity, f.name(), f.target(), List.of(g.name()))
                        .withNote(g.field().span(), "both sides are @unique: keep @unique on the side that holds the key"));
            } else {
                FieldDraft holder = !f.field().nullable() || g.field().nullable() ? f : g;
                FieldDraft back = holder == f ? g : f;
                diags.add(Messages.oneToOneNotUnique(holder.field().span(), owner.get(holder) + "." + holder.name(),
                        owner.get(back) + "." + back.name()));
            }
        }
        return !f.field().nullable() || g.field().nullable();
    }

    private static boolean first(FieldDraft f, FieldDraft g) {
        var a = f.field().span();
        var b = g.field().span();
        int c = a.file().path().compareTo(b.file().path());
        return c != 0 ? c < 0 : a.start() <= b.start();
    }
}
