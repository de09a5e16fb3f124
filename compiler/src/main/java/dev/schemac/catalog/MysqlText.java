package dev.schemac.catalog;

/**
 * The text types of MySQL and MariaDB, by the bytes a value may take. A text column of the
 * model is the one {@code dev.schemac.types.TypeTable} spells; a history may hold another, made
 * by an earlier release (whose {@code text} was TEXT) or pulled from a database, until a
 * migration widens it. The names are the types' SQL and SQLAlchemy spellings.
 */
public enum MysqlText {
    TINYTEXT(255L), TEXT(65_535L), MEDIUMTEXT(16_777_215L), LONGTEXT(4_294_967_295L);

    private final long maxBytes;

    MysqlText(long maxBytes) { this.maxBytes = maxBytes; }

    /** The most bytes a value of this type may take. */
    public long maxBytes() { return maxBytes; }

    /** What a value of the type may take, as the messages that meet a narrower type say it. */
    public String holdsAtMost() {
        return "which holds at most " + String.format(java.util.Locale.ROOT, "%,d", maxBytes) + " bytes";
    }

    /** The type of this name (any case), or null. */
    public static MysqlText named(String name) {
        for (MysqlText t : values()) if (t.name().equalsIgnoreCase(name)) return t;
        return null;
    }
}
