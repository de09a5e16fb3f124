package dev.schemac.gen.redis;

import com.google.auto.service.AutoService;
import dev.schemac.catalog.Catalog;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.gen.TargetOptions;
import dev.schemac.nosql.KeyValueDesign;
import dev.schemac.output.Output;
import dev.schemac.render.json.Json;
import dev.schemac.sample.SampleData;
import dev.schemac.sample.SampleDiagnostics;

/**
 * The key-value design for Redis: {@code redis/keys.md} (every key pattern, its structure,
 * TTL, the command that reads it and why it is there), {@code redis/keys.json} (the same as
 * data) and {@code redis/seed.redis} (the seed target's sample rows in that layout, as
 * commands for {@code redis-cli}).
 */
@AutoService(Target.class)
public final class RedisTarget implements Target {
    @Override public String name() { return "redis"; }

    @Override
    public String description() {
        return "Redis key design (redis/keys.md, redis/keys.json) and the seed rows as redis-cli commands (redis/seed.redis)";
    }

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
        var design = KeyValueDesign.of(ctx.model(), ctx.catalog());
        var keys = new KeysFile(design).build();
        out.write("redis/keys.json", Json.pretty(keys) + "\n");
        out.write("redis/keys.md", KeysDocument.render(ctx.model(), design));
        var o = ctx.options();
        var data = SampleData.shared(ctx.catalog(), o.seed(), o.rows(), o.timestamp());
        var sample = data.rows();
        // Fewer rows than asked is said here too: the seed target may not be part of the run.
        SampleDiagnostics.of(ctx.model(), ctx.catalog(), data.shortfalls()).forEach(ctx::report);
        out.write("redis/seed.redis", new SeedScript(ctx.catalog(), design, sample, SampleData.base(o.timestamp())).render());
    }
}
