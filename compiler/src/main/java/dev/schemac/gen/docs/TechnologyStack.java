package dev.schemac.gen.docs;

import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import java.util.ArrayList;

/**
 * The summary's technology stack: the model's primary dialect, and the code and DDL this
 * hand-over holds, each named as its file names it (Prisma's provider as written in
 * {@code schema.prisma}).
 */
final class TechnologyStack {
    private final TargetContext ctx;
    private final Handover handover;
    private final MigrationSet migrations;

    TechnologyStack(TargetContext ctx, MigrationSet migrations) {
        this.ctx = ctx;
        this.migrations = migrations;
        this.handover = new Handover(ctx);
    }

    void render(StringBuilder b) {
        Dialect primary = ctx.model().settings().dialect();
        var ddl = handover.ddl();
        var others = ddl.stream().filter(d -> d != primary).toList();
        b.append(primary.displayName()).append(" is the primary database (`dialect = ").append(primary.id()).append("`)");
        if (!others.isEmpty()) {
            b.append("; the DDL for ").append(Words.list(others.stream().map(Dialect::displayName).toList()))
                    .append(" is generated from the same Catalog, so every table, column, key and index name below is the same in ")
                    .append(ddl.size() == 2 ? "both" : "all three");
        }
        b.append(".\n\n### Technology Stack\n\n");
        String primaryDdl = ddl.contains(primary) ? " (`sql/" + primary.id() + "/schema.sql`)" : "";
        if (handover.has("sqlmodel")) {
            b.append("- Primary: ").append(primary.displayName()).append(primaryDdl).append(" with SQLModel (Python), `sqlmodel/models.py`\n");
        } else {
            b.append("- Primary: ").append(primary.displayName()).append(primaryDdl)
                    .append("; the `sqlmodel` target is not registered in this build, so no Python classes are part of this hand-over\n");
        }
        var provider = handover.prismaProvider();
        if (provider.isPresent()) {
            var on = Dialect.byId(provider.get()).orElse(primary);
            b.append("- Secondary: Prisma (Node.js), `prisma/schema.prisma` with `provider = \"").append(provider.get()).append("\"`, ")
                    .append(on == primary ? "on the same " + primary.displayName() + " database"
                            : "on a " + on.displayName() + " database (the option `prisma.provider`), not the primary one")
                    .append("\n");
        } else {
            b.append("- Secondary: the `prisma` target is not registered in this build, so no Prisma schema is part of this hand-over\n");
        }
        if (!others.isEmpty()) {
            var files = others.stream().map(d -> d.displayName() + " (`sql/" + d.id() + "/schema.sql`)").toList();
            b.append("- Also generated: the DDL for ").append(Words.list(files)).append("\n");
        }
        for (String s : WrittenDialects.of(ctx).leftOut()) b.append("- Not generated: ").append(s).append("\n");
        var migrations = new ArrayList<String>();
        var set = this.migrations;
        if (handover.hasUnder("migrations", "migrations/alembic/")) migrations.add("Alembic for SQLModel (`migrations/alembic/`)");
        if (handover.hasUnder("migrations", "migrations/prisma/")) migrations.add("Prisma Migrate for Node.js (`migrations/prisma/`)");
        if (set.hasUnder("migrations/sql/")) migrations.add("plain SQL per dialect (`migrations/sql/<dialect>/`)");
        if (migrations.isEmpty()) {
            b.append("- Migration Strategy: the `migrations` target is not registered in this build, so no migrations are part of this hand-over\n");
        } else {
            b.append("- Migration Strategy: ").append(Words.list(migrations)).append("\n");
        }
        b.append("\n");
    }
}
