package dev.schemac.gen.prisma;

import com.google.auto.service.AutoService;
import dev.schemac.output.Output;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;

/**
 * The Prisma target: {@code prisma/schema.prisma} for the schema's dialect, rendered from
 * the Catalog so that Prisma's migrations build the database schemac's DDL builds
 * (docs/targets/prisma.md; proven by the parity tests).
 */
@AutoService(Target.class)
public final class PrismaTarget implements Target {
    @Override public String name() { return "prisma"; }

    @Override public String description() { return "Prisma schema for the schema's dialect (prisma/schema.prisma)"; }

    @Override
    public void generate(TargetContext ctx, Output out) {
        var dialect = ctx.model().settings().dialect();
        PrismaLimits.check(ctx, PrismaProvider.of(dialect));
        out.write("prisma/schema.prisma", PrismaSchema.render(ctx.model(), ctx.catalog(), dialect));
    }
}
