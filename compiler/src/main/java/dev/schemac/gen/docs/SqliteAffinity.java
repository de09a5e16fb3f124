package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.ScalarKind;
import dev.schemac.catalog.ColumnType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The column types SQLite does not enforce. Its DDL declares each column's type, but a table
 * that is not STRICT gives the type an affinity only: a number or date column takes text that
 * reads as neither ({@code 'lots'}, {@code '-5 dollars'}), and SQLite orders every text after every
 * number, so a CHECK such as {@code quantity > 0} holds for such text too. Text columns turn a
 * number into its text, so they hold only text; enum columns keep their CHECK on the allowed
 * labels; UUID and JSON columns are text the production path already checks.
 */
final class SqliteAffinity {
    private SqliteAffinity() {}

    private static final Set<ScalarKind> UNENFORCED = EnumSet.of(ScalarKind.BOOL, ScalarKind.SMALLINT, ScalarKind.INT, ScalarKind.BIGINT,
            ScalarKind.FLOAT, ScalarKind.DOUBLE, ScalarKind.DECIMAL, ScalarKind.DATE, ScalarKind.TIME, ScalarKind.DATETIME);

    /** Whether SQLite stores text that is no value of this type in a column of it. */
    static boolean unenforced(ColumnType t) {
        return !t.isEnum() && UNENFORCED.contains(t.kind());
    }

    /** Every such column of the Catalog, as {@code `table.column`}. */
    static List<String> columns(Catalog catalog) {
        var out = new ArrayList<String>();
        // A key the database counts up is SQLite's INTEGER PRIMARY KEY, the rowid itself: it refuses anything but an integer;
        // a foreign key column holds only values of the key it references.
        for (Table t : catalog.tables()) {
            for (Column c : t.columns()) {
                if (unenforced(c.type()) && !c.autoIncrement() && !c.isForeignKey()) out.add(Words.code(t.name() + "." + c.name()));
            }
        }
        return out;
    }

    /** The sentence naming them, or empty when the Catalog has none. */
    static String sentence(Catalog catalog) {
        var cols = columns(catalog);
        if (cols.isEmpty()) return "";
        return "SQLite does not enforce column types (it gives each declared type an affinity only): " + Words.list(cols)
                + (cols.size() == 1 ? " takes" : " take") + " text that is no number or date as well, such as `'lots'`, and a lower"
                + " bound such as `quantity > 0` holds for such text, since SQLite orders all text after all numbers. The types and checks"
                + " listed for these columns hold for the values the application writes in the declared type; the SQLite DDL does not refuse the others.";
    }
}
