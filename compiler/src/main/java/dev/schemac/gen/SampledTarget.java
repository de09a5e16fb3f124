package dev.schemac.gen;

import dev.schemac.catalog.Catalog;
import dev.schemac.sample.SampleData;
import dev.schemac.sample.SampleDiagnostics;

/**
 * A target that writes the run's one sample in its own form (the seed scripts, MongoDB's seed
 * documents, Redis's seed commands). They share the rows ({@link SampleData#shared}, made
 * once per run), the head start that makes them beside the model's checks, and what they say
 * about them: each reports the sample's shortfalls, since any of them may run without the
 * others.
 */
public interface SampledTarget extends Target {

    @Override
    default void warmUp() {
        SampleData.warmUp();
    }

    /** The sample rows, made while the model's checks run; check and generate then find them made. */
    @Override
    default void prepare(Catalog catalog, TargetOptions o) {
        SampleData.shared(catalog, o.seed(), o.rows(), o.timestamp());
    }

    /** Only the sample's shortfalls are reported: the rows are made (once per run, shared), nothing is rendered. */
    @Override
    default void check(TargetContext ctx) {
        sample(ctx);
    }

    /**
     * The run's sample, its shortfalls reported: never fewer rows than asked without a word (an
     * error when the model rules the rows out, else a warning).
     */
    default SampleData.Sample sample(TargetContext ctx) {
        var o = ctx.options();
        var data = SampleData.shared(ctx.catalog(), o.seed(), o.rows(), o.timestamp());
        SampleDiagnostics.of(ctx.model(), ctx.catalog(), data.shortfalls()).forEach(ctx::report);
        return data;
    }
}
