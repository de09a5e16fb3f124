package dev.schemac.gen.migrations;

import com.google.auto.service.AutoService;
import dev.schemac.model.Dialect;
import dev.schemac.output.Output;
import dev.schemac.gen.PrismaSide;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.render.sql.Sql;

/**
 * The initial migrations, from an empty database: up and down SQL per dialect (exactly the
 * DDL targets' create and drop scripts), an Alembic revision, and a Prisma Migrate folder.
 * Every file name carries {@link dev.schemac.gen.TargetOptions#timestamp()}, an input,
 * so generating twice gives the same bytes.
 */
@AutoService(Target.class)
public final class MigrationsTarget implements Target {
    @Override public String name() { return "migrations"; }

    @Override
    public String description() {
        return "Initial migrations: up/down SQL per dialect, an Alembic revision, a Prisma Migrate folder (migrations/)";
    }

    /** A migration of an earlier run may have been applied: it is never removed, even when no longer written. */
    @Override public boolean removesStaleFiles() { return false; }

    @Override
    public void generate(TargetContext ctx, Output out) {
        String ts = ctx.options().timestamp();
        String schema = ctx.model().settings().name();
        for (Dialect d : Dialect.values()) {
            Sql.checkLimits(d, ctx.model(), ctx.catalog(), ctx::report);
            out.write(sqlPath(d, ts, "up"), Sql.create(d, ctx.catalog(), schema));
            out.write(sqlPath(d, ts, "down"), Sql.drop(d, ctx.catalog(), schema));
        }
        out.write("migrations/alembic.ini", AlembicEnv.ini(ctx.model()));
        out.write("migrations/alembic/env.py", AlembicEnv.render(ctx.model()));
        out.write("migrations/alembic/script.py.mako", AlembicEnv.scriptTemplate());
        out.write("migrations/alembic/versions/" + ts + "_init.py", new AlembicRevision(ctx.model(), ctx.catalog(), ts).render());
        // For the database of the Prisma side (prisma.provider), which schema.prisma is written for too.
        Dialect prisma = PrismaSide.dialect(ctx).orElse(null);
        if (prisma == null) return;
        out.write("migrations/prisma/migration_lock.toml", PrismaMigration.lock(prisma));
        out.write("migrations/prisma/" + ts + "_init/migration.sql", PrismaMigration.sql(prisma, ctx.catalog(), schema));
    }

    /** Where the up or down SQL of a dialect goes; the documents quote the same paths. */
    public static String sqlPath(Dialect d, String timestamp, String direction) {
        return "migrations/sql/" + d.id() + "/" + timestamp + "_init." + direction + ".sql";
    }
}
