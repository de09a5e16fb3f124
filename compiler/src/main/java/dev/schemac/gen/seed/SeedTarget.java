package dev.schemac.gen.seed;

import com.google.auto.service.AutoService;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.SampledTarget;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.output.Output;
import dev.schemac.sample.Shortfall;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code seed/<dialect>/seed.sql}: the same deterministic sample rows for every dialect whose
 * schema scripts the run writes ({@link TargetContext#writes}),
 * made from the options' seed, row count and timestamp.
 */
@AutoService(Target.class)
public final class SeedTarget implements SampledTarget {
    @Override public String name() { return "seed"; }

    @Override public String description() { return "Deterministic sample data that satisfies every constraint (seed/<dialect>/seed.sql, seed/seed.py)"; }

    @Override
    public void generate(TargetContext ctx, Output out) {
        var data = sample(ctx);
        var rows = data.rows();
        var gaps = data.shortfalls().stream().map(Shortfall::summary).toList();
        var summary = new TargetSummary(ctx.options());
        for (Dialect d : Dialect.values()) {
            if (!ctx.writes(d)) continue; // no schema script of that dialect to load it after
            out.write(path(d), SeedSql.render(d, ctx.model().settings().name(), summary, rows, gaps));
        }
        out.write(PYTHON, SeedPython.render(ctx.model().settings().displayTitle(), summary, rows));
    }

    private static final String PYTHON = "seed/seed.py";

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        var at = ctx.model().anchor();
        var files = new ArrayList<OutputFile>();
        for (Dialect d : Dialect.values()) if (ctx.writes(d)) files.add(new OutputFile(path(d), at));
        files.add(new OutputFile(PYTHON, at));
        return files;
    }

    /** Where a dialect's seed script goes; the documents and {@code schemac seed} read the same path. */
    public static String path(Dialect d) {
        return "seed/" + d.id() + "/seed.sql";
    }
}
