package dev.schemac.gen;

import dev.schemac.diag.Messages;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import java.util.Optional;

/**
 * The option {@value #OPTION}: the database of a project's Prisma side, for a team whose
 * Prisma client talks to another database than the model's dialect (PostgreSQL in
 * production while the model's primary dialect is SQLite). The prisma target writes
 * schema.prisma for it, the migrations target its Prisma Migrate folder, and the documents
 * describe those; each reads it here.
 */
public final class PrismaSide {
    private PrismaSide() {}

    public static final String OPTION = "prisma.provider";

    public static final String DESCRIPTION =
            "the database of schema.prisma and the Prisma Migrate folder: sqlite, postgresql or mysql (default: the schema's dialect)";

    /**
     * The Prisma side's dialect: the option's, else the model's. A value that names no
     * dialect is reported (SC750) and empty.
     */
    public static Optional<Dialect> dialect(TargetContext ctx) {
        Optional<Dialect> d = dialect(ctx.model(), ctx.options());
        if (d.isEmpty()) ctx.report(Messages.prismaProvider(ctx.options().extra().get(OPTION)));
        return d;
    }

    /** What a value of the option must be, when {@code value} is not one; null when it is. */
    public static String rule(String value) {
        return Dialect.byId(value.strip()).isPresent() ? null : "must name a database Prisma and schemac share (sqlite, postgresql or mysql)";
    }

    /** The same, for a command that writes migrations itself: empty when the value names no dialect. */
    public static Optional<Dialect> dialect(Model model, TargetOptions options) {
        String value = options.extra().get(OPTION);
        if (value == null) return Optional.of(model.settings().dialect());
        return Dialect.byId(value.strip());
    }
}
