package dev.schemac.pull.introspect;

import dev.schemac.pull.DatabaseUrl;
import dev.schemac.pull.LiveSchema;
import dev.schemac.pull.PullFailure;
import java.sql.Connection;

/**
 * Reads a live database from its engine's own catalog (pg_catalog, information_schema,
 * sqlite_master and the PRAGMAs) into a {@link LiveSchema}. Independent of any test
 * introspection: the tests' own reader judges this one.
 */
public final class Introspection {
    private Introspection() {}

    /** {@code schema}: the PostgreSQL schema, MySQL database or SQLite attached database; null for the default. */
    public static LiveSchema read(Connection connection, DatabaseUrl url, String schema) throws PullFailure {
        var q = new Queries(connection);
        return switch (url.family()) {
            case SQLITE -> new SqliteReader(q, schema).read(fileStem(url));
            case POSTGRES -> new PostgresReader(q, schema).read(url.databaseName());
            case MYSQL, MARIADB -> new MysqlReader(q, schema).read();
        };
    }

    private static String fileStem(DatabaseUrl url) {
        String name = url.sqliteFile().getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
