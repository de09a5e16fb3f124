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
