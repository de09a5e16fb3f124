package dev.schemac.gen.prisma;

import com.google.auto.service.AutoService;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.PrismaSide;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.gen.TargetOptions;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import dev.schemac.output.Output;
import dev.schemac.render.sql.Sql;
import java.util.List;
import java.util.Set;

/**
 * The Prisma target: {@code prisma/schema.prisma} for the schema's dialect (or the database
 * {@link PrismaSide#OPTION} names), rendered from the Catalog so that Prisma's migrations build
 * the database schemac's DDL builds (docs/targets/prisma.md; proven by the parity tests), and
 * the {@code prisma.config.ts} Prisma 7's CLI reads.
 */
@AutoService(Target.class)
public final class PrismaTarget implements Target {
    @Override public String name() { return "prisma"; }

    @Override
    public String description() {
        return "Prisma schema for the schema's dialect or prisma.provider, and its prisma.config.ts (prisma/schema.prisma)";
    }

    @Override
    public java.util.Map<String, String> options() {
        return java.util.Map.of(PrismaSide.OPTION, PrismaSide.DESCRIPTION);
    }

    @Override
    public String optionRule(String key, String value) {
        return key.equals(PrismaSide.OPTION) ? PrismaSide.rule(value) : null;
    }

    /** schema.prisma is for the Prisma side's database: Prisma Migrate builds it there, so its limits are errors. */
    @Override
    public Set<Dialect> asks(Model model, TargetOptions options, boolean named) {
        return PrismaSide.dialect(model, options).map(Set::of).orElse(Set.of());
    }

    @Override
    public void check(TargetContext ctx) {
        PrismaSide.dialect(ctx).ifPresent(d -> limits(ctx, d));
    }

    /** The database's own limits, as its DDL target reports them, and what Prisma's validator refuses besides. */
    private static void limits(TargetContext ctx, Dialect d) {
        Sql.checkLimits(d, ctx.ownDialects(), ctx.model(), ctx.catalog(), ctx::report);
        PrismaLimits.check(ctx, PrismaProvider.of(d));
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        var dialect = PrismaSide.dialect(ctx);
        if (dialect.isEmpty()) return;
        limits(ctx, dialect.get());
        out.write(SCHEMA, PrismaSchema.render(ctx.model(), ctx.catalog(), dialect.get()));
        out.write(PrismaConfig.PATH, PrismaConfig.render());
    }

    private static final String SCHEMA = "prisma/schema.prisma";

    @Override
    public List<OutputFile> files(TargetContext ctx) {
        if (PrismaSide.dialect(ctx).isEmpty()) return List.of();
        var at = ctx.model().anchor();
        return List.of(new OutputFile(SCHEMA, at), new OutputFile(PrismaConfig.PATH, at));
    }
}
