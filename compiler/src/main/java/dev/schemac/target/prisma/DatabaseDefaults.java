package dev.schemac.target.prisma;

import dev.schemac.model.ScalarKind;

/**
 * Defaults the database computes with an expression Prisma has no function for: a random
 * UUID, and the current date or time of a {@code date} or {@code time} column (Prisma's
 * {@code now()} is CURRENT_TIMESTAMP). They are written as {@code dbgenerated(...)} with the
 * SQL DDL's own expression, so a database built by Prisma gets schemac's default, and
 * Prisma's drift check agrees with a database built from schemac's DDL.
 *
 * <p>Targets do not know each other, so the expressions are repeated here;
 * {@code DatabaseDefaultsTest} compares them with the DDL the SQL targets write.
 */
final class DatabaseDefaults {
    private DatabaseDefaults() {}

    static String uuid(PrismaProvider p) {
        return switch (p) {
            case SQLITE -> "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
                    + "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
                    + "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))";
            case POSTGRESQL -> "gen_random_uuid()";
            case MYSQL -> "(UUID())";
        };
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
