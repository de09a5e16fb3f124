package dev.schemac.gen.migrations;

import com.google.auto.service.AutoService;
import dev.schemac.diag.Messages;
import dev.schemac.evolve.Evolution;
import dev.schemac.evolve.History;
import dev.schemac.evolve.RenameHints;
import dev.schemac.gen.OutputFile;
import dev.schemac.gen.PrismaSide;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.output.Output;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations. With no history in the output folder: the initial migration, from an
 * empty database (up and down SQL per dialect, exactly the DDL targets' create and drop
 * scripts; an Alembic revision; a Prisma Migrate folder) and its snapshot, under
 * {@link dev.schemac.gen.TargetOptions#timestamp()}, an input, so generating twice gives
 * the same bytes. With a history: nothing of it is ever rewritten; when the model has
 * changes that no migration covers, a warning says to run {@code schemac migrate}.
 */
@AutoService(Target.class)
public final class MigrationsTarget implements Target {
    @Override public String name() { return "migrations"; }

    @Override
    public String description() {
        return "Migrations: the initial one, or the history `schemac migrate` writes: up/down SQL per dialect, "
                + "Alembic revisions, Prisma Migrate folders, snapshots (migrations/)";
    }

    /** A migration of an earlier run may have been applied: it is never removed, even when no longer written. */
    @Override public boolean removesStaleFiles() { return false; }

    /** The Prisma Migrate folders are for the Prisma side's database: its limits are errors, as the model's dialect's are. */
    @Override
    public java.util.Set<Dialect> asks(dev.schemac.model.Model model, dev.schemac.gen.TargetOptions options, boolean named) {
        return PrismaSide.dialect(model, options).map(java.util.Set::of).orElse(java.util.Set.of());
    }

    /** The limits and the uncovered changes are reported; no migration is rendered. */
    @Override
    public void check(TargetContext ctx) {
        Dialect prisma = limits(ctx);
        History history = ctx.options().history();
        if (prisma != null && !history.isEmpty()) uncovered(ctx, prisma, history);
    }

    @Override
    public void generate(TargetContext ctx, Output out) {
        Dialect prisma = limits(ctx);
        if (prisma == null) return;
        MigrationFiles.environment(ctx.model(), prisma).forEach(out::write);
        History history = ctx.options().history();
        if (history.isEmpty()) {
            var plan = Evolution.plan(ctx.model(), ctx.catalog(), History.EMPTY, RenameHints.NONE);
            MigrationFiles.step(ctx.model(), prisma, ctx.ownDialects(), History.EMPTY, plan, ctx.options().timestamp(), INITIAL, false, out::write);
            return;
        }
        uncovered(ctx, prisma, history);
    }

    /** The name of the first migration a model's own run writes. */
    private static final String INITIAL = "init";

    /** The environment; with no history, the initial migration as well. */
    @Override
    public List<OutputFile> files(TargetContext ctx) {
        var prisma = PrismaSide.dialect(ctx);
        if (prisma.isEmpty()) return List.of();
        var paths = new ArrayList<>(MigrationFiles.environmentPaths());
        if (ctx.options().history().isEmpty()) {
            paths.addAll(MigrationFiles.stepPaths(ctx.model(), ctx.catalog(), prisma.get(), ctx.ownDialects(), ctx.options().timestamp(),
                    INITIAL));
        }
        var at = ctx.model().anchor();
        return paths.stream().map(p -> new OutputFile(p, at)).toList();
    }

    /** Reports every dialect's limits; the database of the Prisma side, or null when prisma.provider names none (reported). */
    private static Dialect limits(TargetContext ctx) {
        for (Dialect d : Dialect.values()) Sql.checkLimits(d, ctx.ownDialects(), ctx.model(), ctx.catalog(), ctx::report);
        // The Prisma Migrate folders are for the database of the Prisma side (prisma.provider), as schema.prisma is.
        return PrismaSide.dialect(ctx).orElse(null);
    }

    /**
     * With a history, the model's changes since its last migration are migrate's to write: reported
     * when there are any; and a Prisma provider other than the one the history's folders were
     * written for is reported instead (Prisma Migrate would refuse the mix), as is a history whose
     * chain stopped for a database the run asks for (SC569).
     */
    private static void uncovered(TargetContext ctx, Dialect prisma, History history) {
        for (History.Entry e : history.entries()) {
            Dialect was = PrismaMigration.writtenFor(e).orElse(prisma);
            if (was != prisma) {
                ctx.report(Messages.prismaProviderChanged(ctx.model().anchor(), e.id(), PrismaMigration.provider(was),
                        PrismaMigration.provider(prisma)));
                return;
            }
        }
        // A chain that stopped for an asked-for database is said instead of the changes: migrate refuses before writing any.
        var gaps = MigrationFiles.gaps(ctx.model(), ctx.ownDialects(), history);
        if (!gaps.isEmpty()) {
            gaps.forEach(ctx::report);
            return;
        }
        // The model's rename hints, as migrate would apply them: a rename is one change, not a drop and an add.
        var plan = Evolution.plan(ctx.model(), ctx.catalog(), history, RenameHints.of(ctx.model()));
        if (!plan.isEmpty()) {
            ctx.report(Messages.uncoveredChanges(ctx.model().anchor(), history.last().id(), plan.sentences().size()));
        }
    }

    /** Where the up or down SQL of a dialect goes in an initial migration; the documents quote the same paths. */
    public static String sqlPath(Dialect d, String timestamp, String direction) {
        return MigrationFiles.sqlPath(d, timestamp + "_init", direction);
    }
}
