package dev.schemac.gen.redis;

import com.google.auto.service.AutoService;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.SampledTarget;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.nosql.KeyValueDesign;
import dev.schemac.output.Output;
import dev.schemac.render.json.Json;
import dev.schemac.sample.SampleData;
import java.util.List;

/**
 * The key-value design for Redis: {@code redis/keys.md} (every key pattern, its structure,
 * TTL, the command that reads it and why it is there), {@code redis/keys.json} (the same as
 * data) and {@code redis/seed.redis} (the seed target's sample rows in that layout, as
 * commands for {@code redis-cli}).
 */
@AutoService(Target.class)
public final class RedisTarget implements SampledTarget {
    @Override public String name() { return "redis"; }

    @Override
    public String description() {
        return "Redis key design (redis/keys.md, redis/keys.json) and the seed rows as redis-cli commands (redis/seed.redis)";
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        var design = KeyValueDesign.of(ctx.model(), ctx.catalog());
        var keys = new KeysFile(design).build();
        out.write(KEYS_JSON, Json.prettyFile(keys));
        out.write(KEYS_MD, KeysDocument.render(ctx.model(), ctx.catalog(), design));
        var sample = sample(ctx).rows();
        out.write(SEED, new SeedScript(ctx.catalog(), design, sample, SampleData.base(ctx.options().timestamp())).render());
    }

    private static final String KEYS_JSON = "redis/keys.json";
    private static final String KEYS_MD = "redis/keys.md";
    private static final String SEED = "redis/seed.redis";

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        var at = ctx.model().anchor();
        return List.of(new OutputFile(KEYS_JSON, at), new OutputFile(KEYS_MD, at), new OutputFile(SEED, at));
    }
}
