package dev.schemac.nosql;

import com.google.auto.service.AutoService;
import dev.schemac.catalog.Catalog;
import dev.schemac.compile.ModelCheck;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Model;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the document and key-value designs cannot hold, reported when the model is checked
 * (so {@code schemac check} says it before any target runs): the {@code @embed} problems of
 * {@link Embedding}, a second {@code @ttl}, a cache key that does not identify a row, unique
 * constraints a shard key cannot keep, collection and document-field names that collide, and
 * cache keys that overlap other keys.
 */
@AutoService(ModelCheck.class)
public final class StoreChecks implements ModelCheck {

    @Override
    public Findings run(Model model, Catalog catalog) {
        return run(model, catalog, null);
    }

    @Override
    public Findings run(Model model, Catalog catalog, java.util.Set<String> targets) {
        var out = new ArrayList<Diagnostic>();
        var embedding = Embedding.of(model);
        out.addAll(embedding.problems());
        for (Entity e : model.entities()) {
            ttls(e, out);
            cacheKey(e, out);
            shardKey(e, embedding, out);
        }
        if (out.isEmpty()) {
            // The names alone: the whole design is made (once) only when a target that writes it runs.
            var documents = DocumentDesign.naming(model, catalog, embedding);
            collections(model, documents, out);
            for (var r : documents.renamed()) {
                Entity e = model.requireEntity(r.entity());
                out.add(Messages.documentFieldCollision(e.requireField(r.field()).span(), r.entity(), r.field(), r.wanted(), r.given(),
                        r.holder().equals("the key") ? "the key" : r.entity() + "." + r.holder()));
            }
            // Only a @@cache key is checked against the others: without one the key design is not needed.
            if (model.entities().stream().anyMatch(StoreChecks::hasCacheKey)) {
                overlaps(model, catalog, KeyValueDesign.of(model, catalog), out);
            }
        }
        // Warnings only, so after the checks above, whose findings decide whether a design can be made.
        if (targets == null || targets.contains("mongo")) {
            for (Entity e : model.entities()) decimals(e, out);
        }
        return Findings.of(out);
    }

    private static void ttls(Entity e, List<Diagnostic> out) {
        Field first = null;
        for (Field f : e.fields()) {
            if (f.store().ttl() == null) continue;
            // A lone key is the document's _id, and MongoDB builds no TTL index on _id.
            if (e.primaryKey().equals(List.of(f.name()))) out.add(Messages.ttlOnKey(f.store().ttl().span(), e.name(), f.name()));
            if (first == null) first = f;
            else out.add(Messages.ttlTwice(f.store().ttl().span(), e.name(), f.name(), first.store().ttl().span()));
        }
    }

    private static void decimals(Entity e, List<Diagnostic> out) {
        for (Field f : e.fields()) {
            if (f.type() instanceof dev.schemac.model.FieldType.Scalar s && s.kind() == dev.schemac.model.ScalarKind.DECIMAL
                    && s.precision() != null && s.precision() > Decimal128.DIGITS) {
                out.add(Messages.decimalTooWide(f.span(), e.name() + "." + f.name(), s.precision(), s.scale() == null ? 0 : s.scale(),
                        Decimal128.DIGITS));
            }
        }
    }

    private static void cacheKey(Entity e, List<Diagnostic> out) {
        var cache = e.store().cache();
        if (cache == null || cache.key() == null) return;
        var used = new HashSet<>(cache.key().fields());
        // Every value of a key must exist: a row whose placeholder field is null would have no key,
        // so no hash and no id for its sets and unique keys to hold.
        for (String f : cache.key().fields()) {
            var field = e.field(f);
            if (field.isPresent() && field.get().nullable()) {
                out.add(Messages.keyFieldOptional(cache.span(), cache.key().text(), e.name(), f));
                return;
            }
        }
        if (used.containsAll(e.primaryKey())) return;
        for (IndexSpec u : Embedding.uniques(e)) if (used.containsAll(u.fields())) return;
        out.add(Messages.keyNotUnique(cache.span(), cache.key().text(), e.name(), e.primaryKey()));
    }

    private static void shardKey(Entity e, Embedding embedding, List<Diagnostic> out) {
        var shard = e.store().shardKey();
        if (shard.isEmpty()) return;
        for (IndexSpec u : Embedding.uniques(e)) {
            // A relation embedded from this side has no key in the documents, so no index either.
            if (u.fields().stream().anyMatch(f -> embedding.embeds(e.name(), f))) continue;
            if (u.fields().size() < shard.size() || !u.fields().subList(0, shard.size()).equals(shard)) {
                out.add(Messages.shardKeyUnique(u.span(), u.fields(), e.name(), shard, e.store().shardKeySpan()));
            }
        }
    }

    private static void collections(Model model, DocumentDesign.Naming design, List<Diagnostic> out) {
        Map<String, DocumentDesign.Naming.Collection> seen = new LinkedHashMap<>();
        for (DocumentDesign.Naming.Collection c : design.collections()) {
            Entity e = c.entity();
            Span at = e.store().collectionSpan() != null ? e.store().collectionSpan() : e.span();
            if (e.store().collection() != null) {
                String why = collectionNameProblem(c.name());
                if (why != null) out.add(Messages.badCollectionName(at, c.name(), why));
            }
            var first = seen.putIfAbsent(c.name(), c);
            if (first != null) {
                Span other = first.entity().store().collectionSpan() != null ? first.entity().store().collectionSpan()
                        : first.entity().span();
                out.add(Messages.collectionCollision(at, c.name(), first.entity().name(), other));
            }
        }
    }

    private static final java.util.regex.Pattern COLLECTION_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

    /**
     * Why a collection name is refused, or null. MongoDB refuses {@code $}, NUL, a leading
     * {@code system.} and long names; schemac also names a seed file after the collection, so it
     * keeps to letters, digits and {@code _ . -}, not starting with a dot.
     */
    static String collectionNameProblem(String name) {
        if (name.isEmpty()) return "is empty";
        if (name.startsWith("system.")) return "starts with `system.`, which MongoDB reserves";
        if (name.codePointCount(0, name.length()) > 120) return "is longer than 120 characters";
        if (!COLLECTION_NAME.matcher(name).matches()) {
            return name.startsWith(".") ? "starts with a dot" : "holds a character other than letters, digits and `_ . -`";
        }
        return null;
    }

    private static boolean hasCacheKey(Entity e) {
        var cache = e.store().cache();
        return cache != null && cache.key() != null;
    }

    /** A {@code @@cache} key against every other key of the design. */
    private static void overlaps(Model model, Catalog catalog, KeyValueDesign design, List<Diagnostic> out) {
        var all = new ArrayList<Map.Entry<KvEntity, KvKey>>();
        for (KvEntity e : design.entities()) for (KvKey k : e.keys()) all.add(Map.entry(e, k));
        for (KvEntity e : design.entities()) {
            if (!hasCacheKey(e.entity())) continue;
            var cache = e.entity().store().cache();
            KvKey mine = e.rowKey();
            for (var other : all) {
                if (other.getValue() == mine) continue;
                if (KeyOverlap.overlap(mine, other.getValue(), catalog, model)) {
                    out.add(Messages.keyPatternOverlap(cache.span(), mine.pattern(), other.getValue().pattern(),
                            "a key of " + other.getKey().entity().name()));
                    break;
                }
            }
        }
    }
}
