package dev.schemac.gen.erd;

import com.google.auto.service.AutoService;
import dev.schemac.output.Output;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;

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
        out.write("erd/er.txt", new TextEr(ctx.catalog()).render());
    }
}
