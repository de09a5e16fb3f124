package dev.schemac.resolve;

import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.EnumValueDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.ImportDecl;
import dev.schemac.ast.MixinDecl;
import dev.schemac.ast.SchemaDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.ast.Attribute;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.diag.Spelling;
import dev.schemac.lang.Attributes;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.model.Settings;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AST to Model, in a fixed order of phases: the text the model holds ({@link TextCheck}),
 * declarations, settings, enums, entities (fields, attributes, keys), relation pairing, key
 * cycles, then what the targets need of names ({@link NameCheck}), values
 * ({@link ValueCheck}) and patterns ({@link PatternCheck}). Each phase works on what the
 * previous ones resolved; unresolved pieces are dropped after being reported, so later
 * phases never see broken input and no error is reported twice.
 */
public final class Resolver {
    private final Diagnostics diags;

    public Resolver(Diagnostics diags) { this.diags = diags; }

    public Model resolve(List<SchemaFile> files) {
        new TextCheck(diags).run(files);
        Symbols symbols = Symbols.empty();
        SchemaDecl header = declarations(files, symbols);
        Settings settings = new SettingsResolver(diags).resolve(header);
        List<EnumType> enums = enums(symbols);

        var entityResolver = new EntityResolver(symbols, settings, diags);
        var partial = new LinkedHashMap<String, Entity.Builder>();
        var drafts = new LinkedHashMap<String, List<FieldDraft>>();
        // Entities with a field that did not resolve (an unknown type): a relation pointing at one may
        // miss its partner only because of that, which is then said once, on the unresolved field.
        var incomplete = new java.util.HashSet<String>();
        var unresolved = new HashMap<String, java.util.Set<String>>();
        for (EntityDecl e : symbols.entities().values()) {
            int before = diags.errorCount();
            var r = entityResolver.resolve(e);
            if (diags.errorCount() > before) incomplete.add(e.name().text());
            partial.put(e.name().text(), r.entity());
            drafts.put(e.name().text(), r.drafts());
            unresolved.put(e.name().text(), r.unresolved());
        }
        Map<String, List<Field>> paired = new RelationPairing(drafts, diags, incomplete).pair();
        var entities = new ArrayList<Entity>();
        for (var e : partial.entrySet()) {
            Entity full = e.getValue().fields(paired.get(e.getKey())).build();
            checkFieldReferences(full, unresolved.get(e.getKey()));
            entities.add(full);
        }
        Model model = Model.of(settings, files.isEmpty() ? null : new Span(files.get(0).source(), 0, 0), enums, entities);
        new KeyCycles(model, diags).check();
        new NameCheck(diags).run(files, model);
        new ValueCheck(diags).run(files, model);
        new PatternCheck(diags).run(model);
        return model;
    }

    private SchemaDecl declarations(List<SchemaFile> files, Symbols symbols) {
        SchemaDecl header = null;
        Map<String, Span> declared = new HashMap<>();
        for (SchemaFile file : files) {
            for (Declaration d : file.declarations()) {
                if (d instanceof SchemaDecl s) {
                    if (header == null) header = s;
                    else diags.add(Messages.duplicateSchema(s.name().span(), header.name().span()));
                    continue;
                }
                if (d instanceof ImportDecl) continue;
                Ident name;
                String kind;
                if (d instanceof EntityDecl e) {
                    name = e.name();
                    kind = "entity";
                } else if (d instanceof EnumDecl e) {
                    name = e.name();
                    kind = "enum";
                } else {
                    name = ((MixinDecl) d).name();
                    kind = "mixin";
                }
                Span first = declared.putIfAbsent(name.text(), name.span());
                if (first != null) {
                    diags.add(Messages.duplicateDeclaration(name.span(), kind, name.text(), first));
                    continue;
                }
                if (d instanceof EntityDecl e) symbols.entities().put(name.text(), e);
                else if (d instanceof EnumDecl e) symbols.enums().put(name.text(), e);
                else symbols.mixins().put(name.text(), (MixinDecl) d);
            }
        }
        return header;
    }

    private List<EnumType> enums(Symbols symbols) {
        var out = new ArrayList<EnumType>();
        for (EnumDecl e : symbols.enums().values()) {
            if (e.values().isEmpty()) {
                diags.add(Messages.emptyEnum(e.name().span(), e.name().text()));
            }
            var values = new ArrayList<EnumMember>();
            var seen = new HashMap<String, Span>();
            for (EnumValueDecl v : e.values()) {
                Span first = seen.putIfAbsent(v.name().text(), v.name().span());
                if (first != null) {
                    diags.add(Messages.duplicateEnumValue(v.name().span(), e.name().text(), v.name().text(), first));
                    continue;
                }
                values.add(new EnumMember(v.span(), v.name().text(), v.doc(), dbValue(v)));
            }
            out.add(new EnumType(e.span(), e.name().text(), e.name().span(), e.doc(), values));
        }
        return out;
    }

    /** Enum values accept {@code @map("stored")}, as Prisma users expect. */
    private String dbValue(EnumValueDecl v) {
        String value = v.name().text();
        for (Attribute a : v.attributes()) {
            if (!Attributes.ENUM_VALUE.contains(a.name().text())) {
                // A field's attribute on an enum value means nothing there: said so, not "unknown".
                if (Attributes.FIELD.contains(a.name().text())) {
                    diags.add(Messages.attributeNotAllowed(a.span(), a.display(),
                            "does not apply to an enum value; an enum value takes `@map(\"stored value\")` only"));
                } else {
                    diags.add(Messages.unknownAttribute(a.name().span(), a.display(), Attributes.display(Attributes.MAP)));
                }
                continue;
            }
            var args = new Args(a, s -> s.form(Spelling.MAP_ON_ENUM_VALUE), diags);
            if (args.shape(1, 1)) value = args.string(args.positionals().get(0)).orElse(value);
        }
        return value;
    }

    /** Attributes may name implicit fields; whether those exist is known only now. */
    private void checkFieldReferences(Entity e, java.util.Set<String> unresolved) {
        var names = new ArrayList<String>();
        e.fields().forEach(f -> names.add(f.name()));
        // A field whose declaration did not resolve was reported there; naming it is not a second error.
        names.addAll(unresolved);
        var specs = new ArrayList<dev.schemac.model.IndexSpec>(e.indexes());
        specs.addAll(e.uniques());
        for (var s : specs) {
            missing(e, s.span(), s.fields(), names);
            withoutColumn(e, s.span(), s.fields(), e.uniques().contains(s) ? "a unique constraint" : "an index");
        }
        for (var q : e.queries()) {
            var used = new ArrayList<>(q.where());
            q.order().forEach(k -> used.add(k.field()));
            missing(e, q.span(), used, names);
            withoutColumn(e, q.span(), used, "a query");
        }
        for (var c : e.checks()) missing(e, c.span(), List.of(c.left(), c.right()), names);
        for (var d : e.dependencies()) {
            var all = new ArrayList<>(d.from());
            all.addAll(d.to());
            missing(e, d.span(), all, names);
        }
    }

    /** The back side of a one-to-one is known only once relations are paired: it has no column to index or query. */
    private void withoutColumn(Entity e, Span at, List<String> used, String where) {
        for (String u : used) {
            e.field(u).filter(f -> f.relation() != null && !f.isStored())
                    .ifPresent(f -> diags.add(Messages.backSideInKey(at, u, f.relation().target(), where)));
        }
    }

    private void missing(Entity e, Span at, List<String> used, List<String> names) {
        for (String u : used) {
            if (!names.contains(u)) diags.add(Messages.unknownField(at, e.name(), u, Suggest.closest(u, names)));
        }
    }
}
