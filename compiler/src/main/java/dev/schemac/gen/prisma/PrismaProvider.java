package dev.schemac.gen.prisma;

import dev.schemac.model.Dialect;

/**
 * What Prisma's validator accepts per datasource provider, checked against
 * {@code @prisma/prisma-schema-wasm} (the one the Prisma 7 CLI uses): only PostgreSQL lets a
 * schema name its primary keys, SQLite names no foreign keys, and SQLite has no native types.
 * Where a provider cannot carry a Catalog name, the name is left to Prisma and the
 * difference is on the parity allow-list (docs/parity-allowlist.md).
 */
enum PrismaProvider {
    SQLITE("sqlite", Dialect.SQLITE, false, false),
    POSTGRESQL("postgresql", Dialect.POSTGRES, true, true),
    MYSQL("mysql", Dialect.MYSQL, false, true);

    private final String id;
    private final Dialect dialect;
    private final boolean namedPrimaryKeys;
    private final boolean namedForeignKeys;

    PrismaProvider(String id, Dialect dialect, boolean namedPrimaryKeys, boolean namedForeignKeys) {
        this.id = id;
        this.dialect = dialect;
        this.namedPrimaryKeys = namedPrimaryKeys;
        this.namedForeignKeys = namedForeignKeys;
    }

    /** The {@code provider} of the datasource block. */
    String id() { return id; }

    Dialect dialect() { return dialect; }

    boolean namedPrimaryKeys() { return namedPrimaryKeys; }

    boolean namedForeignKeys() { return namedForeignKeys; }

    static PrismaProvider of(Dialect d) {
        for (PrismaProvider p : values()) if (p.dialect == d) return p;
        throw new IllegalArgumentException("no Prisma provider for " + d);
    }
}
