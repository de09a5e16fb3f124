package dev.schemac.catalog;

import dev.schemac.model.Dialect;
import dev.schemac.naming.ReservedWords;
import dev.schemac.sqltext.SqlActions;
import dev.schemac.sqltext.SqlLexer;
import dev.schemac.sqltext.SqlLexer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Something a SQLite table of an adopted database has that its model cannot say (pull left it
 * out: an index on an expression, a check it cannot read, a foreign key that is no relation, a
 * trigger, a generated column, WITHOUT ROWID, STRICT), as the SQL that makes it; of a MySQL or MariaDB table, only a
 * zero date default ({@link #zeroDateDefault}), which no script makes but every later ALTER of the table must allow. SQLite makes most changes by rebuilding the
 * table, and dropping the old table drops these with it: the rebuild makes them again from
 * this text, which names the table and columns as they were when the database was adopted:
 * {@code table} is the table's name then. {@code what} names it in messages; {@code place}
 * says where its SQL goes. A column definition ({@link #declaresColumn}) goes right after the column {@code after} of
 * the table (the nearest one before it in the adopted table that the model has; {@code ""}: before them all), so a
 * rebuild keeps the table's order of columns; with none ({@code null}, or that column gone) it goes after the model's.
 *
 * <p>A {@code --} comment that ends the SQL is left out: the rebuild writes a {@code ;} or
 * {@code ,} right after the SQL, which such a comment would take in (SQLite keeps the text of
 * {@code CREATE INDEX i ON t (a) -- why} up to the line's end).
 */
public record KeptSql(String table, String what, String sql, Place place, String after, List<String> held, String schema) {
    public KeptSql {
        sql = withoutTrailingComments(sql);
        held = held == null ? List.of() : List.copyOf(held);
    }

    /**
     * {@code schema}: the PostgreSQL schema pull read the table from, recorded with {@link #held} (null where nothing
     * holds the column, and in a history adopted before schemac recorded it): a held view {@code view other.name} of
     * another schema is told from the table's own schema's view by it ({@code GeneratedThrough}).
     */
    public KeptSql(String table, String what, String sql, Place place, String after, List<String> held) {
        this(table, what, sql, place, after, held, null);
    }

    public KeptSql(String table, String what, String sql, Place place, String after) {
        this(table, what, sql, place, after, List.of());
    }

    /** Kept SQL declared where CREATE TABLE puts it by its place alone (a column definition: after the model's columns). */
    public KeptSql(String table, String what, String sql, Place place) {
        this(table, what, sql, place, null);
    }

    /**
     * What the adopted database has on a {@link Place#GENERATED_POSTGRES} column besides its definition, as pull read
     * it (an index, a constraint, a view, a trigger, its NOT NULL, its comment): dropping the column would take it, so
     * a migration that must drop the column and make it again around a change of type refuses instead (SC573). Empty
     * for a column with none, and for any other place.
     */
    @Override
    public List<String> held() {
        return held;
    }

    /** Whether this is a foreign key SQLite cannot check ({@link Place#MISMATCHED}). */
    public boolean unchecked() {
        return place == Place.MISMATCHED;
    }

    /** The same with {@code after} another column ({@link #after}). */
    public KeptSql after(String column) {
        return new KeptSql(table, what, sql, place, column, held, schema);
    }

    /** The clause {@link Place#DEFERRABLE} keeps for the foreign key on {@code columns} (as SQLite quotes them). */
    public static String deferrable(String quotedColumns) {
        return "FOREIGN KEY (" + quotedColumns + ") " + DEFERRED;
    }

    /** The words that make SQLite check a foreign key at commit. */
    public static final String DEFERRED = "DEFERRABLE INITIALLY DEFERRED";

    /**
     * Whether this is the {@link Place#DEFERRABLE} of the foreign key on {@code columns} (the same columns, in order,
     * as SQLite compares names).
     */
    public boolean defers(List<String> columns) {
        if (place != Place.DEFERRABLE) return false;
        List<Token> code = code();
        if (code == null || code.size() < 3 || !code.get(0).is("FOREIGN") || !code.get(2).is("(")) return false;
        int close = matching(code, 2);
        if (close < 0) return false;
        var names = new java.util.ArrayList<String>();
        for (int i = 3; i < close; i++) if (code.get(i).isName()) names.add(code.get(i).text());
        if (names.size() != columns.size()) return false;
        for (int i = 0; i < names.size(); i++) if (!names.get(i).equalsIgnoreCase(columns.get(i))) return false;
        return true;
    }

    /** SQLite's STRICT table option: its columns are declared with the types STRICT takes ({@link Table#strict}). */
    public static final String STRICT = "STRICT";
    /** SQLite's WITHOUT ROWID table option: the table is kept in its primary key's order, with no rowid. */
    public static final String WITHOUT_ROWID = "WITHOUT ROWID";

    /**
     * Whether {@code sql} is a column definition of {@code column} (its first word names it, as SQLite reads
     * names): the text a generated column was declared with, not only its type.
     */
    public static boolean declares(String sql, String column) {
        if (sql == null || column == null) return false;
        try {
            List<Token> code = SqlLexer.code(sql, false);
            // A column of no type is declared by its name alone.
            return !code.isEmpty() && code.get(0).isName() && code.get(0).text().equalsIgnoreCase(column);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether its SQL is a column definition of its table ({@link Place#COLUMN}, {@link Place#STORED_COLUMN}). */
    public boolean declaresColumn() {
        return place == Place.COLUMN || place == Place.STORED_COLUMN;
    }

    /** The name of the column a {@link Place#STORED_COLUMN} declares, as SQLite reads it; null for any other. */
    public String storedColumn() {
        if (place != Place.STORED_COLUMN) return null;
        List<Token> code = code();
        return code == null || code.isEmpty() || !code.get(0).isName() ? null : code.get(0).text();
    }

    /** The name of the column a {@link Place#COLUMN} or {@link Place#STORED_COLUMN} declares, as SQLite reads it; null for any other. */
    public String declaredColumn() {
        if (!declaresColumn()) return null;
        List<Token> code = code();
        return code == null || code.isEmpty() || !code.get(0).isName() ? null : code.get(0).text();
    }

    /** The clause a {@link Place#DEFAULT} gives column {@code column} ({@code DEFAULT (...)}), or null when it gives none. */
    public String defaultOf(String column) {
        if (place != Place.DEFAULT || !declares(sql, column)) return null;
        List<Token> code = code();
        return code == null || code.size() < 2 ? null : sql.substring(code.get(0).end()).strip();
    }

    /**
     * Whether its SQL may name its table: an index's or a trigger's statement, a clause (a foreign key to its own
     * table), a column definition. A table option (WITHOUT ROWID, STRICT), a foreign key's {@link #DEFERRED} clause and
     * a column's DEFAULT name none, so they hold under any name of the table.
     */
    public boolean namesTable() {
        return place != Place.OPTION && place != Place.DEFERRABLE && place != Place.DEFAULT && place != Place.ZERO_DATE
                && !generated();
    }

    /**
     * Whether this is a generated column of an adopted PostgreSQL, MySQL or MariaDB table ({@link Place#GENERATED_POSTGRES},
     * {@link Place#GENERATED_MYSQL}): the engine keeps it through every migration, and no script makes it again.
     */
    public boolean generated() {
        return place == Place.GENERATED_POSTGRES || place == Place.GENERATED_MYSQL;
    }

    /** The name of the column a {@link #generated} definition declares; null for any other. */
    public String generatedColumn() {
        List<Token> code = generated() ? code() : null;
        return code == null || code.isEmpty() || !code.get(0).isName() ? null : code.get(0).text();
    }

    /**
     * The expression of a {@link Place#GENERATED_POSTGRES} definition as the engine showed it (the text in the parentheses
     * after its {@code AS}), and the type written before {@code GENERATED}; null when it cannot be read.
     */
    public String generatedExpression() {
        List<Token> code = place == Place.GENERATED_POSTGRES ? code() : null;
        int as = code == null ? -1 : indexOf(code, "AS", 1);
        int close = as < 0 || as + 1 >= code.size() || !code.get(as + 1).is("(") ? -1 : matching(code, as + 1);
        return close < 0 ? null : sql.substring(code.get(as + 1).end(), code.get(close).start());
    }

    /**
     * Whether a {@link Place#GENERATED_POSTGRES} definition names type {@code type}: as its column's type, or after a
     * {@code ::} in its expression (schema-qualified or not); also true when the definition cannot be read.
     */
    public boolean generatedNamesType(String type) {
        if (place != Place.GENERATED_POSTGRES) return false;
        List<Token> code = code();
        if (code == null) return true;
        for (int i = 1; i < code.size(); i++) {
            Token t = code.get(i);
            boolean same = t.kind() == SqlLexer.Kind.QUOTED ? t.text().equals(type) : t.isName() && t.text().equalsIgnoreCase(type);
            if (!same) continue;
            if (i == 1 || code.get(i - 1).is("::")) return true;
            if (i >= 3 && code.get(i - 1).is(".") && code.get(i - 3).is("::")) return true;
        }
        return false;
    }

    /** The type of a {@link Place#GENERATED_POSTGRES} definition, as PostgreSQL's {@code format_type} showed it; null when unread. */
    public String generatedType() {
        List<Token> code = place == Place.GENERATED_POSTGRES ? code() : null;
        int gen = code == null ? -1 : indexOf(code, "GENERATED", 1);
        return gen < 2 ? null : sql.substring(code.get(1).start(), code.get(gen).start()).strip();
    }

    /**
     * Whether the expression of a {@link #generated} column reads column {@code column} (a name in the parentheses after
     * its {@code AS}, any case); also true when the expression cannot be read, since then it may. The expression is the
     * engine's own text, not SQLite's: a word SQLite reserves may be a PostgreSQL column shown bare ({@code index + 1}),
     * so no reserved-word list decides; what is not a column by its place is skipped: a function called, a type after
     * {@code ::} or before a typed literal ({@code date '2020-01-01'}), the field of {@code EXTRACT(year FROM …)}, the
     * words of {@code AT TIME ZONE}, a qualifier.
     */
    public boolean generatedReads(String column) {
        if (!generated()) return false;
        List<Token> code = generatedCode();
        int as = code == null ? -1 : indexOf(code, "AS", 1);
        int close = as < 0 || as + 1 >= code.size() || !code.get(as + 1).is("(") ? -1 : matching(code, as + 1);
        if (close < 0) return true;
        for (int i = as + 2; i < close; i++) {
            Token t = code.get(i);
            if (!t.isName() || !t.text().equalsIgnoreCase(column)) continue;
            if (t.kind() == SqlLexer.Kind.QUOTED || readAsColumn(code, i, as + 2)) return true;
        }
        return false;
    }

    /** The words after the first of a type of several words, as PostgreSQL shows a cast ({@code ::timestamp without time zone}). */
    private static final Set<String> TYPE_WORDS =
            Set.of("varying", "precision", "with", "without", "time", "zone", "character", "double", "timestamp", "bit");

    /** Whether bare word {@code i} of a generated column's expression (from {@code from}) stands where a column can. */
    private static boolean readAsColumn(List<Token> code, int i, int from) {
        Token next = i + 1 < code.size() ? code.get(i + 1) : null;
        if (next != null && (next.is("(") || next.is(".") || next.kind() == SqlLexer.Kind.STRING)) return false;
        int j = i - 1;
        while (j >= from && code.get(j).kind() == SqlLexer.Kind.WORD && TYPE_WORDS.contains(code.get(j).text().toLowerCase(Locale.ROOT))) j--;
        if (j >= from && code.get(j).is("::")) return false;
        if (i - 2 >= from && code.get(i - 1).is("(") && code.get(i - 2).is("EXTRACT")) return false;
        if (i - 1 >= from && code.get(i - 1).is("AT") && code.get(i).is("TIME")) return false;
        return !(i - 2 >= from && code.get(i - 2).is("AT") && code.get(i - 1).is("TIME") && code.get(i).is("ZONE"));
    }

    /**
     * The tokens of a generated column's definition: MySQL and MariaDB write a string in it with backslash escapes, and
     * MySQL 8.0 shows its quotes escaped once more ({@code _utf8mb4\'it\\\'s\'}: its first quote has a backslash
     * before it, which no SQL outside a string has), which is undone first.
     */
    private List<Token> generatedCode() {
        if (place != Place.GENERATED_MYSQL) return code();
        int quote = sql.indexOf('\'');
        String text = quote > 0 && sql.charAt(quote - 1) == '\\' ? unescapedOnce(sql) : sql;
        try {
            return SqlLexer.code(text, true);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String unescapedOnce(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '\\')) c = s.charAt(++i);
            out.append(c);
        }
        return out.toString();
    }

    /** The same, kept by the table under its name {@code now}: for what names no table ({@link #namesTable}) after a rename. */
    public KeptSql of(String now) {
        return new KeptSql(now, what, sql, place, after, held, schema);
    }

    /**
     * Whether {@code literal} (a default as a MySQL or MariaDB database reports it, quoted) is a date or date and time
     * with a zero month or day: wholly zero ({@code '0000-00-00'}, {@code '0000-00-00 00:00:00.000'}), which MySQL's
     * NO_ZERO_DATE refuses, or zero in part ({@code '2010-00-00'}, {@code '2010-05-00 10:30:00'}), which its
     * NO_ZERO_IN_DATE refuses. No model can hold either: a model's date is on the calendar.
     */
    public static boolean isZeroDate(String literal) {
        if (literal == null) return false;
        var m = ZERO_DATE_LITERAL.matcher(literal.strip());
        return m.matches() && (m.group(1).equals("00") || m.group(2).equals("00"));
    }

    private static final java.util.regex.Pattern ZERO_DATE_LITERAL =
            java.util.regex.Pattern.compile("'\\d{4}-(\\d{2})-(\\d{2})( \\d{2}:\\d{2}:\\d{2}(\\.\\d+)?)?'");

    /**
     * Whether this is the zero date default of a column of an adopted MySQL or MariaDB table ({@link Place#ZERO_DATE}):
     * no script makes it again, but a migration that alters the table runs where MySQL lets the table keep it
     * ({@code MigrationSql.zeroDates}).
     */
    public boolean zeroDateDefault() {
        List<Token> code = place == Place.ZERO_DATE ? code() : null;
        return code != null && code.size() == 3 && code.get(1).is("DEFAULT")
                && isZeroDate(sql.substring(code.get(2).start(), code.get(2).end()));
    }

    /** Whether this is the STRICT option of its table. */
    public boolean strict() {
        return place == Place.OPTION && sql.strip().equalsIgnoreCase(STRICT);
    }

    /**
     * Whether its SQL uses this column's name as a name (a bare or quoted identifier, any case,
     * as SQLite reads names; not in a string literal or comment, not a function it calls). Also
     * true when the SQL cannot be read at all: then it may.
     */
    public boolean mentions(String column) {
        List<Token> code = code();
        if (code == null) return true;
        for (int i = 0; i < code.size(); i++) {
            if (isColumnName(code, i) && code.get(i).text().equalsIgnoreCase(column)) return true;
        }
        return false;
    }

    /**
     * The columns of its table its SQL is on, in lower case, as SQLite resolves them: every name
     * in a CHECK clause or in an index's column list and WHERE; a FOREIGN KEY's own columns (and
     * its referenced ones when it references its own table); a UNIQUE's columns. Null when that
     * cannot be known from the SQL: a trigger's body may name another table's column of the same
     * name, as may anything not one of these shapes.
     */
    public Set<String> columnsOn() {
        List<Token> code = code();
        if (place == Place.NONE || place == Place.OPTION) return Set.of();
        // The engine keeps a generated column through every change: a migration that would break it is refused (SC573).
        if (generated()) return null;
        // A generated column's expression may name any column of the table, and a rebuild cannot declare it without
        // them: it is not on a column the way an index is, and a migration that drops one it names is refused.
        if (declaresColumn()) return null;
        if (code == null || code.isEmpty()) return null;
        if (place == Place.DEFAULT || place == Place.ZERO_DATE) return code.get(0).isName() ? Set.of(code.get(0).text().toLowerCase(Locale.ROOT)) : null;
        int i = 0;
        if (place == Place.CLAUSE || place == Place.MISMATCHED || place == Place.DEFERRABLE) {
            if (code.get(0).is("CONSTRAINT")) i = 2;
            if (i >= code.size()) return null;
            Token kind = code.get(i);
            if (kind.is("CHECK") || kind.is("UNIQUE") || kind.is("PRIMARY")) return names(code, i + 1, code.size());
            if (kind.is("FOREIGN") && place == Place.DEFERRABLE) {
                int open = indexOf(code, "(", i);
                int close = open < 0 ? -1 : matching(code, open);
                return close < 0 ? null : names(code, open + 1, close);
            }
            if (kind.is("FOREIGN")) {
                int open = indexOf(code, "(", i);
                int close = open < 0 ? -1 : matching(code, open);
                if (close < 0) return null;
                var on = names(code, open + 1, close);
                int ref = indexOf(code, "REFERENCES", close);
                if (ref >= 0 && ref + 1 < code.size() && code.get(ref + 1).isName() && code.get(ref + 1).text().equalsIgnoreCase(table)) {
                    int refOpen = ref + 2 < code.size() && code.get(ref + 2).is("(") ? ref + 2 : -1;
                    int refClose = refOpen < 0 ? -1 : matching(code, refOpen);
                    if (refClose > 0) on.addAll(names(code, refOpen + 1, refClose));
                }
                return on;
            }
            return null;
        }
        // CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table (columns) [WHERE ...]
        if (!code.get(0).is("CREATE")) return null;
        int k = code.size() > 1 && code.get(1).is("UNIQUE") ? 2 : 1;
        if (k >= code.size() || !code.get(k).is("INDEX")) return null;
        int on = indexOf(code, "ON", k);
        int open = on < 0 ? -1 : indexOf(code, "(", on);
        return open < 0 ? null : names(code, open + 1, code.size());
    }

    /** The columns {@code was} has and {@code now} does not: the ones a migration from one to the other drops. */
    private static List<String> dropped(Table was, Table now) {
        return was.columns().stream().map(Column::name).filter(c -> now.column(c).isEmpty()).toList();
    }

    /**
     * Whether it goes with a column this table had ({@code was}) and no longer has ({@code now}),
     * as PostgreSQL's DROP COLUMN takes the indexes and constraints on it: its SQL is on that
     * column ({@link #columnsOn}). The rebuild leaves it out, and no later snapshot carries it.
     */
    public boolean goesWithDroppedColumn(Table was, Table now) {
        Set<String> on = columnsOn();
        return on != null && dropped(was, now).stream().anyMatch(c -> on.contains(c.toLowerCase(Locale.ROOT)));
    }

    /**
     * A dropped column ({@link #goesWithDroppedColumn}) its SQL names where it cannot be known
     * whether it is on that column (a trigger), or null: the rebuild can neither make it again
     * as it is nor tell that it goes, and refuses the migration (SC567).
     */
    public String droppedColumnItMayUse(Table was, Table now) {
        if (columnsOn() != null) return null;
        return dropped(was, now).stream().filter(this::mentions).findFirst().orElse(null);
    }

    /** The tokens of its SQL without comments; null when SQLite's syntax cannot be read from it. */
    private List<Token> code() {
        try {
            return SqlLexer.code(sql, false);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether token {@code i} is a name SQLite may read as a column: not a function called, a collation or a type,
     * not a keyword SQLite reserves (a column of that name is quoted), not what qualifies a name ({@code t.} or
     * {@code NEW.}), and not a default's term, which SQLite reads as a value even when it is a bare word.
     */
    static boolean isColumnName(List<Token> code, int i) {
        Token t = code.get(i);
        if (!t.isName()) return false;
        boolean bare = t.kind() == SqlLexer.Kind.WORD;
        if (bare && i + 1 < code.size() && code.get(i + 1).is("(")) return false;
        if (bare && ReservedWords.isSqlReserved(t.text(), Dialect.SQLITE)) return false;
        if (i + 1 < code.size() && code.get(i + 1).is(".")) return false;
        if (bare && foreignKeyTerm(code, i)) return false;
        return !(i > 0 && (code.get(i - 1).is("COLLATE") || code.get(i - 1).is("AS") || code.get(i - 1).is("DEFAULT")));
    }

    /**
     * Whether bare word {@code i} is a word of a foreign key's tail, which SQLite does not reserve and a column may be
     * called: its action ({@code ON DELETE NO ACTION}, {@code CASCADE}, {@code RESTRICT}, {@code SET NULL}), its
     * {@code MATCH} clause, and when it is checked ({@code [NOT] DEFERRABLE INITIALLY DEFERRED|IMMEDIATE}).
     */
    private static boolean foreignKeyTerm(List<Token> code, int i) {
        Token t = code.get(i);
        // The action's words (SqlActions, their one home; SQLite's SET DEFAULT begins as SET NULL does), j-th after the event.
        for (List<String> words : SqlActions.words()) {
            for (int j = 0; j < words.size(); j++) {
                if (t.is(words.get(j)) && afterEvent(code, i - j) && spells(code, i - j, words.subList(0, j))) return true;
            }
        }
        if (i >= 1 && code.get(i - 1).is("MATCH")) return true;
        if (t.is("DEFERRED") || t.is("IMMEDIATE")) return i >= 1 && code.get(i - 1).is("INITIALLY");
        return t.is("INITIALLY") && i >= 1 && code.get(i - 1).is("DEFERRABLE");
    }

    /** Whether the tokens before {@code i} are {@code ON DELETE} or {@code ON UPDATE}. */
    private static boolean afterEvent(List<Token> code, int i) {
        return i >= 2 && code.get(i - 2).is("ON") && (code.get(i - 1).is("DELETE") || code.get(i - 1).is("UPDATE"));
    }

    /** Whether the tokens from {@code from} are {@code words}. */
    private static boolean spells(List<Token> code, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) if (from + k >= code.size() || !code.get(from + k).is(words.get(k))) return false;
        return true;
    }

    private static Set<String> names(List<Token> code, int from, int to) {
        var out = new TreeSet<String>();
        for (int i = from; i < to; i++) if (isColumnName(code, i)) out.add(code.get(i).text().toLowerCase(Locale.ROOT));
        return out;
    }

    private static int indexOf(List<Token> code, String word, int from) {
        for (int i = from; i < code.size(); i++) if (code.get(i).is(word)) return i;
        return -1;
    }

    private static int matching(List<Token> code, int open) {
        int depth = 0;
        for (int i = open; i < code.size(); i++) {
            if (code.get(i).is("(")) depth++;
            if (code.get(i).is(")") && --depth == 0) return i;
        }
        return -1;
    }

    private static String withoutTrailingComments(String sql) {
        if (sql == null) return null;
        List<Token> tokens;
        try {
            tokens = SqlLexer.tokens(sql, false);
        } catch (IllegalArgumentException e) {
            return sql;
        }
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).kind() == SqlLexer.Kind.COMMENT) end--;
        return end == tokens.size() ? sql : sql.substring(0, end == 0 ? 0 : tokens.get(end - 1).end());
    }

    public enum Place {
        /** A table constraint inside CREATE TABLE (a CHECK, FOREIGN KEY or UNIQUE clause). */
        CLAUSE,
        /**
         * A FOREIGN KEY clause SQLite cannot check, written where {@link #CLAUSE} is: the columns it references are no key
         * of their table, or there is no such table. While foreign keys are enforced SQLite refuses each INSERT and UPDATE
         * of its table ("foreign key mismatch", "no such table"). Its check of that table's foreign keys stops with an
         * error at the first, and at the second counts every row whose key columns all have a value as broken, so a
         * migration's check of every foreign key leaves the table out, with its other keys ({@link #unchecked}).
         */
        MISMATCHED,
        /**
         * A column definition inside CREATE TABLE, after the model's columns: a generated column, which SQLite
         * computes, so the rebuild's copy leaves it out.
         */
        COLUMN,
        /**
         * A column definition inside CREATE TABLE, after the model's columns, of a column with values of its own that
         * the model does not have (one declared with no type, or one pull has no type for): the rebuild declares it as
         * the table did and copies its values.
         */
        STORED_COLUMN,
        /**
         * The DEFAULT clause of one of the model's columns, which the model cannot say (an expression), written after
         * the column's name ({@code "ts DEFAULT (strftime('%s', 'now'))"}): the table's CREATE TABLE declares the
         * column with it while the model gives the column no default of its own.
         */
        DEFAULT,
        /**
         * A MySQL or MariaDB column's zero date default, written as {@link #DEFAULT} is ({@code "born DEFAULT '0000-00-00'"}):
         * no script makes it again and it is no SQLite SQL ({@link Table#keptSql} leaves it out); it only says that a MySQL
         * migration altering its table runs where MySQL lets the table keep it ({@link #zeroDateDefault}).
         */
        ZERO_DATE,
        /** After CREATE TABLE's closing parenthesis (WITHOUT ROWID, STRICT). */
        OPTION,
        /**
         * A generated column of an adopted PostgreSQL table, as its definition ({@code total numeric(12,2) GENERATED
         * ALWAYS AS ((qty * price)) STORED}): PostgreSQL keeps it, no script makes it, and it is no SQLite SQL
         * ({@link Table#keptSql} leaves it out). PostgreSQL refuses to drop a column it reads, and a rename would leave
         * this text naming what is gone: {@code migrate} refuses each (SC573). It refuses to change that column's type too:
         * the migration drops the generated column first and makes it again from this text last, unless something is
         * {@link #held} on it (SC573 then).
         */
        GENERATED_POSTGRES,
        /**
         * {@link #GENERATED_POSTGRES} of a MySQL or MariaDB table ({@code `total` decimal(12,2) AS ((`qty` * `price`))
         * STORED}); these engines change a column's type under it and compute it anew, so only a drop or rename of a
         * column it reads is refused.
         */
        GENERATED_MYSQL,
        /**
         * The {@link #DEFERRED} clause of one of the model's foreign keys, which the model cannot say, written as
         * {@link #deferrable}: the table's CREATE TABLE declares that key with it, so SQLite checks it at commit.
         */
        DEFERRABLE,
        /** A statement of its own after the table (CREATE INDEX, CREATE TRIGGER). */
        STATEMENT,
        /** Nothing can make it again (a default pull could not read): a rebuild of its table is refused. */
        NONE
    }
}
