package dev.schemac.pull;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens a read-only connection. Drivers are loaded by class name here, only when pull or
 * diff runs, so the other commands never initialize them; credentials travel as connection
 * properties, never inside the URL a driver may echo in its messages.
 */
public final class Connector {
    private Connector() {}

    /** Seconds to wait for a server before saying it cannot be reached. */
    static final int CONNECT_TIMEOUT = 10;

    public static Connection open(DatabaseUrl url) throws PullFailure {
        if (url.family() == DatabaseUrl.Family.SQLITE && !Files.isRegularFile(url.sqliteFile())) {
            throw new PullFailure(PullMessages.noSuchFile(url.sqliteFile().toString()));
        }
        var props = new Properties();
        if (url.user() != null) props.setProperty("user", url.user());
        if (url.password() != null) props.setProperty("password", url.password());
        String driverClass;
        switch (url.family()) {
            case SQLITE -> {
                driverClass = "org.sqlite.JDBC";
                props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: pull never writes the file
            }
            case POSTGRES -> {
                driverClass = "org.postgresql.Driver";
                props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT));
                props.setProperty("ApplicationName", "schemac");
            }
            case MARIADB -> {
                driverClass = "org.mariadb.jdbc.Driver";
                props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT * 1000));
            }
            default -> {
                driverClass = "com.mysql.cj.jdbc.Driver";
                props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT * 1000));
            }
        }
        String engine = switch (url.family()) {
            case SQLITE -> "SQLite";
            case POSTGRES -> "PostgreSQL";
            case MYSQL -> "MySQL";
            case MARIADB -> "MariaDB";
        };
        Driver driver;
        try {
            driver = (Driver) Class.forName(driverClass).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the " + engine + " JDBC driver is missing from schemac's class path", e);
        }
        try {
            Connection c = driver.connect(url.jdbcUrl(), props);
            if (c == null) throw new SQLException("the driver does not accept this URL");
            if (url.family() == DatabaseUrl.Family.POSTGRES) {
                // The catalog shows a timestamptz default in the session's zone, which the driver takes from
                // the JVM's: in UTC a default reads the same on every machine, and never with a zone's
                // historic offset in seconds (+00:53:28), which no model literal can write.
                try (var s = c.createStatement()) {
                    s.execute("SET TIME ZONE 'UTC'");
                }
            }
            try {
                c.setReadOnly(true);
            } catch (SQLException ignored) {
                // Read-only is a safety net; every statement pull sends is a query anyway.
            }
            return c;
        } catch (SQLException e) {
            throw new PullFailure(PullMessages.cannotConnect(engine, url.display(), url.scrub(reason(e))));
        }
    }

    /** The driver's own words, first line only (some drivers append stack-like detail). */
    static String reason(SQLException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        Throwable cause = e.getCause();
        if (m.contains("Communications link failure") && cause != null && cause.getMessage() != null) {
            m = m.lines().findFirst().orElse(m) + " (" + cause.getMessage().lines().findFirst().orElse("") + ")";
        }
        return m.lines().findFirst().orElse(m).strip();
    }
}
