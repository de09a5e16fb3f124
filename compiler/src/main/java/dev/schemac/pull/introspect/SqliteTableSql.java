package dev.schemac.pull.introspect;

import dev.schemac.sqltext.SqlLexer;
import dev.schemac.sqltext.SqlLexer.Kind;
import dev.schemac.sqltext.SqlLexer.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What SQLite keeps only in a table's CREATE TABLE text: constraint names, check clauses,
 * AUTOINCREMENT, column collations, deferred foreign keys, and the {@code --} comments above
 * each column (schemac writes a column's documentation there). The PRAGMAs give everything else.
 */
public final class SqliteTableSql {

    /**
     * A named or unnamed constraint: {@code kind} is PRIMARY, UNIQUE, CHECK or FOREIGN;
     * {@code deferred} for a foreign key checked at commit ({@code DEFERRABLE INITIALLY DEFERRED}).
     */
    public record Constraint(String name, String kind, List<String> columns, String clause, boolean deferred) {
        Constraint(String name, String kind, List<String> columns, String clause) {
            this(name, kind, columns, clause, false);
        }
    }

    public final Map<String, String> columnComments = new LinkedHashMap<>();
    /** Column → the collation its definition declares ({@code COLLATE NOCASE}). */
    public final Map<String, String> collations = new LinkedHashMap<>();
    /** Each column's definition as the statement spells it (name, type, constraints), without the comments around it. */
    public final Map<String, String> columnDefinitions = new LinkedHashMap<>();
    /**
     * Column → its DEFAULT term as the statement spells it ({@code (strftime('%s', 'now'))}, {@code "abc"}, {@code -1}).
     * PRAGMA table_info gives the term without its parentheses, and a bare or double-quoted word there is a string to
     * a DEFAULT but a column name inside parentheses: only the statement's own spelling declares the column again.
     */
    public final Map<String, String> columnDefaults = new LinkedHashMap<>();
    public final List<Constraint> constraints = new ArrayList<>();
    public boolean autoincrement;
    public boolean withoutRowid;
    /** A STRICT table (SQLite 3.37): a value of another type is refused, not stored under the column's affinity. */
    public boolean strict;

    private final String sql;
    private final List<Token> tokens;

    private SqliteTableSql(String sql) {
        this.sql = sql;
        this.tokens = SqlLexer.tokens(sql, false);
    }

    /** Reads a CREATE TABLE statement; throws {@link IllegalArgumentException} if it is not one. */
    public static SqliteTableSql parse(String sql) {
        var t = new SqliteTableSql(sql);
        t.read();
        return t;
    }

    private void read() {
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                open = i;
                break;
            }
            if (tokens.get(i).is("AS")) throw new IllegalArgumentException("CREATE TABLE ... AS SELECT");
        }
        if (open < 0) throw new IllegalArgumentException("no column list");
        int depth = 0;
        int start = open + 1;
        int end = -1;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(")) depth++;
            if (t.is(")")) {
                depth--;
                if (depth == 0) {
                    element(start, i);
                    end = i;
                    break;
                }
            }
            if (depth == 1 && t.is(",")) {
                element(start, i);
                start = i + 1;
            }
        }
        if (end < 0) throw new IllegalArgumentException("unbalanced parentheses");
        for (int i = end + 1; i < tokens.size(); i++) {
            if (tokens.get(i).is("ROWID") && i > 0 && tokens.get(i - 1).is("WITHOUT")) withoutRowid = true;
            if (tokens.get(i).is("STRICT")) strict = true;
        }
    }

    /** Tokens from..to (exclusive) form one column definition or table constraint. */
    private void element(int from, int to) {
        var comments = new ArrayList<String>();
        int i = from;
        int lineOfComma = from > 0 ? line(tokens.get(from - 1).start()) : -1;
        while (i < to && tokens.get(i).kind() == Kind.COMMENT) {
            Token c = tokens.get(i);
            if (line(c.start()) != lineOfComma) comments.add(c.text());
            i++;
        }
        var code = new ArrayList<Token>();
        for (int k = i; k < to; k++) if (tokens.get(k).kind() != Kind.COMMENT) code.add(tokens.get(k));
        if (code.isEmpty()) return;
        Token first = code.get(0);
        boolean tableConstraint = first.kind() == Kind.WORD && (first.is("CONSTRAINT") || first.is("PRIMARY")
                || first.is("UNIQUE") || first.is("CHECK") || first.is("FOREIGN"));
        if (tableConstraint) {
            constraints(code, 0, null);
            return;
        }
        String column = first.text();
        if (!comments.isEmpty()) columnComments.put(column, String.join("\n", comments));
        columnDefinitions.put(column, sql.substring(first.start(), code.get(code.size() - 1).end()));
        // Skip the type (words and a parenthesized size) up to the first column constraint.
        int k = 1;
        while (k < code.size() && !isConstraintStart(code.get(k))) {
            if (code.get(k).is("(")) k = matching(code, k);
            k++;
        }
        constraints(code, k, column);
    }

    private static boolean isConstraintStart(Token t) {
        return t.kind() == Kind.WORD && (t.is("CONSTRAINT") || t.is("PRIMARY") || t.is("NOT") || t.is("NULL")
                || t.is("UNIQUE") || t.is("CHECK") || t.is("DEFAULT") || t.is("COLLATE") || t.is("REFERENCES")
                || t.is("GENERATED") || t.is("AS"));
    }

    /** Reads constraints from position k; {@code column} is set for column constraints. */
    private void constraints(List<Token> code, int k, String column) {
        String name = null;
        while (k < code.size()) {
            Token t = code.get(k);
            if (t.is("CONSTRAINT")) {
                name = code.get(k + 1).text();
                k += 2;
                continue;
            }
            if (t.is("PRIMARY")) {
                k += 2; // PRIMARY KEY
                List<String> cols;
                if (column == null) {
                    int close = matching(code, k);
                    cols = names(code, k + 1, close);
                    k = close + 1;
                } else {
                    cols = List.of(column);
                }
                while (k < code.size() && !isConstraintStart(code.get(k))) {
                    if (code.get(k).is("AUTOINCREMENT")) autoincrement = true;
                    k++;
                }
                constraints.add(new Constraint(name, "PRIMARY", cols, null));
                name = null;
                continue;
            }
            if (t.is("UNIQUE")) {
                k++;
                List<String> cols = List.of(column == null ? "" : column);
                if (column == null) {
                    int close = matching(code, k);
                    cols = names(code, k + 1, close);
                    k = close + 1;
                }
                constraints.add(new Constraint(name, "UNIQUE", cols, null));
                name = null;
                k = skipToNext(code, k);
                continue;
            }
            if (t.is("CHECK")) {
                int close = matching(code, k + 1);
                String clause = sql.substring(code.get(k + 1).end(), code.get(close).start()).strip();
                constraints.add(new Constraint(name, "CHECK", column == null ? List.of() : List.of(column), clause));
                name = null;
                k = close + 1;
                continue;
            }
            if (t.is("FOREIGN") || t.is("REFERENCES")) {
                List<String> cols;
                if (t.is("FOREIGN")) {
                    k += 2; // FOREIGN KEY
                    int close = matching(code, k);
                    cols = names(code, k + 1, close);
                    k = close + 1;
                } else {
                    cols = List.of(column);
                }
                int end = skipToNext(code, k + 1);
                constraints.add(new Constraint(name, "FOREIGN", cols, null, deferred(code, k + 1, end)));
                name = null;
                k = end;
                continue;
            }
            if (t.is("DEFAULT") && column != null && k + 1 < code.size()) {
                int from = k + 1;
                // One term: a parenthesized expression, a signed number, a blob (X'00', two tokens that touch) or one token.
                boolean twoTokens = from + 1 < code.size() && (code.get(from).is("-") || code.get(from).is("+")
                        || code.get(from).is("X") && code.get(from + 1).kind() == Kind.STRING && code.get(from + 1).start() == code.get(from).end());
                int to = code.get(from).is("(") ? matching(code, from) : twoTokens ? from + 1 : from;
                columnDefaults.put(column, sql.substring(code.get(from).start(), code.get(to).end()));
                k = to + 1;
                continue;
            }
            if (t.is("COLLATE") && column != null && k + 1 < code.size()) {
                collations.put(column, code.get(k + 1).text());
                k += 2;
                continue;
            }
            if (t.is("(")) {
                k = matching(code, k) + 1;
                continue;
            }
            k++;
        }
    }

    /** Skips the rest of a clause (ON DELETE ..., conflict clauses) up to the next constraint keyword. */
    private static int skipToNext(List<Token> code, int k) {
        while (k < code.size() && !(code.get(k).is("CONSTRAINT") || code.get(k).is("PRIMARY") || code.get(k).is("UNIQUE")
                || code.get(k).is("CHECK") || code.get(k).is("COLLATE")
                || (code.get(k).is("DEFAULT") && !(k > 0 && code.get(k - 1).is("SET"))) // ON DELETE SET DEFAULT is the key's own
                || (code.get(k).is("NOT") && k + 1 < code.size() && code.get(k + 1).is("NULL"))
                || code.get(k).is("GENERATED"))) {
            if (code.get(k).is("(")) k = matching(code, k);
            k++;
        }
        return k;
    }

    /**
     * Whether a foreign key clause (tokens from..to) is checked at commit: SQLite defers only
     * {@code DEFERRABLE INITIALLY DEFERRED}; a bare or {@code NOT DEFERRABLE}, or
     * {@code INITIALLY IMMEDIATE}, is checked at once, as generate's keys are.
     */
    private static boolean deferred(List<Token> code, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (code.get(i).is("DEFERRABLE") && !(i > 0 && code.get(i - 1).is("NOT")) && code.get(i + 1).is("INITIALLY")
                    && code.get(i + 2).is("DEFERRED")) {
                return true;
            }
        }
        return false;
    }

    private static int matching(List<Token> code, int open) {
        int depth = 0;
        for (int i = open; i < code.size(); i++) {
            if (code.get(i).is("(")) depth++;
            if (code.get(i).is(")") && --depth == 0) return i;
        }
        throw new IllegalArgumentException("unbalanced parentheses");
    }

    private static List<String> names(List<Token> code, int from, int to) {
        var out = new ArrayList<String>();
        boolean expectName = true;
        for (int i = from; i < to; i++) {
            Token t = code.get(i);
            if (t.is(",")) {
                expectName = true;
            } else if (expectName && t.isName()) {
                out.add(t.text());
                expectName = false;
            }
        }
        return out;
    }

    /**
     * Whether SQL text ends in a {@code --} comment, which runs to the end of its line: whatever
     * is written after it on that line (a closing parenthesis, a comma, a semicolon) is comment too.
     */
    public static boolean endsInLineComment(String sql) {
        var tokens = SqlLexer.tokens(sql, false);
        if (tokens.isEmpty()) return false;
        Token last = tokens.get(tokens.size() - 1);
        return last.kind() == Kind.COMMENT && sql.startsWith("--", last.start());
    }

    private int line(int offset) {
        int n = 0;
        for (int i = 0; i < offset && i < sql.length(); i++) if (sql.charAt(i) == '\n') n++;
        return n;
    }
}
