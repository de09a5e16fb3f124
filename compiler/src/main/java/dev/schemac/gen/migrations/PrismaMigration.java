package dev.schemac.gen.migrations;

import dev.schemac.render.config.Toml;
import dev.schemac.catalog.Catalog;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;

/**
 * A Prisma Migrate folder for the primary dialect. The migration is schemac's own create
 * script rather than Prisma's diff, because the schema.prisma cannot express CHECK
 * constraints, comments or the {@code @updated} triggers and the database must still have
 * them; Prisma applies the file as it is.
 */
final class PrismaMigration {
    private PrismaMigration() {}

    static String provider(Dialect d) {
        return switch (d) {
            case SQLITE -> "sqlite";
            case POSTGRES -> "postgresql";
            case MYSQL -> "mysql";
        };
    }

    static String lock(Dialect d) {
        // Prisma Migrate refuses to apply a folder whose lock names another provider.
        return "# Prisma Migrate: the provider these migrations were written for.\nprovider = " + Toml.string(provider(d)) + "\n";
    }

    static String sql(Dialect d, Catalog catalog, String schema) {
        return Sql.create(d, catalog, schema);
    }
}
