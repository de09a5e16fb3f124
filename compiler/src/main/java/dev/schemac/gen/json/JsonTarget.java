package dev.schemac.gen.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.google.auto.service.AutoService;
import dev.schemac.catalog.Table;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Entity;
import dev.schemac.output.Output;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The resolved model, its catalog and the checks' analyses as one JSON document
 * ({@code json/model.json}), for tools that want schemac's view of a schema without
 * parsing the language. The shape is documented in docs/json.md and versioned by
 * {@code formatVersion}.
 *
 * <p>The largest output of a run (hundreds of megabytes at 10,000 entities), so it is
 * streamed: one entity or table is a tree in memory at a time, never the whole document.
 */
@AutoService(Target.class)
public final class JsonTarget implements Target {
    @Override public String name() { return "json"; }

    @Override public String description() { return "the resolved model, catalog and analyses as JSON (json/model.json)"; }

    @Override public boolean readsAnalyses() { return true; }

    /** Nothing this target renders can fail: it reports nothing. */
    @Override
    public void check(TargetContext ctx) {}

    @Override
    public void generate(TargetContext ctx, Output out) {
        out.write(PATH, w -> write(ctx, w));
    }

    private static final String PATH = "json/model.json";

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        return List.of(new OutputFile(PATH, ctx.model().anchor()));
    }

    private static void write(TargetContext ctx, Writer w) throws IOException {
        var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = Mapper.MAPPER.getFactory().createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(printer);
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeFieldName("schema");
            g.writeTree(ModelJson.settings(ctx.model().settings()));
            g.writeFieldName("enums");
            g.writeTree(ModelJson.enums(ctx.model()));
            g.writeArrayFieldStart("entities");
            for (Entity e : ctx.model().entities()) g.writeTree(ModelJson.entity(e));
            g.writeEndArray();
            g.writeObjectFieldStart("catalog");
            g.writeFieldName("enums");
            g.writeTree(CatalogJson.enums(ctx.catalog()));
            g.writeArrayFieldStart("tables");
            for (Table t : ctx.catalog().tables()) g.writeTree(CatalogJson.table(t, ctx.model().settings().dialect()));
            g.writeEndArray();
            g.writeEndObject();
            g.writeFieldName("analyses");
            var analyses = ctx.analyses();
            g.writeTree(analyses == null ? Mapper.MAPPER.createObjectNode() : Mapper.MAPPER.valueToTree(analyses));
            g.writeEndObject();
        }
        w.write("\n");
    }
}
