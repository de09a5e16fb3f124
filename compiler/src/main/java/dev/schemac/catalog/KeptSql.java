package dev.schemac.catalog;

/**
 * Something a SQLite table of an adopted database has that its model cannot say (pull left it
 * out: an index on an expression, a check it cannot read, a foreign key that is no relation, a
 * trigger, WITHOUT ROWID), as the SQL that makes it. SQLite makes most changes by rebuilding the
 * table, and dropping the old table drops these with it: the rebuild makes them again from
 * this text, which names the table and columns as they were when the database was adopted:
 * {@code table} is the table's name then. {@code what} names it in messages; {@code place}
 * says where its SQL goes.
 */
public record KeptSql(String table, String what, String sql, Place place) {
    /** Whether its SQL names this column (a word of its own, any case, as SQLite reads names). */
    public boolean mentions(String column) {
        return java.util.regex.Pattern.compile("(?<![\\w$])" + java.util.regex.Pattern.quote(column) + "(?![\\w$])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(sql).find();
    }

    /**
     * Whether it goes with a column this table had ({@code was}) and no longer has ({@code now}),
     * as PostgreSQL's DROP COLUMN takes the indexes and constraints on it: the rebuild leaves it
     * out, and no later snapshot carries it.
     */
    public boolean goesWithDroppedColumn(Table was, Table now) {
        return was.columns().stream().anyMatch(c -> now.column(c.name()).isEmpty() && mentions(c.name()));
    }

    public enum Place {
        /** A table constraint inside CREATE TABLE (a CHECK, FOREIGN KEY or UNIQUE clause). */
        CLAUSE,
        /** After CREATE TABLE's closing parenthesis (WITHOUT ROWID). */
        OPTION,
        /** A statement of its own after the table (CREATE INDEX, CREATE TRIGGER). */
        STATEMENT,
        /** Nothing can make it again (a column pull could not type): a rebuild of its table is refused. */
        NONE
    }
}
