package dev.schemac.gen.migrations;

import dev.schemac.render.config.Toml;
import dev.schemac.model.Dialect;

/**
 * A Prisma Migrate folder for the database of the Prisma side. Each migration is schemac's
 * own up script for that dialect rather than Prisma's diff, because the schema.prisma cannot express CHECK
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

    /**
     * The database a migration's Prisma folder was written for: its migration.sql is that
     * dialect's up script byte for byte, so the snapshot's hashes tell which one it is.
     */
    static java.util.Optional<Dialect> writtenFor(dev.schemac.evolve.History.Entry e) {
        String hash = e.fileHashes().get(dev.schemac.evolve.HistoryLayout.prisma(e.id()));
        if (hash == null) return java.util.Optional.empty();
        for (Dialect d : Dialect.values()) {
            if (hash.equals(e.fileHashes().get(dev.schemac.evolve.HistoryLayout.sql(d, e.id(), "up")))) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    static String lock(Dialect d) {
        // Prisma Migrate refuses to apply a folder whose lock names another provider.
        return "# Prisma Migrate: the provider these migrations were written for.\nprovider = " + Toml.string(provider(d)) + "\n";
    }
}
