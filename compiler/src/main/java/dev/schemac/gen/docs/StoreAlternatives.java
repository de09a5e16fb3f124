package dev.schemac.gen.docs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.nosql.DocCollection;
import dev.schemac.nosql.DocField;
import dev.schemac.nosql.DocIndex;
import dev.schemac.nosql.DocShape;
import dev.schemac.nosql.DocumentDesign;
import dev.schemac.nosql.KeyValueDesign;
import dev.schemac.nosql.KvEntity;
import dev.schemac.nosql.KvKey;
import dev.schemac.nosql.Reasons;
import dev.schemac.nosql.RelationChoice;
import dev.schemac.nosql.Validators;
import dev.schemac.render.js.Js;
import dev.schemac.render.markdown.Md;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision record's document and key-value alternatives, next to the relational design
 * above them: which of the three the model's settings choose, each collection's shape in the
 * brief's notation with its indexes, the embedding and referencing of every relation with its
 * reason, sharding, and the Redis keys with their TTLs and structures. Everything comes from
 * the designs the mongo and redis targets render.
 */
final class StoreAlternatives {
    private final Model model;
    private final Catalog catalog;
    private final DocumentDesign documents;
    private final KeyValueDesign keys;

    StoreAlternatives(TargetContext ctx) {
        this.model = ctx.model();
        this.catalog = ctx.catalog();
        this.documents = DocumentDesign.of(model, catalog);
        this.keys = KeyValueDesign.of(model, catalog);
    }

    String render() {
        var b = new StringBuilder();
        b.append("## Document and Key-Value Alternatives\n\n");
        choice(b);
        b.append("\n### Document design (MongoDB)\n\n");
        b.append("The `mongo` target writes the collections of ").append(Md.code(documents.database()))
                .append(" with their validators and indexes (`mongo/init.js`, `mongo/collections.json`).\n\n");
        for (DocCollection c : documents.collections()) collection(b, c);
        b.append("#### Embedding and referencing\n\n");
        var referring = new java.util.LinkedHashSet<String>();
        for (RelationChoice r : documents.relations()) {
            b.append("- ").append(Quoted.markdown(Reasons.relation(r, model, documents))).append("\n");
            if (r.kind() != RelationChoice.Kind.EMBED) referring.add(r.entity());
        }
        if (documents.relations().isEmpty()) {
            var names = model.entities().stream().map(Entity::name).toList();
            b.append(names.isEmpty() ? "There is no entity, so there is no collection.\n" : names.size() == 1 ? names.get(0) + " has no relations: it is a collection of its own.\n"
                    : Words.list(names) + " have no relations: each is a collection of its own.\n");
        }
        if (!referring.isEmpty()) {
            b.append("\nMongoDB has no foreign keys: the application keeps the references of ").append(Words.list(List.copyOf(referring)))
                    .append(" pointing at existing documents.\n");
        }
        b.append("\n#### Sharding\n\n");
        var sharded = documents.collections().stream().filter(c -> !c.shardKey().isEmpty()).toList();
        if (documents.collections().isEmpty()) {
            b.append("There is no collection to shard.\n");
        } else if (sharded.isEmpty()) {
            b.append("No entity declares `@@shard_key`, so ").append(Words.list(documents.collections().stream().map(c -> Md.code(c.name())).toList()))
                    .append(documents.collections().size() == 1 ? " is" : " are").append(" not sharded.\n");
        } else {
            for (DocCollection c : sharded) {
                b.append("- ").append(Md.code(c.name())).append(" is sharded by ")
                        .append(String.join(", ", c.shardKey().stream().map(Md::code).toList()))
                        .append(" (`@@shard_key` on ").append(c.entity().name()).append("); its unique indexes start with the shard key.\n");
            }
        }
        b.append("\n### Key-value design (Redis)\n\n");
        b.append("The `redis` target writes this key design (`redis/keys.md`, `redis/keys.json`) and loads the sample rows in it (`redis/seed.redis`). ")
                .append("Every key starts with ").append(Md.code(keys.app() + ":")).append(".\n\n");
        if (keys.entities().stream().allMatch(e -> e.keys().isEmpty())) {
            b.append("There is no entity, so there is no key.\n\n");
            return b.toString();
        }
        b.append("| entity | ").append(Md.codeCell(keys.app() + ":")).append(" key | type | TTL | why |\n| --- | --- | --- | --- | --- |\n");
        for (KvEntity e : keys.entities()) {
            for (KvKey k : e.keys()) {
                b.append("| ").append(e.entity().name()).append(" | ").append(Md.codeCell(k.pattern())).append(" | ")
                        .append(k.structure().type()).append(" | ").append(k.expires() ? ttl(e) : "none").append(" | ")
                        .append(Quoted.cell(Reasons.key(k, e, keys))).append(" |\n");
            }
        }
        b.append("\n");
        return b.toString();
    }

    /** Which design the model's settings choose, said from the settings and hints it has. */
    private void choice(StringBuilder b) {
        var s = model.settings();
        b.append("The model's settings choose the relational design above: ").append(s.dialect().displayName())
                .append(" (`dialect = ").append(s.dialect().id()).append("`).");
        var documentHints = new ArrayList<String>();
        var cached = new ArrayList<String>();
        for (Entity e : model.entities()) {
            if (e.store().collection() != null) documentHints.add("`@@collection` on " + e.name());
            if (!e.store().shardKey().isEmpty()) documentHints.add("`@@shard_key` on " + e.name());
            for (Field f : e.fields()) if (f.store().embedded()) documentHints.add("`@embed` on " + e.name() + "." + f.name());
            if (e.store().cache() != null || e.fields().stream().anyMatch(f -> f.store().ttl() != null)) cached.add(e.name());
        }
        if (!cached.isEmpty()) {
            b.append(" It also caches ").append(Words.list(cached)).append(" in a key-value store with expiring keys (`@@cache`, `@ttl`),")
                    .append(" as the Redis design below lays out.");
        }
        if (!documentHints.isEmpty()) {
            b.append(" For a document store it states ").append(Words.list(documentHints))
                    .append("; the document design below follows them.");
        }
        if (cached.isEmpty() && documentHints.isEmpty()) {
            b.append(" It declares no document or key-value attributes, so the two designs below are alternatives derived from its relations, keys and indexes alone.");
        } else {
            b.append(" Everything else in the two designs below is derived from the model's relations, keys and indexes.");
        }
        b.append("\n");
    }

    private void collection(StringBuilder b, DocCollection c) {
        b.append("```javascript\n// Collection: ").append(Js.string(c.name())).append(" (").append(c.entity().name()).append(")\n");
        b.append(Js.literal(shape(c.shape(), c.table()))).append("\n\n// Indexes\n");
        if (c.indexes().isEmpty()) b.append("// only _id\n");
        for (DocIndex i : c.indexes()) {
            ObjectNode key = JsonNodeFactory.instance.objectNode();
            for (String p : i.paths()) key.put(p, 1);
            ObjectNode options = JsonNodeFactory.instance.objectNode();
            options.put("name", i.name());
            if (i.unique()) options.put("unique", true);
            if (i.expireAfterSeconds() != null) options.put("expireAfterSeconds", i.expireAfterSeconds());
            b.append("db.getCollection(").append(Js.string(c.name())).append(").createIndex(").append(Js.inline(key)).append(", ")
                    .append(Js.inline(options)).append(");\n");
        }
        b.append("```\n\n");
        var notes = new ArrayList<>(c.unenforced());
        notes.addAll(Validators.of(c, catalog).unenforced());
        var partial = c.indexes().stream().filter(i -> !i.partial().isEmpty()).toList();
        if (!partial.isEmpty()) {
            b.append("Partial indexes: ");
            b.append(String.join("; ", partial.stream().map(i -> Md.name(i.name()) + " is " + Quoted.markdown(Reasons.index(i))).toList())).append(".\n");
        }
        if (!notes.isEmpty()) {
            b.append("Kept by the application rather than by the validator or an index: ").append(String.join("; ", notes.stream().map(Quoted::markdown).toList())).append(".\n");
        }
        if (!partial.isEmpty() || !notes.isEmpty()) b.append("\n");
    }

    /** A document's shape in the brief's notation: each field with its BSON type. */
    private ObjectNode shape(DocShape shape, Table t) {
        var f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        for (DocField d : shape.fields()) {
            if (d instanceof DocField.Id id) {
                if (!id.compound()) {
                    out.put(DocumentDesign.ID, type(id.parts().get(0).column(), false, id.parts().get(0).references()));
                } else {
                    ObjectNode key = out.putObject(DocumentDesign.ID);
                    for (var p : id.parts()) key.put(p.name(), type(p.column(), false, p.references()));
                }
            } else if (d instanceof DocField.Value v) {
                out.put(v.name(), type(v.column(), v.nullable(), v.references()));
            } else if (d instanceof DocField.Embedded e) {
                Table ct = catalog.tableOf(e.shape().entity()).orElseThrow();
                ObjectNode inner = shape(e.shape(), ct);
                if (e.many()) out.putArray(e.name()).add(inner);
                else out.set(e.name(), inner);
            } else if (d instanceof DocField.IdArray a) {
                Table target = catalog.tableOf(a.target()).orElseThrow();
                if (a.key().size() == 1) {
                    out.putArray(a.name()).add(type(a.key().get(0), false, a.target()));
                } else {
                    ObjectNode key = out.putArray(a.name()).addObject();
                    for (Column c : a.key()) key.put(DocumentDesign.fieldName(c.name()), type(c, false, a.target()));
                }
                if (target == null) throw new IllegalStateException(a.target());
            }
        }
        return out;
    }

    private String type(Column c, boolean nullable, String references) {
        String bson = c.type().isEnum() ? "string" : TypeTable.bson(c.type());
        if (bson.isEmpty()) bson = "any";
        String t = bson;
        if (c.type().kind() == dev.schemac.model.ScalarKind.DATE) t += " (YYYY-MM-DD)";
        if (c.type().kind() == dev.schemac.model.ScalarKind.TIME) t += " (HH:MM:SS)";
        if (c.type().isEnum()) t += " (" + String.join(" | ", catalog.enumDef(c.type().enumName()).orElseThrow().values()) + ")";
        if (references != null) t += ", the key of " + article(references);
        return nullable ? t + " or null" : t;
    }

    private static String article(String name) {
        return Reasons.article(name);
    }

    private static String ttl(KvEntity e) {
        var parts = new ArrayList<String>();
        if (e.cacheTtl() != null) parts.add(Reasons.seconds(e.cacheTtl().seconds()) + " after each write");
        if (e.fieldTtl() != null) parts.add(Reasons.seconds(e.fieldTtl().seconds()) + " after " + Md.nameCell(e.ttlColumn()));
        return String.join(", or ", parts);
    }

}
