package dev.schemac.model;

import java.util.Locale;
import java.util.Optional;

/** The relational dialects schemac renders. */
public enum Dialect {
    SQLITE("sqlite", "SQLite"),
    POSTGRES("postgres", "PostgreSQL"),
    MYSQL("mysql", "MySQL");

    /**
     * The first MySQL release that enforces a CHECK constraint: earlier ones parse it and ignore
     * it. The one home of this fact for the DDL's engine line and the documents' sentences.
     */
    public static final String MYSQL_CHECKS_ENFORCED_FROM = "8.0.16";

    private final String id;
    private final String displayName;

    Dialect(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() { return id; }

    public String displayName() { return displayName; }

    public static Optional<Dialect> byId(String id) {
        String s = id.toLowerCase(Locale.ROOT);
        if (s.equals("postgresql")) s = "postgres";
        for (Dialect d : values()) if (d.id.equals(s)) return Optional.of(d);
        return Optional.empty();
    }
}
