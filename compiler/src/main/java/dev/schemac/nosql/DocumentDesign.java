package dev.schemac.nosql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Derived;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.model.Relation;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.Names;
import dev.schemac.naming.TargetNames;
import dev.schemac.nosql.DocIndex.Condition;
import dev.schemac.nosql.DocIndex.Reason;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The document design of a model: one collection per entity that is not embedded, in the
 * Catalog's dependency order, named by {@code @@collection} or else the table's name.
 * Document fields are the model's field names in camelCase ({@code total_amount} →
 * {@code totalAmount}, {@code created_at} → {@code createdAt}); a reference is the field's
 * name with {@code Id} ({@code user} → {@code userId}, or one field per key column for a
 * composite key); {@code _id} is the primary key (a document of its values when it has
 * several). Every document holds every field: an optional one holds null.
 */
public record DocumentDesign(String database, List<DocCollection> collections, List<RelationChoice> relations,
                             Embedding embedding, List<Renamed> renamed, Map<String, DocCollection> byEntity) {
    public static final String ID = "_id";

    public DocumentDesign {
        collections = List.copyOf(collections);
        relations = List.copyOf(relations);
        renamed = List.copyOf(renamed);
        byEntity = Map.copyOf(byEntity);
    }

    /**
     * A field whose document name ({@code wanted}) another field of the same document already
     * has ({@code holder}, or the key): it is stored as {@code given}, its snake_case name, or
     * that with {@code _2}, {@code _3} ... when that is taken too.
     */
    public record Renamed(String entity, String field, String wanted, String given, String holder) {}

    /**
     * The design of {@code model}, lowered to {@code catalog}: made once per model and catalog for
     * the targets that read it (mongo, the documents); the store checks need only its
     * {@linkplain #naming names}.
     */
    public static DocumentDesign of(Model model, Catalog catalog) {
        return Derived.of(catalog, model, DocumentDesign.class, () -> new Builder(model, catalog, Embedding.of(model)).build());
    }

    /**
     * The names alone: each collection's and the entity it holds, in the design's order, and the
     * fields renamed; what the store checks report from, in every run, whether or not a target
     * writes the documents. Not kept: the design itself is made only by what reads it.
     */
    record Naming(List<Collection> collections, List<Renamed> renamed) {
        Naming {
            collections = List.copyOf(collections);
            renamed = List.copyOf(renamed);
        }

        record Collection(String name, Entity entity) {}
    }

    /** The design's {@link Naming}, worked out without making the design. */
    static Naming naming(Model model, Catalog catalog, Embedding embedding) {
        return new Builder(model, catalog, embedding).naming();
    }

    public Optional<DocCollection> collectionOf(String entity) {
        return Optional.ofNullable(byEntity.get(entity));
    }

    /** The collection an entity's rows live in: its own, or that of the document it is embedded in. */
    public DocCollection home(String entity) {
        String at = entity;
        while (embedding.isEmbedded(at)) at = embedding.embeddedBy(at).orElseThrow().entity();
        String top = at;
        return collectionOf(top).orElseThrow();
    }

    /** The document field of a scalar or enum field, and of an embedded relation. */
    public static String fieldName(String field) {
        return Names.camel(field);
    }

    /** The document field holding one key column of a reference through {@code field}. */
    public static String referenceName(String field, String referencedColumn, int keyColumns) {
        return Names.camel(field) + (keyColumns == 1 ? "Id"
                : Names.pascal(TargetNames.identifier(referencedColumn, TargetNames.Alphabet.UNICODE)));
    }

    /** The array of ids of a many-to-many through {@code field} ({@code tags} → {@code tagIds}). */
    public static String idArrayName(String field) {
        return Names.camel(Names.singularize(field)) + "Ids";
    }

    /**
     * The name an index the Catalog names {@code catalogName} has in a collection whose other
     * indexes hold {@code taken} (which receives it): the Catalog's name, except that each
     * {@code "} becomes {@code _} (FerretDB's SQLite backend writes the name into its SQL
     * unescaped and fails on one), and that {@code *} (which MongoDB keeps for "every index")
     * and {@code _id_} (the key's own index) get a {@code _} after them; a name another index of
     * the collection already has then gets {@code _2}, {@code _3} ... The model's names hold no
     * NUL or other control character (SC510), which MongoDB also refuses.
     */
    static String storedIndexName(String catalogName, java.util.Set<String> taken) {
        String n = catalogName.replace('"', '_');
        if (n.equals("*") || n.equals(ID + "_")) n = n + "_";
        String base = n;
        for (int i = 2; !taken.add(n); i++) n = base + "_" + i;
        return n;
    }

    /** Whether an entity soft-deletes: a nullable datetime {@code deleted_at}. */
    public static boolean softDeletes(Entity e) {
        return e.field("deleted_at").filter(f -> f.nullable() && f.isStored()
                && f.type() instanceof dev.schemac.model.FieldType.Scalar s && s.kind() == ScalarKind.DATETIME).isPresent();
    }

    private static final class Builder {
        private final Model model;
        private final Catalog catalog;
        private final Embedding embedding;
        private final List<Renamed> renamed = new ArrayList<>();

        Builder(Model model, Catalog catalog, Embedding embedding) {
            this.model = model;
            this.catalog = catalog;
            this.embedding = embedding;
        }

        DocumentDesign build() {
            var out = new ArrayList<DocCollection>();
            for (Table t : collected()) out.add(collection(model.requireEntity(t.entity()), t));
            var byEntity = new LinkedHashMap<String, DocCollection>();
            for (DocCollection c : out) byEntity.put(c.entity().name(), c);
            return new DocumentDesign(model.settings().name(), out, embedding.choices(), embedding, renamed, byEntity);
        }

        /** The names {@link #build} gives, in its order, from the same steps, without the indexes and notes. */
        Naming naming() {
            var out = new ArrayList<Naming.Collection>();
            for (Table t : collected()) {
                Entity e = model.requireEntity(t.entity());
                out.add(new Naming.Collection(name(e, t), e));
                shape(e, t, true, null, "", new LinkedHashMap<>());
            }
            return new Naming(out, renamed);
        }

        /** The tables that are collections, in the Catalog's order, with the names they may not derive taken. */
        private List<Table> collected() {
            var explicit = new java.util.HashSet<String>();
            for (Entity e : model.entities()) if (e.store().collection() != null) explicit.add(e.store().collection());
            usedNames.addAll(explicit);
            // Table names that are collection names as they are keep them; changed ones dodge them.
            for (Table t : catalog.tables()) if (t.entity() != null && sanitized(t.name()).equals(t.name())) usedNames.add(t.name());
            var out = new ArrayList<Table>();
            for (Table t : catalog.tables()) if (t.entity() != null && !embedding.isEmbedded(t.entity())) out.add(t);
            return out;
        }

        private String name(Entity e, Table t) {
            return e.store().collection() != null ? e.store().collection() : derivedName(t.name());
        }

        private final java.util.Set<String> usedNames = new java.util.HashSet<>();

        /**
         * A table's name as a collection name: characters other than letters, digits and
         * {@code _ . -} become {@code _}, a leading dot or {@code system.} gets a {@code _} before
         * it, and a name another derived collection already has gets {@code _2}, {@code _3} ...
         * (an explicit {@code @@collection} is never changed: its clashes are errors).
         */
        private String derivedName(String table) {
            String n = sanitized(table);
            if (!n.equals(table)) {
                String base = n;
                for (int i = 2; usedNames.contains(n); i++) n = base + "_" + i;
            }
            usedNames.add(n);
            return n;
        }

        private static final java.util.regex.Pattern NOT_IN_COLLECTION_NAME =
                java.util.regex.Pattern.compile("[^A-Za-z0-9_.\\-]");

        private static String sanitized(String table) {
            String n = NOT_IN_COLLECTION_NAME.matcher(table).replaceAll("_");
            if (n.startsWith(".") || n.startsWith("system.")) n = "_" + n;
            return n.length() > 120 ? n.substring(0, 120) : n;
        }

        private DocCollection collection(Entity e, Table t) {
            String name = name(e, t);
            var paths = new LinkedHashMap<String, String>();
            DocShape shape = shape(e, t, true, null, "", paths);
            var notes = new ArrayList<String>();
            var indexes = indexes(e, t, shape, paths, notes);
            var shard = new ArrayList<String>();
            for (String f : e.store().shardKey()) for (Column c : t.columnsOf(f)) shard.add(paths.get(c.name()));
            if (!shard.isEmpty()) ensurePrefix(indexes, shard, Names.constraint("idx", t.name(), columnsOf(t, e.store().shardKey())),
                    Reason.SHARD_KEY);
            if (!shard.isEmpty() && !shardPrefixes(e, t, paths, paths(t.primaryKey().columns(), paths))) {
                notes.add("the key of " + e.name() + " (`_id`) outside one shard: MongoDB keeps `_id` unique per shard only when "
                        + "the shard key does not start it, so the application allocates ids unique over the whole collection");
            }
            return new DocCollection(name, e, t, shape, dedupe(indexes), shard, notes);
        }

        /**
         * The model's own MySQL dialect equates text as {@code utf8mb4_unicode_ci} does (no case,
         * no accents); a unique index here compares the stored text exactly, so it lets through
         * what the model's database would refuse.
         */
        private void textCollation(UniqueConstraint u, Table t, List<String> notes) {
            if (model.settings().dialect() != dev.schemac.model.Dialect.MYSQL) return;
            boolean text = u.columns().stream().map(t::requireColumn)
                    .anyMatch(c -> !c.type().isEnum() && c.type().kind() != null && c.type().kind().isText());
            if (text) {
                notes.add("the unique " + code(u.name()) + " without case or accents: it compares text exactly here, while the"
                        + " model's MySQL dialect (`utf8mb4_unicode_ci`) refuses `Bob@x.com` beside `bob@x.com`");
            }
        }

        /** Whether the collection is not sharded, or its shard key's paths start {@code paths}. */
        private static boolean shardPrefixes(Entity e, Table t, Map<String, String> columnPaths, List<String> paths) {
            var shard = new ArrayList<String>();
            for (String f : e.store().shardKey()) for (Column c : t.columnsOf(f)) shard.add(columnPaths.get(c.name()));
            if (shard.isEmpty()) return true;
            if (paths == null) return false;
            if (paths.size() == 1 && paths.get(0).equals(ID)) return shard.equals(List.of(ID));
            return paths.size() >= shard.size() && paths.subList(0, shard.size()).equals(shard);
        }

        /**
         * The shape of {@code e}'s documents; {@code paths} receives each column's document path
         * (with {@code prefix}) so indexes can be mapped. {@code link} is left out: the field
         * that points at the document this one is embedded in.
         */
        private DocShape shape(Entity e, Table t, boolean root, String link, String prefix, Map<String, String> paths) {
            var fields = new ArrayList<DocField>();
            if (root) {
                var parts = new ArrayList<DocField.Value>();
                for (String k : t.primaryKey().columns()) {
                    Column c = t.requireColumn(k);
                    parts.add(value(e.requireField(c.field()), t, c, false));
                }
                parts = new ArrayList<>(distinct(e, parts, new LinkedHashMap<>()));
                boolean compound = parts.size() > 1;
                for (var p : parts) paths.put(p.column().name(), compound ? ID + "." + p.name() : ID);
                fields.add(new DocField.Id(parts));
            }
            var taken = new LinkedHashMap<String, String>();
            if (root) taken.put(ID, "the key");
            for (Field f : e.fields()) {
                if (f.name().equals(link)) continue;
                if (root && e.primaryKey().contains(f.name())) continue;
                Relation r = f.relation();
                if (r == null || r.kind().holdsForeignKey()) {
                    if (r != null && embedding.embeds(e.name(), f.name())) {
                        fields.add(embedded(e, f, false, prefix, take(e, f.name(), fieldName(f.name()), f.name(), taken)));
                        continue;
                    }
                    for (Column c : t.columnsOf(f.name())) {
                        var v = distinct(e, List.of(value(f, t, c, c.nullable())), taken).get(0);
                        paths.put(c.name(), prefix + v.name());
                        fields.add(v);
                    }
                } else if (r.kind() == Relation.Kind.MANY_TO_MANY) {
                    if (embedding.holdsArray(e.name(), f.name())) {
                        Table target = catalog.tableOf(r.target()).orElseThrow();
                        var key = target.primaryKey().columns().stream().map(target::requireColumn).toList();
                        String name = take(e, f.name(), idArrayName(f.name()), f.name(), taken);
                        fields.add(new DocField.IdArray(name, f.name(), r.target(), key));
                    }
                } else if (embedding.embeds(e.name(), f.name())) {
                    fields.add(embedded(e, f, r.kind() == Relation.Kind.ONE_TO_MANY, prefix,
                            take(e, f.name(), fieldName(f.name()), f.name(), taken)));
                }
            }
            return new DocShape(e.name(), fields);
        }

        private DocField.Embedded embedded(Entity e, Field f, boolean many, String prefix, String name) {
            Entity child = model.requireEntity(f.relation().target());
            Table ct = catalog.tableOf(child.name()).orElseThrow();
            var childPaths = new LinkedHashMap<String, String>();
            String link = embedding.linkOf(embedding.embeddedBy(child.name()).orElseThrow());
            DocShape shape = shape(child, ct, false, link, prefix + name + ".", childPaths);
            // A to-one embedded from the side that holds the key may be absent; a back side always may.
            boolean nullable = !many && (f.nullable() || !f.relation().kind().holdsForeignKey());
            return new DocField.Embedded(name, f.name(), shape, many, nullable);
        }

        /** The document value of column {@code c}, which stores field {@code f}. */
        private DocField.Value value(Field f, Table t, Column c, boolean nullable) {
            String references = null;
            String name;
            if (f.relation() != null) {
                references = f.relation().target();
                ForeignKey fk = t.foreignKeyOf(f.name()).orElseThrow();
                name = referenceName(f.name(), c.referencedColumn(), fk.columns().size());
            } else {
                name = fieldName(f.name());
            }
            return new DocField.Value(name, f.name(), c, nullable, references);
        }

        /** The values with names no other field of the document has (see {@link Renamed}). */
        private List<DocField.Value> distinct(Entity e, List<DocField.Value> values, Map<String, String> taken) {
            var out = new ArrayList<DocField.Value>();
            for (var v : values) {
                // A reference falls back to its column's name, as identifier text: a stored name may hold a `.` (a path to MongoDB).
                String fallback = v.references() != null
                        ? TargetNames.identifier(v.column().name(), TargetNames.Alphabet.UNICODE) : v.field();
                String name = take(e, v.field(), v.name(), fallback, taken);
                out.add(name.equals(v.name()) ? v : new DocField.Value(name, v.field(), v.column(), v.nullable(), v.references()));
            }
            return out;
        }

        /** {@code wanted} when free; else {@code fallback}, or it with a number; recorded as renamed. */
        private String take(Entity e, String field, String wanted, String fallback, Map<String, String> taken) {
            String holder = taken.get(wanted);
            if (holder == null) {
                taken.put(wanted, field);
                return wanted;
            }
            String given = fallback;
            for (int n = 2; taken.containsKey(given); n++) given = fallback + "_" + n;
            taken.put(given, field);
            renamed.add(new Renamed(e.name(), field, wanted, given, holder));
            return given;
        }

        // ------------------------------------------------------------------ indexes

        private List<DocIndex> indexes(Entity e, Table t, DocShape shape, Map<String, String> paths, List<String> notes) {
            var out = new ArrayList<DocIndex>();
            boolean soft = softDeletes(e);
            // A compound _id is a sub-document, which MongoDB compares field by field in order: the
            // same key with its fields swapped would be a second _id. Unique over the paths, the key
            // holds whatever order a writer uses (a sharded collection takes it only when it starts
            // with the shard key: collection() then says so).
            var key = paths(t.primaryKey().columns(), paths);
            if (key != null && key.size() > 1 && shardPrefixes(e, t, paths, key)) {
                out.add(new DocIndex(t.primaryKey().name(), key, true, List.of(), null, Reason.KEY));
            }
            for (UniqueConstraint u : t.uniques()) {
                var p = paths(u.columns(), paths);
                if (p == null) continue;
                var partial = new ArrayList<Condition>();
                for (String col : u.columns()) {
                    Column c = t.requireColumn(col);
                    if (c.nullable()) partial.add(new Condition(paths.get(col), nonNullTypes(c)));
                }
                if (soft) partial.add(new Condition(paths.get(t.columnsOf("deleted_at").get(0).name()), List.of("null")));
                out.add(new DocIndex(u.name(), p, true, partial, null, Reason.UNIQUE));
                textCollation(u, t, notes);
            }
            for (Index i : t.indexes()) {
                var p = paths(i.columns(), paths);
                if (p != null) out.add(new DocIndex(i.name(), p, false, List.of(), null,
                        i.reason() == Index.Reason.FOREIGN_KEY ? Reason.REFERENCE : Reason.DECLARED));
            }
            references(e, t, paths, out);
            embeddedIndexes(shape, "", out, notes);
            arrays(shape, "", out);
            for (Field f : e.fields()) {
                if (f.store().ttl() == null) continue;
                String path = paths.get(t.columnsOf(f.name()).get(0).name());
                expiry(out, path, Names.constraint("ttl", t.name(), List.of(t.columnsOf(f.name()).get(0).name())),
                        f.store().ttl().seconds(), notes);
            }
            return out;
        }

        /** Every reference gets an index that starts with it, as every foreign key has one in the Catalog. */
        private void references(Entity e, Table t, Map<String, String> paths, List<DocIndex> out) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.field() == null) continue;
                var p = paths(fk.columns(), paths);
                if (p == null) continue;
                ensurePrefix(out, p, Names.constraint("idx", t.name(), fk.columns()), Reason.REFERENCE);
            }
        }

        /** Indexes of embedded entities, on their paths inside this collection's documents. */
        private void embeddedIndexes(DocShape shape, String prefix, List<DocIndex> out, List<String> notes) {
            for (DocField f : shape.fields()) {
                if (!(f instanceof DocField.Embedded em)) continue;
                Entity child = model.requireEntity(em.shape().entity());
                Table ct = catalog.tableOf(child.name()).orElseThrow();
                String link = embedding.linkOf(embedding.embeddedBy(child.name()).orElseThrow());
                var linkCols = link == null ? List.<String>of() : ct.columnsOf(link).stream().map(Column::name).toList();
                var paths = new LinkedHashMap<String, String>();
                for (DocField g : em.shape().fields()) {
                    if (g instanceof DocField.Value v) paths.put(v.column().name(), prefix + em.name() + "." + v.name());
                }
                for (Index i : ct.indexes()) {
                    var cols = i.columns().stream().filter(c -> !linkCols.contains(c)).toList();
                    if (cols.isEmpty()) continue;
                    var p = paths(cols, paths);
                    if (p != null) out.add(new DocIndex(i.name(), p, false, List.of(), null,
                            i.reason() == Index.Reason.FOREIGN_KEY ? Reason.REFERENCE : Reason.DECLARED));
                }
                for (ForeignKey fk : ct.foreignKeys()) {
                    if (fk.field() == null || fk.columns().equals(linkCols)) continue;
                    var p = paths(fk.columns(), paths);
                    if (p != null) ensurePrefix(out, p, Names.constraint("idx", ct.name(), fk.columns()), Reason.REFERENCE);
                }
                var key = ct.primaryKey().columns().stream().filter(c -> !linkCols.contains(c)).toList();
                if (em.many() && !key.isEmpty()) {
                    notes.add("the key of " + child.name() + " (" + String.join(", ", fieldsOf(child, ct, ct.primaryKey().columns()))
                            + "): within one document's " + code(prefix + em.name()) + ", " + codes(paths(key, paths))
                            + " is not repeated, and no index keeps it unique across documents either (the relational key"
                            + " is unique over every " + child.name() + ")");
                }
                for (UniqueConstraint u : ct.uniques()) {
                    var rest = u.columns().stream().filter(c -> !linkCols.contains(c)).toList();
                    if (rest.isEmpty()) continue; // one child per parent: the nesting itself keeps it
                    // A live-rows unique (soft delete) holds among the entries not deleted, as its partial index does.
                    String live = u.where() instanceof dev.schemac.catalog.RowFilter.IsNull n && paths.containsKey(n.column())
                            ? " among the entries whose " + code(paths.get(n.column())) + " is null" : "";
                    notes.add("the unique constraint " + code(u.name()) + " (" + String.join(", ", fieldsOf(child, ct, u.columns()))
                            + "): within one document's " + code(prefix + em.name()) + ", " + codes(paths(rest, paths))
                            + " is not repeated" + live);
                }
                embeddedIndexes(em.shape(), prefix + em.name() + ".", out, notes);
            }
        }

        private void arrays(DocShape shape, String prefix, List<DocIndex> out) {
            for (DocField f : shape.fields()) {
                if (f instanceof DocField.IdArray a) {
                    Table join = joinTable(shape.entity(), a.field());
                    boolean left = join.join().leftEntity().equals(shape.entity()) && join.join().leftField().equals(a.field());
                    // The array holds the other side's ids: its index is the join table's index on those columns.
                    List<String> cols = join.foreignKeys().get(left ? 1 : 0).columns();
                    String name = join.indexes().stream().filter(i -> i.columns().equals(cols)).map(Index::name)
                            .findFirst().orElse(Names.constraint("idx", join.name(), cols));
                    var paths = new ArrayList<String>();
                    if (a.key().size() == 1) paths.add(prefix + a.name());
                    else for (Column c : a.key()) paths.add(prefix + a.name() + "." + fieldName(c.name()));
                    ensurePrefix(out, paths, name, Reason.MANY_TO_MANY);
                } else if (f instanceof DocField.Embedded em) {
                    arrays(em.shape(), prefix + em.name() + ".", out);
                }
            }
        }

        private Table joinTable(String entity, String field) {
            for (Table t : catalog.tables()) {
                var j = t.join();
                if (j != null && ((j.leftEntity().equals(entity) && j.leftField().equals(field))
                        || (j.rightEntity().equals(entity) && j.rightField().equals(field)))) return t;
            }
            throw new IllegalStateException("no join table for " + entity + "." + field);
        }

        /**
         * The TTL goes on the index that already has the path as its key pattern (unique or not:
         * MongoDB takes no second index on one key pattern, and a TTL index may be unique), else
         * on an index of its own. A partial index expires only the documents it covers: a
         * condition on another path (a soft delete's) is noted as leaving documents unexpired.
         * ({@code _id} takes no TTL: {@code StoreChecks} refuses {@code @ttl} on a lone key.)
         */
        private static void expiry(List<DocIndex> out, String path, String name, long seconds, List<String> notes) {
            for (int i = 0; i < out.size(); i++) {
                DocIndex x = out.get(i);
                if (!x.paths().equals(List.of(path))) continue;
                out.set(i, x.withExpiry(seconds));
                var others = x.partial().stream().filter(c -> !c.path().equals(path)).toList();
                if (!others.isEmpty()) {
                    notes.add("expiry of documents where " + String.join(" or ", others.stream()
                            .map(c -> code(c.path()) + (c.types().equals(List.of("null")) ? " is set" : " is null")).toList())
                            + ": the TTL index on " + code(path) + " is the partial unique index " + code(x.name())
                            + ", which covers the other documents only; the application deletes them");
                }
                return;
            }
            out.add(new DocIndex(name, List.of(path), false, List.of(), seconds, Reason.EXPIRY));
        }

        private static void ensurePrefix(List<DocIndex> out, List<String> paths, String name, Reason why) {
            for (DocIndex i : out) {
                if (i.partial().isEmpty() && i.paths().size() >= paths.size() && i.paths().subList(0, paths.size()).equals(paths)) return;
                if (i.paths().equals(paths)) return;
            }
            if (paths.equals(List.of(ID))) return;
            out.add(new DocIndex(name, paths, false, List.of(), null, why));
        }

        /**
         * MongoDB refuses a second index on the same key pattern: the first (a unique comes first)
         * stays. Each one left is then named as the servers take it ({@link #storedIndexName}).
         */
        private static List<DocIndex> dedupe(List<DocIndex> all) {
            var out = new ArrayList<DocIndex>();
            var names = new java.util.HashSet<String>();
            for (DocIndex i : all) {
                if (i.paths().equals(List.of(ID))) continue;
                if (out.stream().noneMatch(o -> o.paths().equals(i.paths()))) out.add(i.named(storedIndexName(i.name(), names)));
            }
            return out;
        }

        private static String code(String s) {
            return dev.schemac.render.markdown.Quoted.name(s);
        }

        private static String codes(List<String> xs) {
            return String.join(", ", xs.stream().map(Builder::code).toList());
        }

        private static List<String> paths(List<String> columns, Map<String, String> paths) {
            var out = new ArrayList<String>();
            for (String c : columns) {
                String p = paths.get(c);
                if (p == null) return null;
                out.add(p);
            }
            return out;
        }

        private static List<String> columnsOf(Table t, List<String> fields) {
            var out = new ArrayList<String>();
            for (String f : fields) for (Column c : t.columnsOf(f)) out.add(c.name());
            return out;
        }

        private static List<String> fieldsOf(Entity e, Table t, List<String> columns) {
            var out = new ArrayList<String>();
            for (String c : columns) {
                String f = t.requireColumn(c).field();
                if (f != null && !out.contains(f)) out.add(f);
            }
            return out;
        }

        /** The BSON types a non-null value of the column has (for a partial index's conditions). */
        private static List<String> nonNullTypes(Column c) {
            if (c.type().isEnum()) return List.of("string");
            var t = TypeTable.bsonAccepted(c.type());
            return t.isEmpty() ? List.of("object", "array", "string", "number", "bool") : t;
        }
    }
}
