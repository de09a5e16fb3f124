package dev.schemac.gen.prisma;

/**
 * One way two descriptions of the same schema disagree. {@code ours} is schemac's side (our
 * DDL's database, our schema), {@code theirs} the tool's (Prisma's migration, Prisma's
 * introspection); {@link #NONE} marks a side that lacks the object.
 *
 * @param comparison catalog, pull, drift or dmmf
 * @param provider   sqlite, postgresql or mysql
 * @param kind       what differs (column-type, check, unique-name, ...)
 * @param table      the table, or null for schema-level objects (enums)
 * @param object     the column, constraint, index, trigger or enum concerned
 */
record Difference(String comparison, String provider, String kind, String table, String object, String ours, String theirs) {
    static final String NONE = "(none)";

    @Override
    public String toString() {
        return comparison + "/" + provider + " " + kind + " " + (table == null ? "" : table + ".") + object
                + ": ours " + ours + ", theirs " + theirs;
    }
}
