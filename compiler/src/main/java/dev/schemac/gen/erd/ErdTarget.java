package dev.schemac.gen.erd;

import com.google.auto.service.AutoService;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.output.Output;
import java.util.List;

/** {@code erd/er.txt}: a plain-text ER diagram, the form the decision record asks for. */
@AutoService(Target.class)
public final class ErdTarget implements Target {
    @Override public String name() { return "erd"; }

    @Override public String description() { return "Text ER diagram of the tables and their relationships (erd/er.txt)"; }

    /** Nothing this target renders can fail: it reports nothing. */
    @Override
    public void check(TargetContext ctx) {}

    @Override
    public void generate(TargetContext ctx, Output out) {
        out.write(PATH, new TextEr(ctx.catalog()).render());
    }

    private static final String PATH = "erd/er.txt";

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        return List.of(new OutputFile(PATH, ctx.model().anchor()));
    }
}
