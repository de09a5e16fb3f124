package dev.schemac.gen.mongo;

import com.google.auto.service.AutoService;
import dev.schemac.gen.SampledTarget;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.nosql.DocumentDesign;
import dev.schemac.output.Output;
import dev.schemac.render.json.Json;

/**
 * The document design for MongoDB: {@code mongo/init.js} (a mongosh script that creates each
 * collection with its {@code $jsonSchema} validator and its indexes), {@code
 * mongo/collections.json} (the same collections, validators and indexes as data, with the
 * storage of every relation and its reason) and {@code mongo/seed/<collection>.json} (the
 * sample rows of the seed target as documents, in canonical Extended JSON, for
 * {@code mongoimport --jsonArray}).
 */
@AutoService(Target.class)
public final class MongoTarget implements SampledTarget {
    @Override public String name() { return "mongo"; }

    @Override
    public String description() {
        return "MongoDB collections, validators and indexes (mongo/init.js, mongo/collections.json) and seed documents";
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        var design = DocumentDesign.of(ctx.model(), ctx.catalog());
        var collections = new CollectionsFile(ctx.model(), ctx.catalog(), design).build();
        out.write("mongo/collections.json", Json.prettyFile(collections));
        out.write("mongo/init.js", InitScript.render(ctx.model().settings().name(), collections));
        var sample = sample(ctx).rows();
        var docs = new SeedDocuments(ctx.model(), ctx.catalog(), design, sample);
        for (var c : design.collections()) {
            out.write(seedPath(c.name()), Json.prettyFile(docs.documents(c)));
        }
    }

    /** Where a collection's seed documents go. Collection names are checked at `check` time to be file-name safe. */
    static String seedPath(String collection) {
        return "mongo/seed/" + collection + ".json";
    }
}
