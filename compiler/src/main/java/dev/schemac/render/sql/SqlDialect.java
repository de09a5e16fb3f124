package dev.schemac.render.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.ReservedWords;
import dev.schemac.render.regex.WholeMatch;
import dev.schemac.render.text.PlainText;
import dev.schemac.types.Binary32;
import dev.schemac.types.TemporalText;
import dev.schemac.types.TypeTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What differs between SQL dialects, as hooks the shared {@link DdlWriter} calls. Each
 * subclass is one dialect's decisions (documented in docs/targets/sql.md); everything
 * they have in common lives here.
 */
abstract class SqlDialect {

    abstract Dialect dialect();

    /** The engine and version the scripts are written for, for the header. */
    abstract String engine();

    // --- identifiers and literals

    abstract char quoteChar();

    /**
     * A table, column, constraint or index name: quoted when it is not a plain lower-case word or
     * when any dialect reserves it ({@link ReservedWords#isSqlReserved(String)}), so the scripts of
     * all dialects quote the same names.
     */
    final String id(String name) {
        return plain(name) && !ReservedWords.isSqlReserved(name) ? name : quoted(name);
    }

    /** Whether {@code name} is {@code [a-z_][a-z0-9_]*}, read by hand: every identifier of every statement passes here. */
    static boolean plain(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c == '_' || i > 0 && c >= '0' && c <= '9';
            if (!ok) return false;
        }
        return true;
    }

    /** A type name where a column declares its type: also quoted when PostgreSQL reads the word as a key word there. */
    final String typeId(String name) {
        return ReservedWords.isPostgresTypeKeyword(name) ? quoted(name) : id(name);
    }

    /** A column named in a PL/pgSQL trigger body ({@code NEW.name}): also quoted when PL/pgSQL reserves the word. */
    final String plpgsqlId(String name) {
        return ReservedWords.isPlpgsqlReserved(name) ? quoted(name) : id(name);
    }

    private String quoted(String name) {
        String q = String.valueOf(quoteChar());
        return q + name.replace(q, q + q) + q;
    }

    final String ids(List<String> names) {
        return String.join(", ", names.stream().map(this::id).toList());
    }

    /** A string literal; MySQL also reads backslashes as escapes, so it overrides. */
    String string(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** Digits of the whole part of MySQL's and MariaDB's widest DECIMAL. */
    private static final int DECIMAL_WHOLE_DIGITS = 65;

    /**
     * A number as every dialect's SQL writes it: plain, unless its whole part has more digits
     * than MySQL's DECIMAL holds, which MySQL and MariaDB then read as the largest DECIMAL
     * (1.7976931348623157e308 written out would bound a check, or default a column, at 1e65);
     * with an exponent every engine reads it as the double it is.
     */
    static String number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.precision() - s.scale() > DECIMAL_WHOLE_DIGITS ? s.toString() : n.toPlainString();
    }

    final String literal(Object v) {
        if (v instanceof BigDecimal n) return number(n);
        if (v instanceof Boolean b) return b ? "TRUE" : "FALSE";
        return string(String.valueOf(v));
    }

    // --- types and column definitions

    String columnType(Column c, Catalog catalog) {
        return TypeTable.sql(c.type(), dialect());
    }

    /**
     * {@code " COLLATE name"} for a column with a collation of its own (an adopted database's,
     * {@link Column#collation}), else "": right after the type, where every engine reads it.
     */
    final String collate(Column c) {
        return c.collation() == null ? "" : " COLLATE " + id(c.collation());
    }

    /** The type a definition of column {@code c} in table {@code t} declares: {@link #columnType}, but where the table asks another. */
    String declaredType(Column c, Table t, Catalog catalog) {
        return columnType(c, catalog);
    }

    /** The whole column definition after the name. */
    String columnDefinition(Column c, Table t, Catalog catalog) {
        var b = new StringBuilder(declaredType(c, t, catalog)).append(collate(c));
        if (!c.nullable()) b.append(" NOT NULL");
        String def = c.defaultValue() == null ? null : defaultValue(c.defaultValue(), c.type());
        if (def != null) b.append(" DEFAULT ").append(def);
        return b.toString();
    }

    /**
     * The statement that must follow each definition of column {@code c} of {@code table} (in
     * CREATE TABLE, ADD COLUMN, MODIFY COLUMN) for the engine to hold what the definition says,
     * or null when none must.
     */
    String afterDefinition(String table, Column c) {
        return null;
    }

    String defaultValue(ColumnDefault d, ColumnType type) {
        if (d instanceof ColumnDefault.Number n) return number(n.value());
        if (d instanceof ColumnDefault.Text t) return string(textDefault(t.value(), type));
        if (d instanceof ColumnDefault.Bool b) return b.value() ? "TRUE" : "FALSE";
        if (d instanceof ColumnDefault.EnumValue e) return string(e.value());
        if (d instanceof ColumnDefault.Now) return now(type.kind());
        return uuid();
    }

    /** A text default as this engine must read it to store the model's value: a datetime as {@link #instant}. */
    private String textDefault(String value, ColumnType type) {
        String utc = Sql.instantOf(type, value);
        return utc == null ? value : instant(utc);
    }

    /**
     * A datetime in {@link TemporalText}'s form (UTC) as this engine must read it to mean that
     * instant wherever schemac writes one (a default, a check's bound): as is where the column
     * has no time zone and stores the UTC text.
     */
    String instant(String utc) {
        return utc;
    }

    /** The current date, time or timestamp: standard SQL, which MySQL overrides for its precision. */
    String now(ScalarKind kind) {
        return switch (kind) {
            case DATE -> "CURRENT_DATE";
            case TIME -> "CURRENT_TIME";
            default -> "CURRENT_TIMESTAMP";
        };
    }

    abstract String uuid();

    /** Whether the primary key is written inline on an autoincrement column (SQLite's rule). */
    boolean inlineAutoIncrementKey() { return false; }

    // --- checks

    /**
     * The SQL of a check of table {@code t}, or null when this dialect keeps none of its terms.
     * The table gives each literal its column's type ({@link #compared}); without it (null: a
     * check shown, not run) the literals are written as the model wrote them.
     */
    final String check(Check c, Table t) {
        var parts = new ArrayList<String>();
        for (Check.Term term : c.terms()) {
            String s = term(term, t);
            if (s != null) parts.add(s);
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /**
     * Whether this dialect's DDL keeps a term of a check. The one answer for every output that
     * shows a check in a dialect (the DDL, the SQLModel classes, the Prisma schema's comment) and
     * for pull's and drift's reading of an engine's catalog.
     */
    abstract boolean keeps(Check.Term t);

    /**
     * The value a compared column meets, as this engine must be given it to compare what the
     * model means: a {@code float} bound as binary32 stores it ({@link Binary32}) where the
     * column is binary32; a date, time or datetime in the form {@link #temporal} writes.
     */
    final Object compared(Check.Compare c, Table t) {
        ColumnType type = t == null ? null : t.column(c.column()).map(Column::type).orElse(null);
        if (type == null || type.isEnum()) return c.literal();
        if (type.kind() == ScalarKind.FLOAT && floatIsBinary32() && c.literal() instanceof BigDecimal n) {
            return Binary32.stored(n);
        }
        if (type.kind().isTemporal() && c.literal() instanceof String s) {
            String canonical = TemporalText.canonical(type.kind(), s);
            if (canonical != null) return temporal(type.kind(), c.op(), canonical);
        }
        return c.literal();
    }

    /** Whether a {@code float} column stores binary32 (SQLite's REAL is a double). */
    boolean floatIsBinary32() { return true; }

    /**
     * The column type the engine makes of a type the DDL declares, as the engine spells it back
     * (upper case): the same type where the engine keeps the declared one.
     */
    String madeType(String declared) { return declared; }

    /**
     * A date, time or datetime a check compares with, from {@link TemporalText}'s form: as it
     * is where the engine reads it as the column's type and the column has no time zone.
     */
    String temporal(ScalarKind kind, dev.schemac.model.Op op, String canonical) {
        return canonical;
    }

    /** A term's SQL, or null where the dialect does not {@link #keeps keep} it. */
    String term(Check.Term t, Table table) {
        if (!keeps(t)) return null;
        if (t instanceof Check.Compare c) return id(c.column()) + " " + op(c.op()) + " " + literal(compared(c, table));
        if (t instanceof Check.ColumnCompare c) return id(c.left()) + " " + op(c.op()) + " " + id(c.right());
        if (t instanceof Check.Length l) {
            String len = lengthFunction() + "(" + id(l.column()) + ")";
            if (l.min() != null && l.max() != null) return len + " BETWEEN " + l.min() + " AND " + l.max();
            return l.min() != null ? len + " >= " + l.min() : len + " <= " + l.max();
        }
        if (t instanceof Check.Pattern p) return regex(id(p.column()), string(pattern(p.regex())));
        if (t instanceof Check.AllOrNone a) return allOrNone(a.columns().stream().map(this::id).toList());
        return inList((Check.EnumMember) t);
    }

    /** {@code (a IS NULL AND b IS NULL) OR (a IS NOT NULL AND b IS NOT NULL)}. */
    private static String allOrNone(List<String> columns) {
        var none = new ArrayList<String>();
        var all = new ArrayList<String>();
        for (String c : columns) {
            none.add(c + " IS NULL");
            all.add(c + " IS NOT NULL");
        }
        return "(" + String.join(" AND ", none) + ") OR (" + String.join(" AND ", all) + ")";
    }

    static String op(dev.schemac.model.Op op) {
        return op == dev.schemac.model.Op.NE ? "<>" : op.symbol();
    }

    abstract String lengthFunction();

    /** A {@code @pattern} as this dialect must be given it to mean what the model means ({@link WholeMatch}). */
    String pattern(String regex) {
        return WholeMatch.postgres(regex);
    }

    /** {@code column} matches {@code pattern}, in a dialect that keeps patterns. */
    abstract String regex(String column, String pattern);

    private String inList(Check.EnumMember e) {
        return id(e.column()) + " IN (" + String.join(", ", e.values().stream().map(this::string).toList()) + ")";
    }

    // --- comments

    /**
     * {@code -- } lines, one per line of the text: no line break or control character in
     * the text can end the comment early (see {@link PlainText#visible}).
     */
    static String lineComment(String indent, String text) {
        var b = new StringBuilder();
        for (String line : PlainText.visibleLines(text)) {
            b.append(indent).append("--").append(line.isBlank() ? "" : " " + line.strip()).append('\n');
        }
        return b.toString();
    }

    // --- statements beyond CREATE TABLE

    /** Statements before the first table (PRAGMA, CREATE TYPE). */
    abstract List<String> preamble(Catalog catalog);

    /** Statements right after a table's CREATE TABLE and indexes (comments, triggers). */
    abstract List<String> afterTable(Table t, Catalog catalog);

    /** Whether indexes are declared inside CREATE TABLE (MySQL: so foreign keys find them). */
    boolean inlineIndexes() { return false; }

    /**
     * Whether an enum is a type of its own, made once and named by its columns; elsewhere
     * each column spells the values (MySQL's ENUM) or a check keeps them (SQLite).
     */
    boolean enumTypes() { return false; }

    /**
     * Whether a unique constraint can hold among some rows only, as a partial unique index
     * ({@code CREATE UNIQUE INDEX ... WHERE}): SQLite and PostgreSQL can, MySQL cannot, and
     * keeps such a constraint over every row.
     */
    boolean partialIndexes() { return true; }

    /** A partial index's filter, after {@code WHERE}. */
    String rowFilter(RowFilter f) {
        return id(((RowFilter.IsNull) f).column()) + " IS NULL";
    }

    /** Table options after the closing parenthesis (MySQL engine and charset). */
    String tableOptions(Table t) { return ""; }

    /** What separates two table options: MySQL lists them with spaces, SQLite with commas ({@code WITHOUT ROWID, STRICT}). */
    String tableOptionSeparator() { return " "; }

    /** Whether foreign keys that point forward are added with ALTER TABLE (not SQLite). */
    boolean alterForwardForeignKeys() { return true; }

    abstract String dropForeignKey(String table, String name);

    /** Statements after all tables are dropped (types, functions). */
    abstract List<String> dropExtras(Catalog catalog);

    String dropTable(String table) {
        return "DROP TABLE IF EXISTS " + id(table) + ";";
    }
}
