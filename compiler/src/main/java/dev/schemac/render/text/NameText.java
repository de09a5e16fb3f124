package dev.schemac.render.text;

import java.util.List;

/**
 * The one rule for writing a table's, a column's or a constraint's name where people read it among other
 * words and signs (the text ER diagram, the Markdown documents' code spans): a name the database takes as
 * written (`@@map("catalogue products")`, `@map("id PK")`) could be read there as two names, or run into the
 * `.` of `table.column`. So a name that is not one plain word (letters of any script, digits and `_`, not led
 * by a digit: `écrit` is as plain to its reader as `written`) is written in double quotes, a `"` in it
 * doubled, as SQL quotes it; a plain word is written bare, as every name of most models is.
 */
public final class NameText {
    private NameText() {}

    /** A name as such text writes it. */
    public static String of(String name) {
        return plain(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A column of a table, {@code table.column}, each name by {@link #of}. */
    public static String qualified(String table, String column) {
        return of(table) + "." + of(column);
    }

    /** Columns of a table, {@code table.a, b}, each name by {@link #of}. */
    public static String qualified(String table, List<String> columns) {
        return of(table) + "." + list(columns);
    }

    /** Columns, each by {@link #of}, apart by {@code ", "}. */
    public static String list(List<String> names) {
        return String.join(", ", names.stream().map(NameText::of).toList());
    }

    /** Whether {@link #of} writes {@code name} bare. */
    public static boolean plain(String name) {
        if (name.isEmpty() || Character.isDigit(name.codePointAt(0))) return false;
        return name.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
    }
}
