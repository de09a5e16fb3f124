package dev.schemac.gen.prisma;

import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.diag.Messages;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.model.ScalarKind;
import dev.schemac.gen.TargetContext;
import java.util.HashSet;
import java.util.Set;

/**
 * What a model asks that Prisma's validator would reject for the provider, reported before
 * anything is written, so that the target never writes a schema Prisma refuses. On MySQL,
 * Prisma cannot index a Text, Json or Bytes column ("You cannot define an index on fields
 * with native type `Text` of MySQL"); the MySQL DDL target refuses the same model.
 */
final class PrismaLimits {
    private PrismaLimits() {}

    static void check(TargetContext ctx, PrismaProvider p) {
        enumLabels(ctx, p);
        if (p != PrismaProvider.MYSQL) return;
        for (Table t : ctx.catalog().tables()) {
            if (t.entity() == null) continue;
            Entity e = ctx.model().requireEntity(t.entity());
            Set<String> keyed = keyed(t);
            for (Column c : t.columns()) {
                if (c.field() == null || !keyed.contains(c.name()) || !unbounded(c)) continue;
                ctx.report(Messages.dialectUnsupported(e.requireField(c.field()).span(), "Prisma for MySQL",
                        e.name() + "." + c.field(), "a key, unique constraint or index on an unbounded "
                                + (c.type().kind() == ScalarKind.STRING ? "string" : c.type().kind().keyword()),
                        s -> "give the field a length (`" + s.type("string(255)") + "`) or do not index it"));
            }
        }
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

    private static Set<String> keyed(Table t) {
        var out = new HashSet<>(t.primaryKey().columns());
        t.uniques().forEach(u -> out.addAll(u.columns()));
        t.indexes().forEach(i -> out.addAll(i.columns()));
        return out;
    }

    private static boolean unbounded(Column c) {
        if (c.type().isEnum()) return false;
        ScalarKind k = c.type().kind();
        return k == ScalarKind.TEXT || k == ScalarKind.JSON || k == ScalarKind.BYTES
                || (k == ScalarKind.STRING && c.type().length() == null);
    }
}
