package dev.schemac.gen.mongo;

import com.google.auto.service.AutoService;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.SampledTarget;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.nosql.DocumentDesign;
import dev.schemac.output.Output;
import dev.schemac.render.json.Json;
import java.util.ArrayList;
import java.util.List;

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
        var collections = new CollectionsFile(ctx.model(), ctx.catalog(), design);
        out.write(COLLECTIONS, collections.file());
        out.write(INIT, InitScript.render(ctx.model().settings().name(), design.collections(), collections));
        var sample = sample(ctx).rows();
        var docs = new SeedDocuments(ctx.model(), ctx.catalog(), design, sample);
        for (var c : design.collections()) {
            out.write(seedPath(c.name()), Json.prettyFile(docs.documents(c)));
        }
    }

    private static final String COLLECTIONS = "mongo/collections.json";
    private static final String INIT = "mongo/init.js";

    /** Where a collection's seed documents go. */
    static String seedPath(String collection) {
        return "mongo/seed/" + collection + ".json";
    }

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        var at = ctx.model().anchor();
        var files = new ArrayList<OutputFile>(List.of(new OutputFile(COLLECTIONS, at), new OutputFile(INIT, at)));
        for (var c : DocumentDesign.of(ctx.model(), ctx.catalog()).collections()) {
            files.add(new OutputFile(seedPath(c.name()), c.entity().span()));
        }
        return files;
    }
}
