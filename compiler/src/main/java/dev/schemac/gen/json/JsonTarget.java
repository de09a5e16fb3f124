package dev.schemac.gen.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.schemac.output.Output;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;

/**
 * The resolved model, its catalog and the checks' analyses as one JSON document
 * ({@code json/model.json}), for tools that want schemac's view of a schema without
 * parsing the language. The shape is documented in docs/json.md and versioned by
 * {@code formatVersion}.
 */
@AutoService(Target.class)
public final class JsonTarget implements Target {
    @Override public String name() { return "json"; }

    @Override public String description() { return "the resolved model, catalog and analyses as JSON (json/model.json)"; }

    @Override
    public void generate(TargetContext ctx, Output out) {
        ObjectNode root = Mapper.MAPPER.createObjectNode();
        root.put("formatVersion", 1);
        root.set("schema", ModelJson.settings(ctx.model().settings()));
        root.set("enums", ModelJson.enums(ctx.model()));
        root.set("entities", ModelJson.entities(ctx.model()));
        root.set("catalog", CatalogJson.catalog(ctx.catalog()));
        var analyses = ctx.compilation().analyses();
        root.set("analyses", analyses == null ? Mapper.MAPPER.createObjectNode() : Mapper.MAPPER.valueToTree(analyses));
        try {
            var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            out.write("json/model.json", Mapper.MAPPER.writer(printer).writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }
}
