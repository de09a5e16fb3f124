package dev.schemac.nosql;

import dev.schemac.render.text.Counts;
import dev.schemac.render.text.English;
import static dev.schemac.render.text.Counts.number;
import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.naming.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences that say why the document and key-value designs store each relation and
 * key as they do: one wording, used by the mongo and redis files and the decision record.
 * Every sentence is built from the model; names come from the designs.
 */
public final class Reasons {
    private Reasons() {}

    static String code(String s) { return dev.schemac.render.markdown.Quoted.name(s); }

    /** A name the relational database holds (an index, a column), as the documents write it. */
    static String stored(String s) { return dev.schemac.render.markdown.Quoted.stored(s); }

    /** How a relation is stored in documents, and why. */
    public static String relation(RelationChoice c, Model model, DocumentDesign design) {
        Entity owner = model.requireEntity(c.entity());
        Field f = owner.requireField(c.field());
        String target = c.target();
        String where = code(c.entity() + "." + c.field());
        return switch (c.kind()) {
            case EMBED -> {
                boolean many = f.isList();
                String holds = (design.embedding().isEmbedded(c.entity()) ? "each embedded " + c.entity() : "each " + c.entity() + " document")
                        + " holds its " + target + (many ? " rows in the array " : " in the subdocument ")
                        + code(DocumentDesign.fieldName(c.field()));
                if (c.reason() == RelationChoice.Reason.EMBED_DECLARED) {
                    yield where + ": " + holds + ", as `@embed` asks" + overflow(c) + sizeLimit(model, c, design) + ".";
                }
                String link = c.inverse();
                yield where + ": " + holds + ", because every " + target + " belongs to one " + c.entity() + " alone: "
                        + code(target + "." + link) + " is required and deleting " + article(c.entity())
                        + " deletes it, and nothing else refers to " + article(target) + "; " + bound(c) + sizeLimit(model, c, design) + ".";
            }
            case REFERENCE -> {
                String fields = String.join(", ", referenceFields(c, model, design).stream().map(Reasons::code).toList());
                String lookup = c.inverse() != null ? " (an index on it finds " + referrers(c, model, "that refer to", "that refers to") + ")" : "";
                String holder = design.embedding().isEmbedded(c.entity()) ? "each embedded " + c.entity() : "each " + c.entity() + " document";
                yield where + ": " + holder + " holds the key of the " + target + " it refers to in " + fields + lookup
                        + "; not embedded, because " + why(c) + ".";
            }
            case REFERENCE_ARRAY -> where + ": " + (design.embedding().isEmbedded(c.entity()) ? "each embedded " + c.entity()
                    : "each " + c.entity() + " document") + " holds the keys of its " + target + " rows in the array "
                    + code(DocumentDesign.idArrayName(c.field())) + (c.inverse() != null ? " (a multikey index finds "
                    + referrers(c, model, "whose array holds the key of", "whose array holds the key of") + ")" : "") + "; " + article(c.entity()) + " has many " + target
                    + " rows and " + article(target) + " many " + c.entity() + " rows, so neither document can hold the other.";
        };
    }

    /**
     * What an index on the stored key finds, said from the relation rather than by the inverse
     * field's name (a field named for a verb, {@code supervises}, is no noun): the rows of
     * {@code c.entity()} that point at one given {@code c.target()}, which its inverse field lists
     * (or, for a to-one inverse, names).
     */
    private static String referrers(RelationChoice c, Model model, String many, String one) {
        boolean list = model.requireEntity(c.target()).requireField(c.inverse()).isList();
        return (list ? "the " + c.entity() + " rows " + many : "the " + c.entity() + " row " + one) + " a given " + c.target()
                + ", " + (list ? "those " : "the one ") + code(c.target() + "." + c.inverse()) + (list ? " lists" : " names");
    }

    private static List<String> referenceFields(RelationChoice c, Model model, DocumentDesign design) {
        var out = new ArrayList<String>();
        DocCollection home = design.home(c.entity());
        collect(home.shape(), c.entity(), c.field(), "", out);
        return out;
    }

    private static void collect(DocShape shape, String entity, String field, String prefix, List<String> out) {
        for (DocField f : shape.fields()) {
            if (f instanceof DocField.Value v && shape.entity().equals(entity) && field.equals(v.field())) out.add(prefix + v.name());
            if (f instanceof DocField.Id id && shape.entity().equals(entity)) {
                for (var p : id.parts()) if (field.equals(p.field())) out.add(id.compound() ? prefix + "_id." + p.name() : "_id");
            }
            if (f instanceof DocField.Embedded e) collect(e.shape(), entity, field, prefix + e.name() + ".", out);
        }
    }

    /**
     * What bounds how many children one embedding document holds, as the design took it: the declared
     * volumes, or, with none, the assumption the design makes, said so the reader can correct it.
     */
    private static String bound(RelationChoice c) {
        var b = c.bound();
        return switch (b.basis()) {
            case ONE -> "it is one " + c.target() + " per " + c.entity();
            case PER_PARENT -> average(b, c.target(), c.entity()) + ", within the " + Embedding.MAX_PER_DOCUMENT + " one document should hold";
            case DECLARED_TOTAL -> c.target() + " declares " + Counts.rows(b.rows()) + " (`@@volume`) in all, within the "
                    + Embedding.MAX_PER_DOCUMENT + " one document should hold even if one " + c.entity() + " had them all";
            case UNDECLARED -> "no `@@volume` says how many " + c.target() + " rows one " + c.entity() + " gathers, so the design takes"
                    + " them to be few; a `@@volume` on " + c.target() + " of more than " + Embedding.MAX_PER_DOCUMENT
                    + " rows, or more than " + Embedding.MAX_PER_DOCUMENT + " per " + c.entity() + " on average with a `@@volume` on "
                    + c.entity() + " too, keeps them in a collection of their own";
        };
    }

    /**
     * What an {@code @embed} is asked against: the declared volumes that put more children in one document than it
     * should hold (the embedding stands, the author asked for it, but the sentence does not pass it off as safe).
     */
    private static String overflow(RelationChoice c) {
        var b = c.bound();
        if (!b.tooMany()) return "";
        return b.basis() == RelationChoice.Bound.Basis.PER_PARENT
                ? ", though " + average(b, c.target(), c.entity()) + ", more than the " + Embedding.MAX_PER_DOCUMENT
                        + " one document should hold"
                : ", though " + c.target() + " declares " + Counts.rows(b.rows()) + " (`@@volume`) and " + c.entity() + " declares none, so one "
                        + c.entity() + " document may hold more than the " + Embedding.MAX_PER_DOCUMENT + " it should";
    }

    /** MongoDB's largest document: 16 MiB of BSON. */
    static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    /**
     * MongoDB's document limit, said only where the declared volumes put so many children in one document that,
     * each at the size {@link DocumentSize} counts (a document that exists, every field at the longest its type
     * declares, what has no declared bound counted at its least and named), their array alone reaches it: so the
     * sentence that they could reach it is true of real documents, and says what the figure counts.
     */
    private static String sizeLimit(Model model, RelationChoice c, DocumentDesign design) {
        long per = c.bound().most();
        if (per <= 0) return "";
        DocField.Embedded field = embedded(design.home(c.entity()).shape(), c.entity(), c.field());
        if (field == null || !field.many()) return "";
        DocumentSize row = DocumentSize.of(field.shape(), model, design);
        long array = DocumentSize.element(field.name()) + DocumentSize.array(per, row.bytes());
        if (array < MAX_DOCUMENT_BYTES) return "";
        String least = row.countedEmpty().isEmpty() ? "" : ", counting " + String.join(", ", row.countedEmpty().stream()
                .map(Reasons::code).toList()) + " empty as nothing declares " + (row.countedEmpty().size() == 1 ? "its" : "their") + " size";
        String held = row.held().isEmpty() ? "" : ", holding " + String.join(" and ", row.held().stream()
                .map(h -> number(h.rows()) + " in " + code(h.path())).toList()) + " as the declared volumes give on average,";
        return "; one " + c.target() + " row with every field at the longest its type declares" + held
                + " takes " + number(row.bytes())
                + " bytes of BSON" + least + ", and " + number(per) + " of them in " + code(field.name()) + " take "
                + number(array) + " bytes, which reaches MongoDB's limit of 16 MiB (" + number(MAX_DOCUMENT_BYTES) + " bytes) on one"
                + " document";
    }

    /** The field of {@code entity}'s documents (at any depth) that embeds the rows of its field {@code field}, or null. */
    static DocField.Embedded embedded(DocShape shape, String entity, String field) {
        for (DocField f : shape.fields()) {
            if (f instanceof DocField.Embedded e) {
                if (shape.entity().equals(entity) && e.field().equals(field)) return e;
                DocField.Embedded inner = embedded(e.shape(), entity, field);
                if (inner != null) return inner;
            }
        }
        return null;
    }

    /**
     * The children per parent the declared volumes give, with both figures: exact where the division is, else the
     * whole numbers it lies between ("fewer than one" below one), never a rounded figure that could say 0 or
     * land on the other side of {@link Embedding#MAX_PER_DOCUMENT} from the decision.
     */
    static String average(RelationChoice.Bound b, String child, String parent) {
        long whole = b.rows() / b.parents();
        String per = b.rows() % b.parents() == 0 ? Counts.rows(whole, child)
                : whole == 0 ? "fewer than one " + child + " row"
                : "between " + number(whole) + " and " + Counts.rows(whole + 1, child);
        return "the declared volumes (`@@volume`), " + Counts.rows(b.rows(), child) + " for " + Counts.rows(b.parents(), parent) + ", give "
                + per + " per " + parent + " on average";
    }

    /**
     * Why a read of one parent's children by a field keeps them out of the parent: what is true of
     * any such read, whether or not the children grow (nothing here claims they do).
     */
    private static final String INDEXED_READ = ", which an index serves only over a collection of their own: MongoDB indexes"
            + " whole documents, not the elements of one document's array";

    private static String why(RelationChoice c) {
        String child = c.entity();
        String parent = c.target();
        return switch (c.reason()) {
            case SELF -> "the relation points from " + child + " to " + child;
            case NO_BACK_SIDE -> parent + " has no field that lists its " + child + " rows";
            case OPTIONAL -> code(child + "." + c.field()) + " is optional, so " + article(child) + " can exist without "
                    + article(parent);
            case NOT_CASCADE -> "deleting " + article(parent) + " does not delete its " + child + " rows (`@on_delete("
                    + c.detail() + ")`)";
            case CLAIMED -> child + " " + c.detail();
            case OWN_COLLECTION -> child + " declares a collection or shard key of its own";
            case UNIQUE_ACROSS_PARENTS -> "the unique (" + c.detail() + ") of " + child + " spans every " + parent;
            case EXPIRES -> child + " rows expire on their own (`@ttl`)";
            case PAGED -> "an index reads each " + parent + "'s " + child + " rows by " + code(c.detail()) + INDEXED_READ;
            case QUERIED -> "a `@@query` reads each " + parent + "'s " + child + " rows by " + code(c.detail()) + INDEXED_READ;
            // Said only where no volume is declared on the child (Embedding lets a declared one decide).
            case TIME_KEYED -> child + " is keyed by its " + parent + " and " + code(c.detail()) + ", so each new "
                    + code(c.detail()) + " can add one more " + child + " row to " + article(parent) + ", and no `@@volume` on "
                    + child + " says how many there are: one " + parent + " document holding them has no bound on its size";
            case TOO_MANY -> average(c.bound(), child, parent) + ", more than the " + Embedding.MAX_PER_DOCUMENT
                    + " one document should hold";
            // The child's total is a bound, but a larger one than a document should hold: all of them may share one parent.
            case UNBOUNDED -> child + " declares " + Counts.rows(c.bound().rows()) + " (`@@volume`) and " + parent
                    + " declares none, so all of them, more than the " + Embedding.MAX_PER_DOCUMENT
                    + " one document should hold, may belong to one " + parent;
            case CYCLE -> "embedding it would put " + parent + " inside itself";
            default -> throw new IllegalStateException(c.reason().name());
        };
    }

    /** Why a collection has an index. */
    public static String index(DocIndex i) {
        String on = String.join(", ", i.paths().stream().map(Reasons::code).toList());
        String why = purpose(i, on);
        // An index that also expires documents says so: its TTL was merged into it (one index per key pattern).
        if (i.expireAfterSeconds() != null && i.reason() != DocIndex.Reason.EXPIRY) {
            why += "; MongoDB deletes a document " + seconds(i.expireAfterSeconds()) + " after its " + on;
        }
        return why;
    }

    private static String purpose(DocIndex i, String on) {
        return switch (i.reason()) {
            case UNIQUE -> "unique " + on + (i.partial().isEmpty() ? "" : ", among documents where "
                    + String.join(" and ", i.partial().stream().map(Reasons::condition).toList()));
            case KEY -> "the key " + on + ", unique in any field order: `_id` compares its sub-document field by field in order,"
                    + " so without this index the same key written with its fields swapped would be stored twice";
            case DECLARED -> "declared index on " + on;
            case REFERENCE -> "finds the documents that refer to a given one through " + on;
            case MANY_TO_MANY -> "finds the documents whose array " + on + " holds a given key";
            case EXPIRY -> "MongoDB deletes a document " + seconds(i.expireAfterSeconds()) + " after its " + on;
            case SHARD_KEY -> "serves the shard key " + on;
        };
    }

    private static String condition(DocIndex.Condition c) {
        return c.types().equals(List.of("null")) ? code(c.path()) + " is null" : code(c.path()) + " is not null";
    }

    /** A number of seconds in the largest whole unit: "15 minutes", "30 days", "90 seconds". */
    public static String seconds(long s) {
        long[] sizes = {604_800, 86_400, 3_600, 60, 1};
        String[] names = {"week", "day", "hour", "minute", "second"};
        for (int i = 0; i < sizes.length; i++) {
            if (s % sizes[i] == 0) {
                long n = s / sizes[i];
                return n + " " + names[i] + (n == 1 ? "" : "s");
            }
        }
        return s + " seconds";
    }

    /** Why a key exists and why it has its structure. */
    public static String key(KvKey k, KvEntity e, KeyValueDesign d) {
        String entity = e.entity().name();
        return switch (k.kind()) {
            case ROW -> "one " + entity + " row as a hash of its columns: `HGETALL` reads it, `HSET` changes single columns"
                    + expiry(e);
            case ALL -> k.structure() == KvKey.Structure.ZSET
                    ? "every " + entity + "'s id, scored by " + code(k.score()) + ": pages through the rows in creation order"
                    // Says what KeyValueDesign.creationTime asks for, all of it: a created_at that is optional or a date
                    // is not it, and a time of the model's own (`placed_at`) is not known to say when a row began.
                    : "every " + entity + "'s id (" + entity + " has no required " + code(KeyValueDesign.CREATED_AT + " datetime")
                            + " to order by)";
            case UNIQUE -> code(String.join(", ", fieldsOf(e.table(), k.keyColumns()))) + " is unique ("
                    + stored(k.name()) + ")" + (k.onlyWhereNull() == null ? "" : " among rows whose " + code(k.onlyWhereNull()) + " is null")
                    + ": the key maps a value to its row's id, and `SET ... NX` refuses a second row with the same value"
                    + (k.onlyWhereNull() == null ? "" : "; only such rows have the key, so the application deletes it when it sets "
                            + code(k.onlyWhereNull()) + " and sets it again with `NX` when it clears it")
                    + expiry(e);
            case RELATION -> {
                String rows = "the " + k.members() + " rows of one " + entity;
                if (k.structure() == KvKey.Structure.ZSET) {
                    yield rows + ", scored by " + code(k.score()) + " as the relational index on ("
                            + code(String.join(", ", k.keyColumns()) + ", " + k.score()) + ") orders them";
                }
                yield rows + " (" + code(k.via()) + ")";
            }
            case INDEX -> {
                String lead = k.keyColumns().isEmpty() ? "" : " for each value of " + code(String.join(", ", k.keyColumns()));
                yield k.structure() == KvKey.Structure.ZSET
                        ? entity + " ids" + lead + ", scored by " + code(k.score()) + " (index " + stored(k.name()) + "): a range of "
                                + code(k.score()) + " is one `ZRANGE ... BYSCORE`"
                        : entity + " ids" + lead + " (index " + stored(k.name()) + ")";
            }
        };
    }

    private static String expiry(KvEntity e) {
        var parts = new ArrayList<String>();
        if (e.cacheTtl() != null) parts.add(seconds(e.cacheTtl().seconds()) + " after each write");
        if (e.fieldTtl() != null) {
            parts.add(seconds(e.fieldTtl().seconds()) + " after its " + stored(e.ttlColumn())
                    + (e.table().requireColumn(e.ttlColumn()).nullable() ? " (never, while that is null)" : ""));
        }
        if (parts.isEmpty()) return "";
        return "; it expires " + String.join(", or ", parts) + (parts.size() > 1 ? ", whichever comes first" : "");
    }

    private static List<String> fieldsOf(Table t, List<String> columns) {
        var out = new ArrayList<String>();
        for (String c : columns) {
            String f = t.requireColumn(c).field();
            out.add(f == null ? c : f);
        }
        return out.stream().distinct().toList();
    }

    /** "a User", "an Order": the article English wants before a name (see {@link English#article}). */
    public static String article(String name) {
        return English.article(name);
    }

    /** The snake_case segment of an entity in keys, for documents that name it. */
    static String segment(String entity) {
        return Names.snake(entity);
    }
}
