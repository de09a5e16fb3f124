package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.lang.Attributes;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.IdStrategy;
import dev.schemac.model.Origin;
import dev.schemac.model.ScalarKind;
import dev.schemac.model.Settings;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entity without relation pairing: mixins expanded, implicit key and timestamps
 * added, field and entity attributes read, the primary key decided.
 */
final class EntityResolver {
    /** The implicit key's name, for an entity without {@code @id} or {@code @@id}. */
    static final String IMPLICIT_KEY = "id";
    /** The implicit timestamps, when the settings and the entity keep them. */
    private static final String UPDATED_AT = "updated_at";
    static final List<String> TIMESTAMPS = List.of("created_at", UPDATED_AT);

    private final Symbols symbols;
    private final Settings settings;
    private final Diagnostics diags;
    private final FieldResolver fields;
    private final StoreHintReader storeHints;
    private final EntityCheckReader checks;
    private final QueryReader queries;

    EntityResolver(Symbols symbols, Settings settings, Diagnostics diags) {
        this.symbols = symbols;
        this.settings = settings;
        this.diags = diags;
        this.fields = new FieldResolver(symbols, diags);
        this.storeHints = new StoreHintReader(diags);
        this.checks = new EntityCheckReader(diags);
        this.queries = new QueryReader(diags);
    }

    /**
     * The entity, all but its fields, which the relation pairing finishes from the drafts
     * (a field's relation needs every entity's fields); and the declared fields that did not
     * resolve (reported at their declaration, so a later phase must not call them unknown again).
     */
    record Result(Entity.Builder entity, List<FieldDraft> drafts, Set<String> unresolved) {}

    record Sourced<T>(T member, String mixin) {}

    Result resolve(EntityDecl decl) {
        String name = decl.name().text();
        var fieldDecls = new ArrayList<Sourced<FieldDecl>>();
        var blockAttrs = new ArrayList<Sourced<Attribute>>();
        List<String> mixinNames = gather(decl, fieldDecls, blockAttrs);

        // Fields, with duplicates reported once each.
        // Sized for every field declared, so neither map is rehashed as it fills.
        int capacity = fieldDecls.size() * 4 / 3 + 1;
        Map<String, FieldDraft> byName = new LinkedHashMap<>(capacity);
        Map<String, Span> declaredAt = new LinkedHashMap<>(capacity);
        Set<String> unresolved = new HashSet<>();
        boolean unresolvedKey = false;
        for (var s : fieldDecls) {
            FieldDecl f = s.member();
            String fname = f.name().text();
            Span first = declaredAt.putIfAbsent(fname, f.name().span());
            if (first != null) {
                diags.add(Messages.duplicateField(f.name().span(), name, fname, first,
                        s.mixin() == null ? "" : " (it comes from mixin " + Quoted.name(s.mixin()) + ")"));
                continue;
            }
            FieldDraft draft = fields.resolve(f, s.mixin() == null ? Origin.DECLARED : Origin.MIXIN, s.mixin());
            if (draft != null) {
                byName.put(fname, draft);
            } else {
                unresolved.add(fname);
                unresolvedKey |= fname.equals(IMPLICIT_KEY) || f.attributes().stream().anyMatch(x -> x.name().text().equals(Attributes.ID));
            }
        }

        // Entity attributes.
        var names = new EntityFieldNames(name, declaredAt.keySet(), byName, settings.timestamps(), diags);
        var block = new EntityAttributeReader(names, diags, storeHints, checks, queries);
        block.read(blockAttrs);

        // Primary key: @id fields, or @@id, or an implicit `id`.
        List<String> key = declaredKey(name, byName.values(), block);
        var ordered = new ArrayList<FieldDraft>();
        if (key.isEmpty()) {
            if (unresolvedKey) {
                // The key field's own error was said; an implicit key stands in so later phases see a key.
                ordered.add(implicitId(decl));
                key = List.of(IMPLICIT_KEY);
            } else if (declaredAt.containsKey(IMPLICIT_KEY)) {
                diags.add(Messages.duplicateField(declaredAt.get(IMPLICIT_KEY), name, IMPLICIT_KEY, decl.name().span(),
                        " (an entity without @id gets an implicit key named `id`)").withNote(declaredAt.get(IMPLICIT_KEY),
                        "mark this field @id to make it the key"));
            } else {
                ordered.add(implicitId(decl));
                key = List.of(IMPLICIT_KEY);
            }
        }
        ordered.addAll(byName.values());
        boolean timestamps = settings.timestamps() && block.timestamps();
        if (timestamps) {
            for (String ts : TIMESTAMPS) {
                if (!declaredAt.containsKey(ts)) ordered.add(implicitTimestamp(decl, ts));
            }
        }
        checkKey(key, ordered);

        var entity = block.applyTo(Entity.builder(decl.span(), name)).nameSpan(decl.name().span()).doc(decl.doc()).mixins(mixinNames).primaryKey(key)
                .timestamps(timestamps).primaryKeyName(keyName(ordered, block));
        return new Result(entity, ordered, Set.copyOf(unresolved));
    }

    /**
     * The entity's members, its own first, then each mixin's in the order listed; returns the
     * mixins used (unknown and repeated ones reported and skipped).
     */
    private List<String> gather(EntityDecl decl, List<Sourced<FieldDecl>> fieldDecls, List<Sourced<Attribute>> blockAttrs) {
        collect(decl.members(), null, fieldDecls, blockAttrs);
        var mixinNames = new ArrayList<String>();
        for (Ident m : decl.mixins()) {
            MixinDecl mixin = symbols.mixins().get(m.text());
            if (mixin == null) {
                var candidates = new ArrayList<>(symbols.mixins().keySet());
                String elsewhere = SiblingFiles.declaring(m.span(), m.text(), true)
                        .map(f -> Messages.importHint(f, "mixin", m.text())).orElse(null);
                diags.add(Messages.unknownMixin(m.span(), m.text(), elsewhere != null ? null
                        : Suggest.closest(m.text(), candidates), elsewhere));
                continue;
            }
            if (mixinNames.contains(m.text())) {
                diags.add(Messages.duplicateMixin(m.span(), m.text()));
                continue;
            }
            mixinNames.add(m.text());
            collect(mixin.members(), m.text(), fieldDecls, blockAttrs);
        }
        return mixinNames;
    }

    /** The key the entity declares: its {@code @id} fields, else its {@code @@id}, else none (empty). */
    private List<String> declaredKey(String entity, Collection<FieldDraft> fields, EntityAttributeReader block) {
        List<String> key = new ArrayList<>();
        Span firstIdSpan = null;
        for (FieldDraft d : fields) {
            if (d.field().id()) {
                key.add(d.name());
                if (firstIdSpan == null) firstIdSpan = d.field().span();
            }
        }
        if (!key.isEmpty() && block.compositeKey() != null) {
            diags.add(Messages.keyTwice(block.compositeKeySpan(), entity, firstIdSpan));
        } else if (block.compositeKey() != null) {
            key = block.compositeKey();
        }
        return key;
    }

    private static void collect(List<Member> members, String mixin, List<Sourced<FieldDecl>> fields,
                                List<Sourced<Attribute>> attrs) {
        for (Member m : members) {
            if (m instanceof FieldDecl f) fields.add(new Sourced<>(f, mixin));
            else if (m instanceof Attribute a) attrs.add(new Sourced<>(a, mixin));
        }
    }

    private FieldDraft implicitId(EntityDecl decl) {
        boolean uuid = settings.ids() == IdStrategy.UUID;
        var type = FieldType.Scalar.of(uuid ? ScalarKind.UUID : ScalarKind.INT);
        var f = Field.builder(decl.name().span(), IMPLICIT_KEY, type).defaultValue(uuid ? new DefaultValue.Uuid() : null)
                .id(true).auto(!uuid).origin(Origin.IMPLICIT).build();
        return new FieldDraft(f);
    }

    private FieldDraft implicitTimestamp(EntityDecl decl, String name) {
        var f = Field.builder(decl.name().span(), name, FieldType.Scalar.of(ScalarKind.DATETIME))
                .defaultValue(new DefaultValue.Now()).updatedAt(name.equals(UPDATED_AT)).origin(Origin.IMPLICIT).build();
        return new FieldDraft(f);
    }

    /** The explicit primary key name: from {@code @@id(..., name = ...)} or the one {@code @id(name = ...)}. */
    private String keyName(List<FieldDraft> ordered, EntityAttributeReader block) {
        if (block.compositeKey() != null) return block.keyName();
        String name = null;
        Field first = null;
        for (FieldDraft d : ordered) {
            String n = d.field().names().primaryKey();
            if (n == null) continue;
            if (name != null && !name.equals(n)) {
                diags.add(Messages.badAttributeArguments(d.field().span(), Attributes.display(Attributes.ID),
                        "the primary key is already named "
                        + Quoted.name(name) + " on " + Quoted.name(first.name()), s -> "name the key once, on one " + s.attribute(Attributes.display(Attributes.ID)) + " field or with "
                                + s.attribute(Attributes.blockDisplay(Attributes.ID))));
                continue;
            }
            name = n;
            first = d.field();
        }
        return name;
    }

    private void checkKey(List<String> key, List<FieldDraft> ordered) {
        Map<String, FieldDraft> byName = new LinkedHashMap<>();
        for (FieldDraft d : ordered) byName.put(d.name(), d);
        for (String k : key) {
            FieldDraft d = byName.get(k);
            if (d == null) continue;
            if (d.field().nullable()) diags.add(Messages.nullableKey(d.field().span(), k));
            if (d.isList()) diags.add(Messages.listInKey(d.field().span(), k, "the primary key"));
        }
        for (FieldDraft d : ordered) {
            Field f = d.field();
            if (!f.auto() || f.origin() == Origin.IMPLICIT) continue;
            if (!f.id()) diags.add(Messages.badAuto(f.span(), f.name(), "the field is not the primary key"));
            else if (key.size() > 1) diags.add(Messages.badAuto(f.span(), f.name(), "the primary key has several fields"));
        }
    }
}
