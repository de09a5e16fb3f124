package dev.schemac.gen.prisma;

import dev.schemac.diag.Messages;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.gen.TargetContext;

/**
 * What a model asks that Prisma's own engine would get wrong for the provider, beyond the
 * database's limits, reported before anything is written. Prisma cannot index a Text, Json or
 * Bytes column on MySQL ("You cannot define an index on fields with native type `Text` of
 * MySQL"): that is MySQL's own limit (SC504), which the prisma target reports with the
 * database's other limits, as the MySQL DDL target does.
 */
final class PrismaLimits {
    private PrismaLimits() {}

    static void check(TargetContext ctx, PrismaProvider p) {
        enumLabels(ctx, p);
    }

    /**
     * Enum labels Prisma's schema engine writes unescaped (SC751, a warning: schema.prisma and
     * schemac's own SQL are right). SQLite has no enum type, so no label reaches its SQL there.
     */
    private static void enumLabels(TargetContext ctx, PrismaProvider p) {
        if (p == PrismaProvider.SQLITE) return;
        String provider = p == PrismaProvider.MYSQL ? "MySQL" : "PostgreSQL";
        for (EnumType e : ctx.model().enums()) {
            for (EnumMember m : e.values()) {
                String label = m.dbValue();
                if (label.contains("'")) ctx.report(Messages.prismaEnumLabel(m.span(), label, "'", provider));
                else if (p == PrismaProvider.MYSQL && label.contains("\\")) {
                    ctx.report(Messages.prismaEnumLabel(m.span(), label, "\\", provider));
                }
            }
        }
    }
}
