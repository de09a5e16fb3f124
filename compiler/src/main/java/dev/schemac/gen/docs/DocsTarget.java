package dev.schemac.gen.docs;

import com.google.auto.service.AutoService;
import dev.schemac.render.files.FileNames;
import dev.schemac.output.Output;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;

/**
 * The two hand-over documents: {@code Database_Design.md} and the decision record
 * {@code ai/decisions/<feature>_database_schema.md} (the schema's name stands in when it
 * declares no {@code feature}). They embed the other targets' output, fetched by name
 * through the registry, so the documents quote exactly the files that are handed over.
 */
@AutoService(Target.class)
public final class DocsTarget implements Target {
    @Override public String name() { return "docs"; }

    @Override
    public String description() {
        return "Design documents: Database_Design.md and ai/decisions/<feature>_database_schema.md";
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        var siblings = new Sibling(ctx);
        out.write("Database_Design.md", new DesignDocument(ctx, siblings).render());
        out.write(decisionPath(ctx), new DecisionRecord(ctx, siblings).render());
    }

    /** The feature id names the record; a schema without one is named by the schema's name. */
    static String decisionPath(TargetContext ctx) {
        var s = ctx.model().settings();
        return "ai/decisions/" + FileNames.segment(s.feature() != null ? s.feature() : s.name()) + "_database_schema.md";
    }
}
