package dev.schemac.resolve;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.model.Op;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.lang.Attributes;
import dev.schemac.model.AccessPattern;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.Denormalization;
import dev.schemac.model.Dependency;
import dev.schemac.model.Entity;
import dev.schemac.model.EntityCheck;
import dev.schemac.model.EntityStore;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.IdStrategy;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Origin;
import dev.schemac.model.RenamedFrom;
import dev.schemac.model.ScalarKind;
import dev.schemac.model.Settings;
import dev.schemac.model.Volume;
import dev.schemac.source.Span;
import java.util.ArrayList;
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
    static final List<String> ENTITY_ATTRIBUTES = Attributes.BLOCK;

    private final Symbols symbols;
    private final Settings settings;
    private final Diagnostics diags;
    private final FieldResolver fields;
    private final StoreHintReader storeHints;

    EntityResolver(Symbols symbols, Settings settings, Diagnostics diags) {
        this.symbols = symbols;
        this.settings = settings;
        this.diags = diags;
        this.fields = new FieldResolver(symbols, diags);
        this.storeHints = new StoreHintReader(diags);
    }

    /** The resolved entity (fields without relations) and the drafts the pairing needs. */
    /**
     * The entity, its field drafts, and the declared fields that did not resolve (reported at
     * their declaration, so a later phase must not call them unknown again).
     */
    record Result(Entity entity, List<FieldDraft> drafts, Set<String> unresolved) {}

    private record Sourced<T>(T member, String mixin) {}

    Result resolve(EntityDecl decl) {
        String name = decl.name().text();
        // Gather members: the entity's own first, then each mixin's, in the order listed.
        var fieldDecls = new ArrayList<Sourced<FieldDecl>>();
        var blockAttrs = new ArrayList<Sourced<Attribute>>();
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

        // Fields, with duplicates reported once each.
        Map<String, FieldDraft> byName = new LinkedHashMap<>();
        Map<String, Span> declaredAt = new LinkedHashMap<>();
        Set<String> unresolved = new HashSet<>();
        boolean unresolvedKey = false;
        for (var s : fieldDecls) {
            FieldDecl f = s.member();
            String fname = f.name().text();
            Span first = declaredAt.putIfAbsent(fname, f.name().span());
            if (first != null) {
                diags.add(Messages.duplicateField(f.name().span(), name, fname, first,
                        s.mixin() == null ? "" : " (it comes from mixin `" + s.mixin() + "`)"));
                continue;
            }
            FieldDraft draft = fields.resolve(f, s.mixin() == null ? Origin.DECLARED : Origin.MIXIN, s.mixin());
            if (draft != null) {
                byName.put(fname, draft);
            } else {
                unresolved.add(fname);
                unresolvedKey |= fname.equals("id") || f.attributes().stream().anyMatch(x -> x.name().text().equals(Attributes.ID));
            }
        }

        // Entity attributes.
        var block = new BlockState();
        for (var s : blockAttrs) blockAttribute(s.member(), s.mixin(), name, declaredAt.keySet(), byName, block);

        // Primary key: @id fields, or @@id, or an implicit `id`.
        List<String> key = new ArrayList<>();
        Span firstIdSpan = null;
        for (FieldDraft d : byName.values()) {
            if (d.field().id()) {
                key.add(d.name());
                if (firstIdSpan == null) firstIdSpan = d.field().span();
            }
        }
        if (!key.isEmpty() && block.compositeKey != null) {
            diags.add(Messages.keyTwice(block.compositeKeySpan, name, firstIdSpan));
        } else if (block.compositeKey != null) {
            key = block.compositeKey;
        }
        var ordered = new ArrayList<FieldDraft>();
        if (key.isEmpty()) {
            if (unresolvedKey) {
                // The key field's own error was said; an implicit key stands in so later phases see a key.
                ordered.add(implicitId(decl));
                key = List.of("id");
            } else if (declaredAt.containsKey("id")) {
                diags.add(Messages.duplicateField(declaredAt.get("id"), name, "id", decl.name().span(),
                        " (an entity without @id gets an implicit key named `id`)").withNote(declaredAt.get("id"),
                        "mark this field @id to make it the key"));
            } else {
                ordered.add(implicitId(decl));
                key = List.of("id");
            }
        }
        ordered.addAll(byName.values());
        boolean timestamps = settings.timestamps() && block.timestamps;
        if (timestamps) {
            for (String ts : List.of("created_at", "updated_at")) {
                if (!declaredAt.containsKey(ts)) ordered.add(implicitTimestamp(decl, ts));
            }
        }
        checkKey(name, key, ordered, block);

        var entity = new Entity(decl.span(), name, decl.doc(), mixinNames, ordered.stream().map(FieldDraft::field).toList(),
                key, block.indexes, block.uniques, block.checks, block.dependencies, block.denormalized, block.volume,
                block.queries, block.table, timestamps, keyName(ordered, block), block.store, block.renamedFrom);
        return new Result(entity, ordered, Set.copyOf(unresolved));
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
        var f = new Field(decl.name().span(), "id", null, type, false, uuid ? new DefaultValue.Uuid() : null, true, !uuid,
                false, false, null, List.of(), false, false, false, Origin.IMPLICIT, null, null);
        return new FieldDraft(f, null, null, null, null, null, null);
    }

    private FieldDraft implicitTimestamp(EntityDecl decl, String name) {
        var f = new Field(decl.name().span(), name, null, FieldType.Scalar.of(ScalarKind.DATETIME), false,
                new DefaultValue.Now(), false, false, false, false, null, List.of(), false, false,
                name.equals("updated_at"), Origin.IMPLICIT, null, null);
        return new FieldDraft(f, null, null, null, null, null, null);
    }

    /** The explicit primary key name: from {@code @@id(..., name = ...)} or the one {@code @id(name = ...)}. */
    private String keyName(List<FieldDraft> ordered, BlockState block) {
        if (block.compositeKey != null) return block.keyName;
        String name = null;
        Field first = null;
        for (FieldDraft d : ordered) {
            String n = d.field().names().primaryKey();
            if (n == null) continue;
            if (name != null && !name.equals(n)) {
                diags.add(Messages.badAttributeArguments(d.field().span(), "@id", "the primary key is already named `"
                        + name + "` on `" + first.name() + "`", "name the key once, on one @id field or with @@id"));
                continue;
            }
            name = n;
            first = d.field();
        }
        return name;
    }

    private void checkKey(String entity, List<String> key, List<FieldDraft> ordered, BlockState block) {
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

    // --- entity attributes

    /** What the entity attributes say, filled in one pass. */
    private static final class BlockState {
        List<String> compositeKey;
        Span compositeKeySpan;
        String keyName;
        final List<IndexSpec> indexes = new ArrayList<>();
        final List<IndexSpec> uniques = new ArrayList<>();
        final List<EntityCheck> checks = new ArrayList<>();
        final List<Dependency> dependencies = new ArrayList<>();
        final List<Denormalization> denormalized = new ArrayList<>();
        final List<AccessPattern> queries = new ArrayList<>();
        Volume volume;
        String table;
        boolean timestamps = true;
        EntityStore store = EntityStore.NONE;
        RenamedFrom renamedFrom;
        final Set<String> singletons = new HashSet<>();
        final Map<String, Attribute> firstSeen = new LinkedHashMap<>();
    }

    private void blockAttribute(Attribute a, String mixin, String entity, Set<String> declared,
                                Map<String, FieldDraft> fields, BlockState st) {
        String n = a.name().text();
        if (!ENTITY_ATTRIBUTES.contains(n)) {
            var habit = dev.schemac.lang.ForeignHabits.blockAttribute(n);
            if (habit.isPresent()) {
                diags.add(Messages.habit(a.span(), "@@" + n, habit.get()));
                return;
            }
            String hint = Suggest.closest(n, ENTITY_ATTRIBUTES);
            diags.add(Messages.unknownAttribute(a.span(), "@@" + n, hint == null ? null : "@@" + hint));
            return;
        }
        if (List.of(Attributes.ID, Attributes.MAP, Attributes.VOLUME, Attributes.TIMESTAMPS, Attributes.COLLECTION,
                Attributes.SHARD_KEY, Attributes.CACHE, Attributes.RENAMED_FROM).contains(n)) {
            Attribute first = st.firstSeen.putIfAbsent(n, a);
            if (first != null) {
                diags.add(Messages.duplicateAttribute(a.span(), a.display(), first.span()));
                return;
            }
        }
        if (mixin != null && (n.equals(Attributes.MAP) || n.equals(Attributes.ID) || n.equals(Attributes.COLLECTION))) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(),
                    "cannot be given in a mixin: every entity using it would get the same "
                            + (n.equals(Attributes.MAP) ? "table" : n.equals(Attributes.ID) ? "key" : "collection")));
            return;
        }
        if (mixin != null && n.equals("renamed_from")) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(), "names an entity's old name: it cannot be given in a mixin"));
            return;
        }
        switch (n) {
            case Attributes.ID -> {
                var args = new Args(a, s -> s.form("@@id"), diags);
                if (!args.shape(1, Integer.MAX_VALUE, Attributes.NAME_ARGUMENT)) return;
                String explicit = args.named(Attributes.NAME_ARGUMENT).flatMap(args::string).orElse(null);
                if (args.failed()) return;
                var names = fieldList(args, entity, declared, fields, "the primary key");
                if (names != null) {
                    st.compositeKey = names;
                    st.compositeKeySpan = a.span();
                    st.keyName = explicit;
                }
            }
            case Attributes.UNIQUE, Attributes.INDEX -> {
                var args = new Args(a, s -> s.form(a.display()), diags);
                if (!args.shape(1, Integer.MAX_VALUE, Attributes.NAME_ARGUMENT)) return;
                String explicit = args.named(Attributes.NAME_ARGUMENT).flatMap(args::string).orElse(null);
                if (args.failed()) return;
                var names = fieldList(args, entity, declared, fields, n.equals(Attributes.UNIQUE) ? "a unique constraint" : "an index");
                if (names == null) return;
                var spec = new IndexSpec(a.span(), names, explicit);
                (n.equals(Attributes.UNIQUE) ? st.uniques : st.indexes).add(spec);
            }
            case Attributes.MAP -> {
                var args = new Args(a, s -> s.form("@@map"), diags);
                if (args.shape(1, 1)) st.table = args.string(args.positionals().get(0)).orElse(null);
            }
            case Attributes.CHECK -> entityCheck(a, entity, declared, fields, st);
            // A hint for the migration diff, carried in the model so every front end gives the diff the same hints.
            case Attributes.RENAMED_FROM -> {
                var args = new Args(a, s -> s.form("@@renamed_from"), diags);
                if (args.shape(1, 1)) {
                    args.string(args.positionals().get(0)).ifPresent(old -> st.renamedFrom = new RenamedFrom(old, a.span()));
                }
            }
            case Attributes.DEPENDS -> {
                var args = new Args(a, s -> s.form("@@depends"), diags);
                if (a.args().size() != 1 || !(a.args().get(0) instanceof Argument.Dependency d)) {
                    args.problem(a.span(), "expected a dependency `a, b -> c`");
                    return;
                }
                var from = resolveNames(d.from(), entity, declared, fields, "a functional dependency");
                var to = resolveNames(d.to(), entity, declared, fields, "a functional dependency");
                if (from != null && to != null) st.dependencies.add(new Dependency(a.span(), from, to));
            }
            case Attributes.DENORMALIZED -> {
                var args = new Args(a, s -> s.form("@@denormalized"), diags);
                if (args.shape(1, 1)) {
                    args.string(args.positionals().get(0)).ifPresent(r -> st.denormalized.add(new Denormalization(a.span(), r)));
                }
            }
            case Attributes.QUERY -> query(a, entity, declared, fields, st);
            case Attributes.VOLUME -> {
                var args = new Args(a, s -> s.form("@@volume"), diags);
                if (!args.shape(0, 0, Attributes.ROWS_ARGUMENT, Attributes.GROWTH_ARGUMENT)) return;
                var rows = args.named(Attributes.ROWS_ARGUMENT).flatMap(args::number);
                if (rows.isEmpty()) {
                    if (!args.failed()) args.problem(a.span(), "needs `rows = N`");
                    return;
                }
                long r;
                try {
                    r = rows.get().value().longValueExact();
                } catch (ArithmeticException e) {
                    args.problem(rows.get().span(), "rows must be a whole number");
                    return;
                }
                if (r < 0) {
                    args.problem(rows.get().span(), "rows cannot be negative");
                    return;
                }
                String growth = args.named(Attributes.GROWTH_ARGUMENT).flatMap(args::string).orElse(null);
                if (!args.failed()) st.volume = new Volume(a.span(), r, growth);
            }
            case Attributes.TIMESTAMPS -> {
                var args = new Args(a, s -> s.form("@@timestamps"), diags);
                if (!args.shape(1, 1)) return;
                var word = args.name(args.positionals().get(0));
                if (word.isPresent() && (word.get().text().equals("true") || word.get().text().equals("false"))) {
                    st.timestamps = word.get().text().equals("true");
                } else if (word.isPresent()) {
                    args.problem(word.get().span(), "expected true or false");
                }
            }
            case Attributes.COLLECTION -> st.store = storeHints.collection(a, st.store);
            case Attributes.SHARD_KEY -> {
                var names = fieldList(new Args(a, s -> s.form("@@shard_key"), diags), entity, declared, fields, "a shard key");
                if (names != null) st.store = st.store.withShardKey(names, a.span());
            }
            case Attributes.CACHE -> {
                var names = new ArrayList<>(declared);
                names.addAll(implicitNames(declared));
                var lists = fields.values().stream().filter(FieldDraft::isList).map(FieldDraft::name).toList();
                st.store = storeHints.cache(a, entity, names, lists, st.store);
            }
            default -> throw new IllegalStateException(n);
        }
    }

    private void entityCheck(Attribute a, String entity, Set<String> declared, Map<String, FieldDraft> fields,
                             BlockState st) {
        var args = new Args(a, s -> s.form("@@check"), diags);
        // `name = "..."` names the constraint; any other argument is the comparison.
        String explicit = null;
        var comparison = new ArrayList<Argument>();
        for (Argument arg : a.args()) {
            if (arg instanceof Argument.Named n && n.name().text().equals(Attributes.NAME_ARGUMENT) && n.value() instanceof Value.Str str) {
                if (explicit != null) {
                    args.problem(n.span(), "argument `name` is given twice");
                    return;
                }
                explicit = str.value();
            } else {
                comparison.add(arg);
            }
        }
        if (comparison.size() != 1) {
            args.problem(a.span(), "expected one comparison of two fields");
            return;
        }
        Value left, right;
        Op op;
        if (comparison.get(0) instanceof Argument.BinaryCompare b) {
            left = b.left();
            right = b.right();
            op = b.op();
        } else if (comparison.get(0) instanceof Argument.Named n) {
            // `@@check(a = b)` parses as a named argument; it is the equality it looks like.
            left = new Value.Ref(n.name().span(), List.of(n.name()));
            right = n.value();
            op = Op.EQ;
        } else {
            args.problem(comparison.get(0).span(), "expected a comparison of two fields such as `starts_at < ends_at`");
            return;
        }
        if (!(left instanceof Value.Ref l && l.parts().size() == 1) || !(right instanceof Value.Ref r && r.parts().size() == 1)) {
            args.problem(comparison.get(0).span(), "both sides must be field names; compare with a literal using @check on the field");
            return;
        }
        var names = resolveNames(List.of(l.parts().get(0), r.parts().get(0)), entity, declared, fields, "a check");
        if (names == null) return;
        FieldDraft lf = fields.get(names.get(0));
        FieldDraft rf = fields.get(names.get(1));
        if (lf != null && rf != null) {
            if (!comparable(lf.field().type(), rf.field().type(), op)) {
                diags.add(Messages.badCheck(comparison.get(0).span(), "@@check",
                        "`" + names.get(0) + "` (" + lf.field().type().display() + ") and `" + names.get(1) + "` ("
                                + rf.field().type().display() + ") cannot be compared",
                        "compare two fields of the same kind of type"));
                return;
            }
        }
        st.checks.add(new EntityCheck(a.span(), names.get(0), op, names.get(1), explicit));
    }

    private static boolean comparable(FieldType a, FieldType b, Op op) {
        if (a instanceof FieldType.Scalar x && b instanceof FieldType.Scalar y) {
            boolean sameFamily = (x.kind().isNumeric() && y.kind().isNumeric()) || (x.kind().isText() && y.kind().isText())
                    || x.kind() == y.kind();
            boolean ordered = op == Op.EQ || op == Op.NE || x.kind().isOrdered();
            return sameFamily && ordered;
        }
        if (a instanceof FieldType.EnumRef x && b instanceof FieldType.EnumRef y) {
            return x.name().equals(y.name()) && (op == Op.EQ || op == Op.NE);
        }
        return false;
    }

    /**
     * {@code @@query("words", where: [f, ...], order: [g desc, ...])}: the words alone, or with
     * the fields the query compares for equality and sorts by, each an existing non-list field
     * named once per list.
     */
    private void query(Attribute a, String entity, Set<String> declared, Map<String, FieldDraft> fields, BlockState st) {
        var args = new Args(a, "@@query(\"access pattern\", where: [field, ...], order: [field desc, ...])", diags);
        if (!args.shape(1, 1, Attributes.WHERE_ARGUMENT, Attributes.ORDER_ARGUMENT)) return;
        var text = args.string(args.positionals().get(0));
        List<String> where = List.of();
        var order = new ArrayList<AccessPattern.SortKey>();
        var whereArg = args.named(Attributes.WHERE_ARGUMENT);
        if (whereArg.isPresent()) {
            var items = queryFields(args, whereArg.get(), false);
            if (items == null) return;
            where = resolveNames(items.stream().map(QueryField::name).toList(), entity, declared, fields, "a query");
            if (where == null) return;
        }
        var orderArg = args.named(Attributes.ORDER_ARGUMENT);
        if (orderArg.isPresent()) {
            var items = queryFields(args, orderArg.get(), true);
            if (items == null) return;
            var names = resolveNames(items.stream().map(QueryField::name).toList(), entity, declared, fields, "a query");
            if (names == null) return;
            for (int i = 0; i < names.size(); i++) order.add(new AccessPattern.SortKey(names.get(i), items.get(i).descending()));
        }
        if (text.isPresent() && !args.failed()) st.queries.add(new AccessPattern(a.span(), text.get(), where, order));
    }

    /** A field of a query's {@code where} or {@code order} list, with its direction (ascending unless written {@code desc}). */
    private record QueryField(Ident name, boolean descending) {}

    /** The items of a {@code where: [...]} or {@code order: [...]} list: field names, directions only in {@code order}. */
    private static List<QueryField> queryFields(Args args, Value v, boolean directions) {
        if (!(v instanceof Value.ListOf list) || list.items().isEmpty()) {
            args.problem(v.span(), "expected a list of fields, such as `[author]`");
            return null;
        }
        var out = new ArrayList<QueryField>();
        var seen = new HashSet<String>();
        for (Value item : list.items()) {
            Value field = item;
            boolean descending = false;
            if (item instanceof Value.Directed d) {
                String word = d.direction().text();
                if (!directions) {
                    args.problem(d.direction().span(), "a `where` field takes no direction; sort with `order: [...]`");
                    return null;
                }
                if (!word.equals(AccessPattern.SortKey.ASC) && !word.equals(AccessPattern.SortKey.DESC)) {
                    args.problem(d.direction().span(), "the direction after a field is `asc` or `desc`, not `" + word + "`");
                    return null;
                }
                field = d.value();
                descending = word.equals(AccessPattern.SortKey.DESC);
            }
            if (!(field instanceof Value.Ref r) || r.parts().size() != 1) {
                args.problem(field.span(), "expected a field name");
                return null;
            }
            Ident name = r.parts().get(0);
            if (!seen.add(name.text())) {
                args.problem(name.span(), "names `" + name.text() + "` twice");
                return null;
            }
            out.add(new QueryField(name, descending));
        }
        return out;
    }

    private List<String> fieldList(Args args, String entity, Set<String> declared, Map<String, FieldDraft> fields,
                                   String where) {
        var names = args.names();
        if (names.isEmpty()) return null;
        return resolveNames(names.get(), entity, declared, fields, where);
    }

    /** Field names as written, checked to exist (implicit fields included) and to have columns. */
    private List<String> resolveNames(List<Ident> names, String entity, Set<String> declared,
                                      Map<String, FieldDraft> fields, String where) {
        var out = new ArrayList<String>();
        boolean ok = true;
        var implicit = implicitNames(declared);
        for (Ident id : names) {
            String n = id.text();
            if (!declared.contains(n) && !implicit.contains(n)) {
                var candidates = new ArrayList<>(declared);
                candidates.addAll(implicit);
                diags.add(Messages.unknownField(id.span(), entity, n, Suggest.closest(n, candidates)));
                ok = false;
                continue;
            }
            FieldDraft d = fields.get(n);
            if (d != null && d.isList()) {
                diags.add(Messages.listInKey(id.span(), n, where));
                ok = false;
                continue;
            }
            out.add(n);
        }
        return ok ? out : null;
    }

    /** Names that implicit fields may take; whether they exist is settled after the attributes are read. */
    private Set<String> implicitNames(Set<String> declared) {
        var out = new HashSet<String>();
        out.add("id");
        if (settings.timestamps()) {
            out.add("created_at");
            out.add("updated_at");
        }
        out.removeAll(declared);
        return out;
    }
}
