package dev.schemac.gen.mermaid;

import com.google.auto.service.AutoService;
import dev.schemac.diag.Messages;
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

    /**
     * Mermaid's default {@code maxTextSize}: a longer diagram is drawn as an error box, and a diagram's
     * own {@code %%{init}%%} cannot raise it (Mermaid keeps the key out of a diagram's reach).
     */
    static final int MAX_TEXT_SIZE = 50_000;

    /** Renders, to report a diagram longer than Mermaid draws by default (SC752). */
    @Override
    public void check(TargetContext ctx) {
        generate(ctx, Output.DISCARD);
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        String text = new ErDiagram(ctx.catalog()).render();
        // JavaScript's length, as Mermaid measures: UTF-16 code units, which a Java String counts too.
        if (text.length() > MAX_TEXT_SIZE) ctx.report(Messages.mermaidTooLong(ctx.model().anchor(), text.length(), MAX_TEXT_SIZE));
        out.write(PATH, text);
    }

    private static final String PATH = "mermaid/er.mmd";

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        return List.of(new OutputFile(PATH, ctx.model().anchor()));
    }
}
