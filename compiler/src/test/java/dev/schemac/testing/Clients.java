package dev.schemac.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * A script run by each engine's own command-line client, as the design documents tell a
 * user to run the outputs (sqlite3, psql, mysql): what a client reads differently from a
 * driver (a CR LF, a backslash, psql's meta-commands) is judged as a user meets it.
 */
public final class Clients {
    private Clients() {}

    /** Runs {@code script} with {@code sqlite3 -bail} on the database file; a failure throws with the shell's output. */
    public static void sqlite3(Path db, String script) throws Exception {
        Path f = Files.createTempFile("client", ".sql");
        try {
            Files.writeString(f, script, StandardCharsets.UTF_8);
            var p = new ProcessBuilder("sqlite3", "-bail", db.toString()).redirectInput(f.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new SQLException("sqlite3: " + out);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /** Runs {@code script} with psql ({@code ON_ERROR_STOP}) or mysql on the server's database; a failure throws with the client's output. */
    public static void run(Engine engine, Database db, String script) throws Exception {
        Path f = Files.createTempFile("client", ".sql");
        try {
            Files.writeString(f, script, StandardCharsets.UTF_8);
            ProcessBuilder pb;
            if (engine == Engine.POSTGRES) {
                pb = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", engine.host(), "-p",
                        String.valueOf(engine.port()), "-U", engine.user(), "-d", db.name(), "-f", f.toString());
                pb.environment().put("PGPASSWORD", engine.password());
            } else {
                pb = new ProcessBuilder("mysql", "-h", engine.host(), "-P", String.valueOf(engine.port()), "-u", engine.user(),
                        db.name()).redirectInput(f.toFile());
                pb.environment().put("MYSQL_PWD", engine.password());
            }
            var p = pb.redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new SQLException(engine.displayName() + " client: " + out);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
