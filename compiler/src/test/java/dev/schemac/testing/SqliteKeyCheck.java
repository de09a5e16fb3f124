package dev.schemac.testing;

/**
 * Every SQLite migration ends by checking the foreign keys before COMMIT, and that check names tables; tests that
 * assert a migration has nothing else to do for SQLite read the script with it taken out.
 */
public final class SqliteKeyCheck {
    private SqliteKeyCheck() {}

    /** {@code script} with its foreign-key check (from its comment to its last DROP TABLE) as one placeholder line. */
    public static String without(String script) {
        return script == null ? null : script.replaceAll("(?s)-- Every foreign key must still hold:.*DROP TABLE _schemac_foreign_key_check;\n",
                "-- (the foreign-key check)\n");
    }
}
