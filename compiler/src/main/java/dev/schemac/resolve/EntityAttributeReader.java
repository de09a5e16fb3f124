package dev.schemac.resolve;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.lang.Attributes;
import dev.schemac.lang.ForeignHabits;
import dev.schemac.model.AccessPattern;
import dev.schemac.model.Denormalization;
import dev.schemac.model.Dependency;
import dev.schemac.model.Entity;
import dev.schemac.model.EntityCheck;
import dev.schemac.model.EntityStore;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.RenamedFrom;
import dev.schemac.model.Volume;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity attributes ({@code @@name}) of one entity, its own and its mixins': each
 * checked against the attribute table of {@link Attributes} (known, given once where once
 * is all it means, allowed where it comes from), then read by its own handler.
 */
final class EntityAttributeReader {
    /** Reads one attribute already known to apply to the entity. */
    private interface Handler {
        void read(EntityAttributeReader reader, Attribute a);
    }

    /** One handler per name of {@link Attributes#BLOCK}. */
    private static final Map<String, Handler> HANDLERS = Map.ofEntries(
            Map.entry(Attributes.ID, EntityAttributeReader::compositeKey),
            Map.entry(Attributes.UNIQUE, EntityAttributeReader::unique),
            Map.entry(Attributes.INDEX, EntityAttributeReader::index),
            Map.entry(Attributes.MAP, EntityAttributeReader::table),
            Map.entry(Attributes.CHECK, EntityAttributeReader::check),
            Map.entry(Attributes.DEPENDS, EntityAttributeReader::depends),
            Map.entry(Attributes.DENORMALIZED, EntityAttributeReader::denormalized),
            Map.entry(Attributes.VOLUME, EntityAttributeReader::volume),
            Map.entry(Attributes.QUERY, EntityAttributeReader::query),
            Map.entry(Attributes.TIMESTAMPS, EntityAttributeReader::timestamps),
            Map.entry(Attributes.COLLECTION, EntityAttributeReader::collection),
            Map.entry(Attributes.SHARD_KEY, EntityAttributeReader::shardKey),
            Map.entry(Attributes.CACHE, EntityAttributeReader::cache),
            Map.entry(Attributes.RENAMED_FROM, EntityAttributeReader::renamedFrom));

    /** Said once per entity: a second would contradict the first. */
    private static final Set<String> ONCE = Set.of(Attributes.ID, Attributes.MAP, Attributes.VOLUME, Attributes.TIMESTAMPS,
            Attributes.COLLECTION, Attributes.SHARD_KEY, Attributes.CACHE, Attributes.RENAMED_FROM);

    /** What a mixin cannot give, and why. */
    private static final Map<String, String> NOT_IN_MIXINS = Map.of(
            Attributes.MAP, "cannot be given in a mixin: every entity using it would get the same table",
            Attributes.ID, "cannot be given in a mixin: every entity using it would get the same key",
            Attributes.COLLECTION, "cannot be given in a mixin: every entity using it would get the same collection",
            Attributes.RENAMED_FROM, "names an entity's old name: it cannot be given in a mixin");

    /** The names with a handler, which the attribute table must match. */
    static Set<String> handled() {
        return HANDLERS.keySet();
    }

    private final EntityFieldNames names;
    private final Diagnostics diags;
    private final StoreHintReader storeHints;
    private final EntityCheckReader checkReader;
    private final QueryReader queryReader;
    private final Map<String, Attribute> firstSeen = new LinkedHashMap<>();
    private final java.util.Set<String> repeatSaid = new java.util.HashSet<>();
    /** How many times each attribute is given on the entity and its mixins, so the one SC313 says how many. */
    private final Map<String, Integer> given = new java.util.HashMap<>();
    /** The mixin of the attribute being read, or null for the entity's own. */
    private String from;

    private List<String> compositeKey;
    private Span compositeKeySpan;
    private String keyName;
    private final List<IndexSpec> indexes = new ArrayList<>();
    private final List<IndexSpec> uniques = new ArrayList<>();
    private final List<EntityCheck> checks = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<Denormalization> denormalized = new ArrayList<>();
    private final List<AccessPattern> queries = new ArrayList<>();
    private Volume volume;
    private String table;
    private Span tableSpan;
    private boolean timestamps = true;
    private EntityStore store = EntityStore.NONE;
    private RenamedFrom renamedFrom;

    EntityAttributeReader(EntityFieldNames names, Diagnostics diags, StoreHintReader storeHints,
                          EntityCheckReader checkReader, QueryReader queryReader) {
        this.names = names;
        this.diags = diags;
        this.storeHints = storeHints;
        this.checkReader = checkReader;
        this.queryReader = queryReader;
    }

    /** Reads each attribute, given in the entity ({@code mixin} null) or in the mixin of that name. */
    void read(List<EntityResolver.Sourced<Attribute>> attributes) {
        for (var s : attributes) given.merge(s.member().name().text(), 1, Integer::sum);
        for (var s : attributes) read(s.member(), s.mixin());
    }

    private void read(Attribute a, String mixin) {
        if (!applies(a, mixin)) return;
        from = mixin;
        HANDLERS.get(a.name().text()).read(this, a);
    }

    /** The fields of {@code @@id}, or null when it is not given. */
    List<String> compositeKey() { return compositeKey; }

    Span compositeKeySpan() { return compositeKeySpan; }

    /** The key's name {@code @@id(..., name = ...)} gives, or null. */
    String keyName() { return keyName; }

    /** False when {@code @@timestamps(false)} turns the implicit timestamps off. */
    boolean timestamps() { return timestamps; }

    /** Sets on {@code entity} what the attributes said about it beyond its key and timestamps. */
    Entity.Builder applyTo(Entity.Builder entity) {
        return entity.indexes(indexes).uniques(uniques).checks(checks).dependencies(dependencies)
                .denormalized(denormalized).volume(volume).queries(queries).tableName(table).tableNameSpan(table == null ? null : tableSpan).store(store)
                .renamedFrom(renamedFrom);
    }

    /** Known, given once where once is all it means, and allowed where it comes from; else reported. */
    private boolean applies(Attribute a, String mixin) {
        String n = a.name().text();
        if (!Attributes.BLOCK.contains(n)) {
            unknown(a);
            return false;
        }
        if (ONCE.contains(n)) {
            Attribute first = firstSeen.putIfAbsent(n, a);
            if (first != null) {
                // Said at the first repeat: each further one is the same mistake again.
                if (repeatSaid.add(n)) diags.add(Messages.duplicateAttribute(a.span(), a.display(), given.get(n), first.span()));
                return false;
            }
        }
        if (mixin != null && NOT_IN_MIXINS.containsKey(n)) {
            diags.add(Messages.attributeNotAllowed(a.span(), a.display(), NOT_IN_MIXINS.get(n)));
            return false;
        }
        return true;
    }

    /** An attribute the language does not have: another language's habit, or the closest name. */
    private void unknown(Attribute a) {
        String n = a.name().text();
        var habit = ForeignHabits.blockAttribute(n);
        if (habit.isPresent()) {
            diags.add(Messages.habit(a.span(), a.display(), habit.get()));
            return;
        }
        String hint = Suggest.closest(n, Attributes.BLOCK);
        diags.add(Messages.unknownAttribute(a.span(), a.display(), hint == null ? null : Attributes.blockDisplay(hint)));
    }

    // --- the handlers, one per attribute

    private void compositeKey(Attribute a) {
        var args = new Args(a, diags);
        if (!args.shape(1, Integer.MAX_VALUE, Attributes.NAME_ARGUMENT)) return;
        String explicit = args.named(Attributes.NAME_ARGUMENT).flatMap(args::string).orElse(null);
        if (args.failed()) return;
        var key = names.listed(args, "the primary key");
        if (key != null) {
            compositeKey = key;
            compositeKeySpan = a.span();
            keyName = explicit;
        }
    }

    private void unique(Attribute a) {
        IndexSpec spec = indexSpec(a, "a unique constraint");
        if (spec != null) uniques.add(spec);
    }

    private void index(Attribute a) {
        IndexSpec spec = indexSpec(a, "an index");
        if (spec != null) indexes.add(spec);
    }

    /** {@code @@unique(fields, name = ...)} or {@code @@index(...)}: the fields and the optional name. */
    private IndexSpec indexSpec(Attribute a, String what) {
        var args = new Args(a, diags);
        if (!args.shape(1, Integer.MAX_VALUE, Attributes.NAME_ARGUMENT)) return null;
        String explicit = args.named(Attributes.NAME_ARGUMENT).flatMap(args::string).orElse(null);
        if (args.failed()) return null;
        var fields = names.listed(args, what);
        return fields == null ? null : new IndexSpec(a.span(), fields, explicit, from);
    }

    private void table(Attribute a) {
        var args = new Args(a, diags);
        if (args.shape(1, 1)) table = args.string(args.positionals().get(0)).orElse(null);
        tableSpan = a.span();
    }

    private void check(Attribute a) {
        EntityCheck c = checkReader.read(a, names);
        if (c != null) checks.add(c);
    }

    // A hint for the migration diff, carried in the model so every front end gives the diff the same hints.
    private void renamedFrom(Attribute a) {
        var args = new Args(a, diags);
        if (args.shape(1, 1)) {
            args.string(args.positionals().get(0)).ifPresent(old -> renamedFrom = new RenamedFrom(old, a.span()));
        }
    }

    private void depends(Attribute a) {
        var args = new Args(a, diags);
        if (a.args().size() != 1 || !(a.args().get(0) instanceof Argument.Dependency d)) {
            args.problem(a.span(), "expected a dependency `a, b -> c`");
            return;
        }
        var from = names.resolve(d.from(), "a functional dependency");
        var to = names.resolve(d.to(), "a functional dependency");
        if (from != null && to != null) dependencies.add(new Dependency(a.span(), from, to));
    }

    private void denormalized(Attribute a) {
        var args = new Args(a, diags);
        if (args.shape(1, 1)) {
            args.string(args.positionals().get(0)).ifPresent(r -> denormalized.add(new Denormalization(a.span(), r)));
        }
    }

    private void query(Attribute a) {
        AccessPattern q = queryReader.read(a, names);
        if (q != null) queries.add(q);
    }

    private void volume(Attribute a) {
        var args = new Args(a, diags);
        if (!args.shape(0, 0, Attributes.ROWS_ARGUMENT, Attributes.GROWTH_ARGUMENT)) return;
        var rows = args.named(Attributes.ROWS_ARGUMENT).flatMap(args::number);
        if (rows.isEmpty()) {
            if (!args.failed()) args.problem(a.span(), "needs `" + Attributes.ROWS_ARGUMENT + " = N`");
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
        if (!args.failed()) volume = new Volume(a.span(), r, growth);
    }

    private void timestamps(Attribute a) {
        var args = new Args(a, diags);
        if (!args.shape(1, 1)) return;
        var word = args.name(args.positionals().get(0));
        if (word.isPresent() && (word.get().text().equals("true") || word.get().text().equals("false"))) {
            timestamps = word.get().text().equals("true");
        } else if (word.isPresent()) {
            args.problem(word.get().span(), "expected true or false");
        }
    }

    private void collection(Attribute a) {
        store = storeHints.collection(a, store);
    }

    private void shardKey(Attribute a) {
        var key = names.listed(new Args(a, diags), "a shard key");
        if (key != null) store = store.withShardKey(key, a.span());
    }

    private void cache(Attribute a) {
        store = storeHints.cache(a, names.entity(), names.all(), names.lists(), store);
    }
}
