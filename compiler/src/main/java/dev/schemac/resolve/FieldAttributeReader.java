package dev.schemac.resolve;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.ast.Attribute;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.lang.Attributes;
import dev.schemac.lang.ForeignHabits;
import dev.schemac.model.ConstraintNames;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.FieldStore;
import dev.schemac.model.FieldType;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.RenamedFrom;
import dev.schemac.model.ScalarKind;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes of one field: each checked against the attribute table of
 * {@link Attributes} (known, given once, fit for this kind of field), then read by its own
 * handler into the field's builder, or into the relation parts its pairing needs.
 */
final class FieldAttributeReader {
    /** Reads one attribute already known to apply to the field. */
    private interface Handler {
        void read(FieldAttributeReader reader, Attribute a);
    }

    /** One handler per name of {@link Attributes#FIELD}. */
    private static final Map<String, Handler> HANDLERS = Map.ofEntries(
            Map.entry(Attributes.ID, FieldAttributeReader::id),
            Map.entry(Attributes.AUTO, FieldAttributeReader::auto),
            Map.entry(Attributes.UNIQUE, FieldAttributeReader::unique),
            Map.entry(Attributes.INDEX, FieldAttributeReader::index),
            Map.entry(Attributes.MAP, FieldAttributeReader::map),
            Map.entry(Attributes.CHECK, FieldAttributeReader::check),
            Map.entry(Attributes.MIN, FieldAttributeReader::check),
            Map.entry(Attributes.MAX, FieldAttributeReader::check),
            Map.entry(Attributes.LENGTH, FieldAttributeReader::check),
            Map.entry(Attributes.PATTERN, FieldAttributeReader::check),
            Map.entry(Attributes.PII, FieldAttributeReader::pii),
            Map.entry(Attributes.SECRET, FieldAttributeReader::secret),
            Map.entry(Attributes.UPDATED, FieldAttributeReader::updated),
            Map.entry(Attributes.RELATION, FieldAttributeReader::relation),
            Map.entry(Attributes.ON_DELETE, FieldAttributeReader::onDelete),
            Map.entry(Attributes.ON_UPDATE, FieldAttributeReader::onUpdate),
            Map.entry(Attributes.EMBED, FieldAttributeReader::embed),
            Map.entry(Attributes.TTL, FieldAttributeReader::ttl),
            Map.entry(Attributes.RENAMED_FROM, FieldAttributeReader::renamedFrom));

    /** {@link Attributes#FIELD} to look up in, asked of every attribute of every field. */
    private static final Set<String> KNOWN = Set.copyOf(Attributes.FIELD);
    /** May be given more than once: each {@code @check} is a constraint of its own. */
    private static final Set<String> REPEATABLE = Set.of(Attributes.CHECK);
    /** What a list field takes: the many side of a relation has no column for the others to describe. */
    private static final Set<String> ON_LISTS = Set.of(Attributes.RELATION, Attributes.EMBED);
    /** What only a relation field takes. */
    private static final Set<String> RELATION_ONLY = Set.of(Attributes.RELATION, Attributes.ON_DELETE,
            Attributes.ON_UPDATE, Attributes.EMBED);

    private static final List<String> ACTIONS = Arrays.stream(ReferentialAction.values())
            .map(ReferentialAction::keyword).toList();

    /** The names with a handler, which the attribute table must match. */
    static Set<String> handled() {
        return HANDLERS.keySet();
    }

    private final String field;
    private final FieldType type;
    private final boolean list;
    private final boolean isRelation;
    private final Field.Builder builder;
    private final Diagnostics diags;
    private final StoreHintReader storeHints;
    private final FieldCheckReader checkReader;

    private final Map<String, Attribute> seen = new HashMap<>();

    private final java.util.Set<String> repeatSaid = new java.util.HashSet<>();
    /** How many times each attribute is given on the field, so the one SC313 says how many. */
    private final Map<String, Integer> given = new HashMap<>();
    private final List<FieldCheck> checks = new ArrayList<>();
    private String keyName;
    private String uniqueName;
    private String indexName;
    private String foreignKeyName;
    private String relationName;
    private Span relationSpan;
    private ReferentialAction onDelete;
    private Span onDeleteSpan;
    private ReferentialAction onUpdate;
    private Span onUpdateSpan;
    private FieldStore store = FieldStore.NONE;

    /** Reads the attributes of field {@code field} of type {@code type} into {@code builder}. */
    FieldAttributeReader(String field, FieldType type, Field.Builder builder, Diagnostics diags,
                         StoreHintReader storeHints, FieldCheckReader checkReader) {
        this.field = field;
        this.type = type;
        this.list = type instanceof FieldType.EntityRef r && r.list();
        this.isRelation = type instanceof FieldType.EntityRef;
        this.builder = builder;
        this.diags = diags;
        this.storeHints = storeHints;
        this.checkReader = checkReader;
    }

    void read(List<Attribute> attributes) {
        for (Attribute a : attributes) given.merge(a.name().text(), 1, Integer::sum);
        for (Attribute a : attributes) {
            if (applies(a)) HANDLERS.get(a.name().text()).read(this, a);
        }
    }

    /** The field, built with what its attributes said, and the relation parts its pairing needs. */
    FieldDraft draft() {
        Field f = builder.checks(checks).names(new ConstraintNames(keyName, uniqueName, indexName, foreignKeyName))
                .store(store).build();
        return new FieldDraft(f, relationName, relationSpan, onDelete, onDeleteSpan, onUpdate, onUpdateSpan);
    }

    /** Known, given once and fit for this field; else reported. */
    private boolean applies(Attribute a) {
        String n = a.name().text();
        if (!KNOWN.contains(n)) {
            unknown(a);
            return false;
        }
        Attribute first = seen.putIfAbsent(n, a);
        if (first != null && !REPEATABLE.contains(n)) {
            // Said at the first repeat: each further one is the same mistake again.
            if (repeatSaid.add(n)) diags.add(Messages.duplicateAttribute(a.span(), a.display(), given.get(n), first.span()));
            return false;
        }
        if (list && !ON_LISTS.contains(n)) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(),
                    "does not apply to a list field: the many side of a relation has no column"));
            return false;
        }
        if (!isRelation && RELATION_ONLY.contains(n)) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(), "applies to relation fields only"));
            return false;
        }
        return true;
    }

    /** An attribute the language does not have: another language's habit, or the closest name. */
    private void unknown(Attribute a) {
        String n = a.name().text();
        var habit = ForeignHabits.fieldAttribute(n);
        if (n.equals("default") && a.args().size() == 1) {
            var arg = a.args().get(0).span();
            habit = Optional.of(ForeignHabits.prismaDefault(arg.file().slice(arg.start(), arg.end())));
        }
        if (habit.isPresent()) {
            diags.add(Messages.habit(a.span(), a.display(), habit.get()));
            return;
        }
        String hint = Suggest.closest(n, Attributes.FIELD);
        diags.add(Messages.unknownAttribute(a.span(), a.display(), hint == null ? null : Attributes.display(hint)));
    }

    // --- the handlers, one per attribute

    private void id(Attribute a) {
        var args = new Args(a, diags);
        keyName = named(args);
        builder.id(!args.failed());
    }

    private void auto(Attribute a) {
        boolean auto = flag(a);
        if (auto && !(type instanceof FieldType.Scalar s && s.kind().isInteger())) {
            diags.add(Messages.badAuto(a.span(), field, "the field is not an integer"));
            auto = false;
        }
        builder.auto(auto);
    }

    private void unique(Attribute a) {
        var args = new Args(a, diags);
        uniqueName = named(args);
        builder.unique(!args.failed());
    }

    private void index(Attribute a) {
        var args = new Args(a, diags);
        indexName = named(args);
        builder.indexed(!args.failed());
    }

    private void map(Attribute a) {
        var args = new Args(a, diags);
        if (args.shape(1, 1)) builder.columnName(args.string(args.positionals().get(0)).orElse(null)).columnNameSpan(a.span());
    }

    private void check(Attribute a) {
        FieldCheck c = checkReader.read(a, field, type, isRelation);
        if (c != null) checks.add(c);
    }

    private void pii(Attribute a) {
        builder.pii(scalarFlag(a));
    }

    private void secret(Attribute a) {
        builder.secret(scalarFlag(a));
    }

    private void updated(Attribute a) {
        boolean updated = flag(a);
        if (updated && !(type instanceof FieldType.Scalar s && s.kind() == ScalarKind.DATETIME)) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(), "applies to datetime fields only"));
            updated = false;
        }
        builder.updatedAt(updated);
    }

    private void relation(Attribute a) {
        var args = new Args(a, diags);
        if (!args.shape(0, 1, Attributes.MAP_ARGUMENT)) return;
        if (!args.positionals().isEmpty()) {
            relationName = args.string(args.positionals().get(0)).orElse(null);
            relationSpan = a.span();
        }
        foreignKeyName = args.named(Attributes.MAP_ARGUMENT).flatMap(args::string).orElse(null);
        if (args.positionals().isEmpty() && foreignKeyName == null && !args.failed()) {
            args.problem(a.span(), "needs a relation name or `map = \"foreign_key\"`");
        }
        if (foreignKeyName != null && list) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display() + "(" + Attributes.MAP_ARGUMENT + " = ...)",
                    "names a foreign key, and a list field holds none"));
            foreignKeyName = null;
        }
    }

    private void onDelete(Attribute a) {
        onDelete = action(a);
        onDeleteSpan = a.span();
    }

    private void onUpdate(Attribute a) {
        onUpdate = action(a);
        onUpdateSpan = a.span();
    }

    private void embed(Attribute a) {
        if (flag(a)) store = new FieldStore(a.span(), store.ttl());
    }

    private void ttl(Attribute a) {
        var ttl = storeHints.fieldTtl(a, type);
        if (ttl != null) store = new FieldStore(store.embed(), ttl);
    }

    // A hint for the migration diff, carried in the model so every front end gives the diff the same hints.
    private void renamedFrom(Attribute a) {
        var args = new Args(a, diags);
        if (!args.shape(1, 1)) return;
        args.string(args.positionals().get(0)).ifPresent(old -> builder.renamedFrom(new RenamedFrom(old, a.span())));
    }

    // --- argument shapes shared by the handlers

    /** The optional {@code name = "..."} of a flag attribute that names a constraint. */
    private static String named(Args args) {
        if (!args.shape(0, 0, Attributes.NAME_ARGUMENT)) return null;
        return args.named(Attributes.NAME_ARGUMENT).flatMap(args::string).orElse(null);
    }

    private boolean flag(Attribute a) {
        return new Args(a, diags).none();
    }

    private boolean scalarFlag(Attribute a) {
        if (isRelation) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(), "applies to scalar fields only"));
            return false;
        }
        return flag(a);
    }

    private ReferentialAction action(Attribute a) {
        var args = new Args(a, diags);
        if (!args.shape(1, 1)) return null;
        var word = args.name(args.positionals().get(0));
        if (word.isEmpty()) return null;
        var action = ReferentialAction.byKeyword(word.get().text());
        if (action.isEmpty()) {
            String hint = Suggest.closest(word.get().text(), ACTIONS);
            args.problem(word.get().span(), "unknown action " + Quoted.name(word.get().text())
                    + "." + Messages.didYouMean(hint));
            return null;
        }
        return action.get();
    }
}
