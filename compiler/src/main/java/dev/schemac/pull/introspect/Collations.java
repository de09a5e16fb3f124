package dev.schemac.pull.introspect;

import dev.schemac.pull.Leftover;
import dev.schemac.sqltext.SqlLexer;
import java.util.Locale;

/**
 * A collation decides which texts are equal, how they order and which are duplicates. A model
 * has none: generate leaves every column the collation of the table it makes (the engine's
 * default; on MySQL and MariaDB the {@code collate} table option schemac writes). So a column,
 * index or check comparing under another collation is reported, never carried silently: the
 * rebuilt database would take or refuse other values.
 */
public final class Collations {
    private Collations() {}

    /** How a table's default collation is spelled in its note ({@link #table}): this, then the collation. */
    public static final String TABLE_DEFAULT = "DEFAULT COLLATE ";

    /** SQLite's own collation, the one generate leaves every column. */
    static boolean sqliteDefault(String collation) {
        return collation == null || collation.toUpperCase(Locale.ROOT).equals("BINARY");
    }

    /** Reports a column whose text compares under {@code collation}, not {@code generated}. */
    static void column(TableDraft d, String column, String collation, String generated) {
        d.leftover(Leftover.Kind.DIFFERENCE, column, column, "COLLATE " + collation,
                "its text compares under collation " + Leftover.quoted(collation) + "; a model has no collation, and generate makes it "
                        + generated);
    }

    /**
     * Reports, once for a table, the text columns that compare under the table's default
     * collation where generate gives another (a database created with the server's default);
     * a column with a collation of its own is reported beside it ({@link #column}).
     */
    static void table(TableDraft d, String generated) {
        if (d.tableCollated.isEmpty()) return;
        d.leftover(Leftover.Kind.DIFFERENCE, null, null, TABLE_DEFAULT + d.collation,
                "its text columns (" + String.join(", ", d.tableCollated.stream().map(Leftover::quoted).toList())
                        + ") compare under the table's collation " + Leftover.quoted(d.collation) + "; a model has no collation, and generate "
                        + "makes them " + generated);
    }

    /** Whether a leftover notes a table's default collation ({@link #table}). */
    public static boolean notesTableDefault(Leftover x) {
        return x.kind() == Leftover.Kind.DIFFERENCE && x.column() == null && x.table() != null && x.definition() != null
                && x.definition().startsWith(TABLE_DEFAULT);
    }

    /**
     * The tables whose default collation is not the one generate gives every table ({@link #table}), by that collation,
     * in the order of {@code tables}: one fact of the database (often its server's default), which pull and the
     * adoption each say once per collation for all the tables that have it, rather than at each table.
     */
    public static java.util.Map<String, java.util.List<String>> tablesByDefault(java.util.List<String> tables,
                                                                               java.util.List<Leftover> leftovers) {
        var out = new java.util.LinkedHashMap<String, java.util.List<String>>();
        for (String t : tables) {
            for (Leftover x : leftovers) {
                if (!t.equals(x.table()) || !notesTableDefault(x)) continue;
                var named = out.computeIfAbsent(x.definition().substring(TABLE_DEFAULT.length()), k -> new java.util.ArrayList<>());
                if (!named.contains(t)) named.add(t);
            }
        }
        out.replaceAll((k, v) -> java.util.List.copyOf(v));
        return out;
    }

    /** Why a check clause was not read: a COLLATE in it, or what the language can say. */
    static String uncheckable(String clause, boolean backslashEscapes) {
        try {
            for (SqlLexer.Token t : SqlLexer.code(clause, backslashEscapes)) {
                if (t.is("COLLATE")) return "it compares under a COLLATE; a model has no collation, and generate compares "
                        + "under the column's own";
            }
        } catch (IllegalArgumentException unreadable) {
            // not even tokens: what the language can say is the reason below
        }
        return "the language compares one column with a literal, or two columns";
    }
}
