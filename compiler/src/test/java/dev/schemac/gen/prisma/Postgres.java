package dev.schemac.gen.prisma;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL server the tests use, from SCHEMAC_PG_HOST/PORT/USER/PASSWORD/DB
 * (scripts/test.sh sets them). A stand-in until {@code dev.schemac.testing.Engines} is in
 * main; like it, it fails loudly when a variable is missing rather than skipping. Tests
 * isolate themselves in PostgreSQL schemas of one database.
 */
record Postgres(String host, String port, String user, String password, String database) {
    private static final List<String> VARIABLES = List.of("SCHEMAC_PG_HOST", "SCHEMAC_PG_PORT", "SCHEMAC_PG_USER",
            "SCHEMAC_PG_PASSWORD", "SCHEMAC_PG_DB");

    static Postgres fromEnvironment() {
        Map<String, String> env = System.getenv();
        var missing = new ArrayList<String>();
        for (String v : VARIABLES) if (env.get(v) == null || env.get(v).isBlank()) missing.add(v);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("PostgreSQL is required and " + missing + " not set: run ./scripts/test.sh, "
                    + "or start a server (tools/node/with-throwaway-pg.sh) and export the SCHEMAC_PG_* variables.");
        }
        return new Postgres(env.get("SCHEMAC_PG_HOST"), env.get("SCHEMAC_PG_PORT"), env.get("SCHEMAC_PG_USER"),
                env.get("SCHEMAC_PG_PASSWORD"), env.get("SCHEMAC_PG_DB"));
    }

    /** The harness's {@code --pg} argument. */
    String harnessArgument() {
        return host + ":" + port + ":" + user + ":" + password + ":" + database;
    }

    /** A connection whose search_path is {@code schema} only, so type names and defaults read unqualified. */
    Connection connect(String schema) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO \"" + schema + "\"");
        }
        return c;
    }

    void dropSchema(String schema) throws SQLException {
        try (Connection c = connect("public"); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
    }
}
