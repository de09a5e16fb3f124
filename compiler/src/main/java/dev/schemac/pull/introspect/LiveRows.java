package dev.schemac.pull.introspect;

import dev.schemac.catalog.RowFilter;
import java.util.regex.Pattern;

/**
 * The one shape of row filter a model can say: {@code column IS NULL}, the live rows of a table
 * that soft-deletes (a unique among live rows). Read from an index's WHERE as each engine prints
 * it back: PostgreSQL adds parentheses, SQLite keeps the text as written, either may quote.
 * Whether the column is the soft-delete marker is the lifter's to say: the marker's column may
 * have any name ({@code deleted_at datetime? @map("removed_on")}).
 */
final class LiveRows {
    private static final Pattern IS_NULL = Pattern.compile("^\\(*\\s*(\"[^\"]+\"|`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)\\s+IS\\s+NULL\\s*\\)*\\s*;?$",
            Pattern.CASE_INSENSITIVE);

    private LiveRows() {}

    static RowFilter of(String where) {
        var m = IS_NULL.matcher(where.strip());
        if (!m.matches()) return null;
        String col = m.group(1);
        if (col.startsWith("\"") || col.startsWith("`")) col = col.substring(1, col.length() - 1);
        return new RowFilter.IsNull(col);
    }
}
