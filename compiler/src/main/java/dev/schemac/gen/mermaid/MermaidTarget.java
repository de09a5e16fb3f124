package dev.schemac.gen.mermaid;

import com.google.auto.service.AutoService;
import dev.schemac.output.Output;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;

/** {@code mermaid/er.mmd}: the Catalog as a Mermaid {@code erDiagram}. */
@AutoService(Target.class)
public final class MermaidTarget implements Target {
    @Override public String name() { return "mermaid"; }

    @Override public String description() { return "Mermaid ER diagram of the tables (mermaid/er.mmd)"; }

    /** Nothing this target renders can fail: it reports nothing. */
    @Override
    public void check(TargetContext ctx) {}

    @Override
    public void generate(TargetContext ctx, Output out) {
        out.write("mermaid/er.mmd", new ErDiagram(ctx.catalog()).render());
    }
}
