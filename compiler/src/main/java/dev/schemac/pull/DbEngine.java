package dev.schemac.pull;

import dev.schemac.model.Dialect;

/** The database servers {@code pull} and {@code diff} read, and the dialect each one is. */
public enum DbEngine {
    SQLITE("SQLite", Dialect.SQLITE),
    POSTGRES("PostgreSQL", Dialect.POSTGRES),
    MYSQL("MySQL", Dialect.MYSQL),
    MARIADB("MariaDB", Dialect.MYSQL);

    private final String displayName;
    private final Dialect dialect;

    DbEngine(String displayName, Dialect dialect) {
        this.displayName = displayName;
        this.dialect = dialect;
    }

    public String displayName() { return displayName; }

    public Dialect dialect() { return dialect; }
}
