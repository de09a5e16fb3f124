package dev.schemac.pull.introspect;

import dev.schemac.catalog.RowFilter;
import dev.schemac.model.Entity;
import java.util.regex.Pattern;

/**
 * The one row filter a model can say: {@code deleted_at IS NULL}, the live rows of a table that
 * soft-deletes (a unique among live rows). Read from an index's WHERE as each engine prints it
 * back: PostgreSQL adds parentheses, SQLite keeps the text as written, either may quote.
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
        // Only the soft-delete marker makes a unique over the live rows (Entity#softDelete); over another column
        // (archived_at IS NULL) the model's unique would hold on every row, so it is a partial index the model cannot say.
        return col.equals(Entity.SOFT_DELETE_FIELD) ? new RowFilter.IsNull(col) : null;
    }
}
