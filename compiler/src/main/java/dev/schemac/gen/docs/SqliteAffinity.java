package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.model.Op;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.sql.Sql;
import java.math.BigDecimal;
import dev.schemac.catalog.ColumnType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The column types SQLite does not enforce. Its DDL declares each column's type, but a table
 * that is not STRICT gives the type an affinity only: a number or date column takes text that
 * reads as neither ({@code 'lots'}, {@code '-5 dollars'}), and SQLite orders every text after every
 * number, so a CHECK that bounds such a column from below holds for such text too, and one that bounds it from
 * above refuses all text (the column is then not named). Text columns turn a
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
        for (Table t : catalog.tables()) {
            for (Column c : t.columns()) {
                if (takesText(catalog, t, c, new java.util.HashSet<>())) out.add(Words.qualified(t.name(), c.name()));
            }
        }
        return out;
    }

    /**
     * Whether SQLite's DDL lets a column of an unenforced type hold text that is no value of it. The rowid (a primary key of
     * one column declared {@code INTEGER}, counted up or not) refuses anything but an integer. A foreign key column holds only
     * values its referenced columns hold, on connections that run {@code PRAGMA foreign_keys = ON} (as the sentence says):
     * it takes such text exactly where a referenced column does.
     */
    static boolean takesText(Catalog catalog, Table t, Column c, java.util.Set<String> seen) {
        if (!unenforced(c.type()) || rowid(catalog, t, c) || !seen.add(t.name() + "." + c.name())) return false;
        if (boundedAbove(t, c)) return false;
        if (!c.isForeignKey()) return true;
        for (var fk : t.foreignKeys()) {
            int at = fk.columns().indexOf(c.name());
            if (at < 0) continue;
            Table parent = catalog.table(fk.referencedTable()).orElse(null);
            if (parent == null) return true;
            Column referenced = parent.column(fk.referencedColumns().get(at)).orElse(null);
            if (referenced == null || !takesText(catalog, parent, referenced, seen)) return false;
        }
        return true;
    }

    /**
     * Whether a CHECK of SQLite's DDL bounds the column from above by a number or holds it to one ({@code depth <= 20},
     * {@code < 100}, {@code = 1}): SQLite orders every text after every number, so text fails that term, and with it the
     * check, which is a conjunction. Such a column takes no text at all.
     */
    private static boolean boundedAbove(Table t, Column c) {
        for (Check check : Rendered.checks(Dialect.SQLITE, t)) {
            for (Check.Term term : check.terms()) {
                if (term instanceof Check.Compare x && x.column().equals(c.name()) && x.literal() instanceof BigDecimal
                        && (x.op() == Op.LT || x.op() == Op.LE || x.op() == Op.EQ)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the CHECKs of SQLite's DDL hold the column's numbers strictly inside ({@code low}, {@code high}): a bound from
     * below above {@code low} and one from above below {@code high} (`@min(1) @max(5000)` within an int's range). Text
     * passes neither check's upper term, so no row SQLite took holds a number past either end.
     */
    static boolean checkedWithin(Table t, Column c, BigDecimal low, BigDecimal high) {
        boolean above = false, below = false;
        for (Check check : Rendered.checks(Dialect.SQLITE, t)) {
            for (Check.Term term : check.terms()) {
                if (!(term instanceof Check.Compare x) || !x.column().equals(c.name()) || !(x.literal() instanceof BigDecimal n)) continue;
                if ((x.op() == Op.GT || x.op() == Op.GE || x.op() == Op.EQ) && n.compareTo(low) > 0) above = true;
                if ((x.op() == Op.LT || x.op() == Op.LE || x.op() == Op.EQ) && n.compareTo(high) < 0) below = true;
            }
        }
        return above && below;
    }

    /** A key the database counts up is declared INTEGER PRIMARY KEY AUTOINCREMENT whatever its model type (see SqliteDialect). */
    private static boolean rowid(Catalog catalog, Table t, Column c) {
        return c.autoIncrement() || t.primaryKey() != null && t.primaryKey().columns().equals(List.of(c.name()))
                && "INTEGER".equalsIgnoreCase(Sql.columnType(Dialect.SQLITE, c, catalog));
    }

    /** Whether a column of the Catalog is one {@link #columns} names. */
    static boolean takesText(Catalog catalog, Table t, Column c) {
        return takesText(catalog, t, c, new java.util.HashSet<>());
    }

    /**
     * The CHECKs of SQLite's DDL that text in such a column passes, as {@code `name` (`expression`)}:
     * those whose every term bounds one such column from below ({@code >}, {@code >=}) or excludes
     * a number ({@code !=}), since SQLite orders every text after every number. A check with an
     * upper bound, or over other columns too, is not named: text fails the one, and the other
     * depends on the row.
     */
    static List<String> checksTextPasses(Catalog catalog) {
        var out = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (Check c : Rendered.checks(Dialect.SQLITE, t)) {
                var cols = new java.util.HashSet<String>();
                boolean passes = !c.terms().isEmpty();
                for (Check.Term term : c.terms()) {
                    if (term instanceof Check.Compare x && x.literal() instanceof BigDecimal && (x.op() == Op.GT || x.op() == Op.GE || x.op() == Op.NE)
                            && t.column(x.column()).filter(col -> takesText(catalog, t, col)).isPresent()) {
                        cols.add(x.column());
                    } else {
                        passes = false;
                    }
                }
                if (passes && cols.size() == 1) out.add(Words.name(c.name()) + " (" + Words.code(Sql.check(Dialect.SQLITE, t, c)) + ")");
            }
        }
        return out;
    }

    /** The sentence naming them, or empty when the Catalog has none. */
    static String sentence(Catalog catalog) {
        var cols = columns(catalog);
        if (cols.isEmpty()) return "";
        var passed = checksTextPasses(catalog);
        boolean keys = catalog.tables().stream().anyMatch(t -> !t.foreignKeys().isEmpty());
        return "SQLite does not enforce column types (it gives each declared type an affinity only): " + Words.list(cols)
                + (cols.size() == 1 ? " takes" : " take") + " text that is no number or date as well, such as `'lots'`"
                + (passed.isEmpty() ? "" : ", and since SQLite orders all text after all numbers, such text passes " + Words.list(passed))
                + ". The types " + (passed.isEmpty() ? "" : "and checks ") + "listed for these columns hold for the values the application"
                + " writes in the declared type; the SQLite DDL does not refuse the others."
                + (keys ? " A foreign key column is named here only where the column it refers to takes such text too: elsewhere it takes"
                        + " only the referenced key's values, on connections that run `PRAGMA foreign_keys = ON`." : "");
    }
}
