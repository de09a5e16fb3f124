package dev.schemac.gen.seed;

import com.google.auto.service.AutoService;
import dev.schemac.catalog.Catalog;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.gen.TargetOptions;
import dev.schemac.model.Dialect;
import dev.schemac.output.Output;
import dev.schemac.sample.SampleData;
import dev.schemac.sample.SampleDiagnostics;
import dev.schemac.sample.Shortfall;

/**
 * {@code seed/<dialect>/seed.sql}: the same deterministic sample rows for every dialect,
 * made from the options' seed, row count and timestamp.
 */
@AutoService(Target.class)
public final class SeedTarget implements Target {
    @Override public String name() { return "seed"; }

    @Override public String description() { return "Deterministic sample data that satisfies every constraint (seed/<dialect>/seed.sql, seed/seed.py)"; }

    @Override
    public void warmUp() {
        SampleData.warmUp();
    }

    /** The sample rows, made while the model's checks run; check and generate then find them made. */
    @Override
    public void prepare(Catalog catalog, TargetOptions o) {
        SampleData.shared(catalog, o.seed(), o.rows(), o.timestamp());
    }

    /** Only the sample's shortfalls are reported: the rows are made (once per run, shared), nothing is rendered. */
    @Override
    public void check(TargetContext ctx) {
        var o = ctx.options();
        var data = SampleData.shared(ctx.catalog(), o.seed(), o.rows(), o.timestamp());
        SampleDiagnostics.of(ctx.model(), ctx.catalog(), data.shortfalls()).forEach(ctx::report);
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        var o = ctx.options();
        var data = SampleData.shared(ctx.catalog(), o.seed(), o.rows(), o.timestamp());
        var rows = data.rows();
        // Never fewer rows than asked without a word: an error when the model rules the rows out, else a warning.
        SampleDiagnostics.of(ctx.model(), ctx.catalog(), data.shortfalls()).forEach(ctx::report);
        var gaps = data.shortfalls().stream().map(Shortfall::summary).toList();
        var summary = new TargetSummary(ctx.options());
        for (Dialect d : Dialect.values()) {
            out.write(path(d), SeedSql.render(d, ctx.model().settings().name(), summary, rows, gaps));
        }
        out.write("seed/seed.py", SeedPython.render(ctx.model().settings().displayTitle(), summary, rows));
    }

    /** Where a dialect's seed script goes; the documents and {@code schemac seed} read the same path. */
    public static String path(Dialect d) {
        return "seed/" + d.id() + "/seed.sql";
    }
}
