package dev.schemac.gen.prisma;

import dev.schemac.model.ScalarKind;

/**
 * Defaults the database computes with an expression Prisma has no function for: a random
 * UUID, and the current date or time of a {@code date} or {@code time} column (Prisma's
 * {@code now()} is CURRENT_TIMESTAMP). They are written as {@code dbgenerated(...)} with the
 * SQL DDL's own expression, so a database built by Prisma gets schemac's default, and
 * Prisma's drift check agrees with a database built from schemac's DDL.
 *
 * <p>The uuid expression comes from the SQL renderer's public API ({@code render.sql.Sql}),
 * as the migrations do; {@code DatabaseDefaultsTest} compares the rest with the DDL.
 */
final class DatabaseDefaults {
    private DatabaseDefaults() {}

    /** The DDL's own expression, from the SQL renderer, so the two cannot drift apart. */
    static String uuid(PrismaProvider p) {
        return dev.schemac.render.sql.Sql.uuid(p.dialect());
    }

    /** The current date or time, or null for a timestamp (Prisma's {@code now()} is that already). */
    static String now(ScalarKind kind, PrismaProvider p) {
        String sql = switch (kind) {
            case DATE -> "CURRENT_DATE";
            case TIME -> "CURRENT_TIME";
            default -> null;
        };
        return sql == null || p != PrismaProvider.MYSQL ? sql : "(" + sql + ")";
    }
}
