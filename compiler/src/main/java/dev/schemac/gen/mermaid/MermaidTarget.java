package dev.schemac.gen.mermaid;

import com.google.auto.service.AutoService;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.output.Output;
import java.util.List;

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
        out.write(PATH, new ErDiagram(ctx.catalog()).render());
    }

    private static final String PATH = "mermaid/er.mmd";

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        return List.of(new OutputFile(PATH, ctx.model().anchor()));
    }
}
