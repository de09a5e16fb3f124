package dev.schemac.gen.mongo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.catalog.Catalog;
import dev.schemac.model.Model;
import dev.schemac.nosql.DocCollection;
import dev.schemac.nosql.DocIndex;
import dev.schemac.nosql.DocumentDesign;
import dev.schemac.nosql.Reasons;
import dev.schemac.nosql.RelationChoice;
import dev.schemac.nosql.Validators;
import dev.schemac.output.Output;
import dev.schemac.render.json.Json;
import dev.schemac.render.markdown.Quoted;

/**
 * {@code mongo/collections.json}: for each collection the arguments of its
 * {@code createCollection} and {@code createIndex} calls (exactly what init.js passes), its
 * shard key, and what it leaves to the application; then how every relation is stored and why.
 */
final class CollectionsFile {
    static final int FORMAT_VERSION = 1;

    private final Model model;
    private final Catalog catalog;
    private final DocumentDesign design;

    CollectionsFile(Model model, Catalog catalog, DocumentDesign design) {
        this.model = model;
        this.catalog = catalog;
        this.design = design;
    }

    /**
     * The file, streamed: one collection's tree is in memory at a time (at 10,000 entities the
     * whole document's tree held ~200 MB).
     */
    Output.Rendering file() {
        return Json.prettyFile(g -> {
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("database", design.database());
            g.writeArrayFieldStart("collections");
            for (DocCollection c : design.collections()) g.writeTree(collection(c));
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            for (RelationChoice r : design.relations()) g.writeTree(relation(r));
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private ObjectNode relation(RelationChoice r) {
        ObjectNode n = Json.object();
        n.put("entity", r.entity());
        n.put("field", r.field());
        n.put("target", r.target());
        n.put("storage", switch (r.kind()) {
            case EMBED -> "embedded";
            case REFERENCE -> "reference";
            case REFERENCE_ARRAY -> "array of references";
        });
        n.put("collection", design.home(r.entity()).name());
        n.put("reason", Quoted.plain(Reasons.relation(r, model, design)));
        return n;
    }

    /** One collection's entry: the arguments init.js passes to its calls, made anew for each file that writes them. */
    ObjectNode collection(DocCollection c) {
        ObjectNode n = Json.object();
        n.put("name", c.name());
        n.put("entity", c.entity().name());
        var validator = Validators.of(c, catalog);
        ObjectNode options = n.putObject("options");
        options.putObject("validator").set("$jsonSchema", Json.tree(validator.jsonSchema()));
        options.put("validationLevel", "strict");
        options.put("validationAction", "error");
        ArrayNode indexes = n.putArray("indexes");
        for (DocIndex i : c.indexes()) indexes.add(index(i));
        if (!c.shardKey().isEmpty()) n.set("shardKey", shardKey(c));
        ArrayNode unenforced = n.putArray("notEnforced");
        c.unenforced().forEach(s -> unenforced.add(Quoted.plain(s)));
        validator.unenforced().forEach(s -> unenforced.add(Quoted.plain(s)));
        return n;
    }

    /** {@code {path: 1, ...}}: the collection's shard key, as sh.shardCollection takes it. */
    static ObjectNode shardKey(DocCollection c) {
        ObjectNode shard = Json.object();
        for (String p : c.shardKey()) shard.put(p, 1);
        return shard;
    }

    /** {@code {key, name, unique?, partialFilterExpression?, expireAfterSeconds?}}: createIndex's two arguments in one. */
    static ObjectNode index(DocIndex i) {
        ObjectNode n = Json.object();
        ObjectNode key = n.putObject("key");
        for (String p : i.paths()) key.put(p, 1);
        n.put("name", i.name());
        if (i.unique()) n.put("unique", true);
        if (!i.partial().isEmpty()) {
            ObjectNode filter = n.putObject("partialFilterExpression");
            for (DocIndex.Condition cond : i.partial()) {
                ObjectNode type = filter.putObject(cond.path());
                if (cond.types().size() == 1) type.put("$type", cond.types().get(0));
                else cond.types().forEach(type.putArray("$type")::add);
            }
        }
        if (i.expireAfterSeconds() != null) n.put("expireAfterSeconds", i.expireAfterSeconds());
        n.put("reason", Quoted.plain(Reasons.index(i)));
        return n;
    }
}
