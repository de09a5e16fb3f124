package dev.schemac.catalog;

import dev.schemac.model.Dialect;
import dev.schemac.sqltext.SqlLexer;
import dev.schemac.sqltext.SqlLexer.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A view of a database adopted with {@code migrate --from-url}, as the statement that makes it
 * on the engine it was read from ({@code dialect}): SQLite's own {@code CREATE VIEW} text,
 * PostgreSQL's definition, MySQL's and MariaDB's. A model has no views; the history carries
 * them so that a migration that rebuilds or retypes what a view reads drops it first and makes
 * it again after, and so that a database built from the history has them. Its SQL names tables
 * and columns as the database had them when it was adopted.
 */
public record View(Dialect dialect, String name, String sql, Map<String, List<String>> reads) {
    /**
     * {@code reads}: the tables and views it reads, each with the columns it reads of them, and the
     * functions it calls (as {@code name()}, without columns), as the engine resolved them when the
     * database was read (PostgreSQL's {@code pg_depend}); null where the engine keeps no such
     * record, and then {@link #readsColumn} reasons from the SQL.
     */
    public View {
        sql = sql.strip();
        while (sql.endsWith(";")) sql = sql.substring(0, sql.length() - 1).stripTrailing();
        if (reads != null) {
            var sorted = new TreeMap<String, List<String>>();
            reads.forEach((t, cs) -> sorted.put(t, cs.stream().distinct().sorted().toList()));
            reads = Collections.unmodifiableMap(sorted);
        }
    }

    public View(Dialect dialect, String name, String sql) {
        this(dialect, name, sql, null);
    }

    /**
     * Whether it reads table (or view) {@code table}: as the engine recorded it, else whether its
     * SQL names it ({@link #names}).
     */
    public boolean reads(String table) {
        if (reads == null) return names(table);
        return reads.keySet().stream().anyMatch(table::equalsIgnoreCase);
    }

    /**
     * Whether it reads column {@code column} of {@code table}. As the engine recorded it when it
     * has; else from the SQL: not when it reads no such table ({@link #names}); a column
     * qualified by the table's name or an alias of it counts (an alias a subquery gives another
     * table too stands for both), one qualified by another table or alias only of other tables
     * does not, and an unqualified one, or one qualified by a
     * subquery's or CTE's name, counts as the table may be meant. MySQL and MariaDB qualify every
     * column of a view's text with its table or alias, so there the SQL says exactly which; SQLite
     * keeps the text as it was written. Also true when the SQL cannot be read.
     */
    public boolean readsColumn(String table, String column) {
        if (reads != null) {
            return reads.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase(table)
                    && e.getValue().stream().anyMatch(column::equalsIgnoreCase));
        }
        List<Token> code = code();
        if (code == null) return true;
        if (!names(table)) return false;
        int body = body(code);
        // Which tables each name in the FROM clauses stands for: a table's own name, or an alias after it. An alias
        // may name another table in a subquery, so a name stands for every table it names anywhere in the view.
        var of = new HashMap<String, Set<String>>();
        for (FromItem f : fromItems(code)) {
            of.computeIfAbsent(key(f.name()), k -> new HashSet<>()).add(key(f.name()));
            if (f.alias() != null) of.computeIfAbsent(key(f.alias()), k -> new HashSet<>()).add(key(f.name()));
        }
        for (int i = body; i < code.size(); i++) {
            if (!KeptSql.isColumnName(code, i) || !code.get(i).text().equalsIgnoreCase(column)) continue;
            if (i + 1 < code.size() && code.get(i + 1).is(".")) continue; // a qualifier, not a column
            if (i >= 2 && code.get(i - 1).is(".") && code.get(i - 2).isName()) {
                // Qualified by a name the FROM clauses do not give (a subquery's, a CTE's, schema.table's): it may be meant.
                Set<String> tables = of.get(key(code.get(i - 2).text()));
                if (tables != null && !tables.contains(key(table))) continue; // only other tables' column
            }
            return true;
        }
        return false;
    }

    /**
     * What it reads that {@code c} does not have, so that a database built from a history with
     * {@code c} fails its {@code CREATE VIEW}: a table or view (as the engine recorded it, else
     * as its FROM clauses name it, comma lists and joins alike: a common table expression or a
     * table-valued function is none), a table qualified by another schema than {@code schema},
     * the adopted one, (as {@code schema.table}: MySQL and MariaDB keep other databases' tables
     * qualified and their own bare, SQLite keeps what was written, such as {@code main.t}), and a
     * function it calls that is not the engine's own (only where the engine recorded it:
     * PostgreSQL).
     */
    public List<String> readsOutside(Catalog c, String schema) {
        var has = new java.util.HashSet<String>();
        c.tables().forEach(t -> has.add(key(t.name())));
        c.views().forEach(v -> has.add(key(v.name())));
        var out = new java.util.TreeSet<String>();
        if (reads != null) {
            for (String r : reads.keySet()) if (r.endsWith("()") || !has.contains(key(r))) out.add(r);
            return List.copyOf(out);
        }
        List<Token> code = code();
        if (code == null) return List.of();
        var ctes = new java.util.HashSet<String>();
        for (int i = 0; i + 2 < code.size(); i++) {
            if (code.get(i).isName() && code.get(i + 1).is("AS") && code.get(i + 2).is("(")) ctes.add(key(code.get(i).text()));
        }
        for (FromItem f : fromItems(code)) {
            if (f.schema() != null && (schema == null || !f.schema().equalsIgnoreCase(schema))) out.add(f.schema() + "." + f.name());
            else if (!(f.schema() == null && ctes.contains(key(f.name()))) && !has.contains(key(f.name()))) out.add(f.name());
        }
        return List.copyOf(out);
    }

    /** A table or view a FROM clause names: its schema as written (null without), its name, its alias (null without). */
    private record FromItem(String schema, String name, String alias) {}

    /**
     * The tables and views the query's FROM clauses name: after FROM, after a JOIN, after a comma
     * between FROM and the clause's end (WHERE, GROUP BY, ...), at any depth of parentheses, but not
     * a subquery, a function (a table-valued one) or the FROM inside a call such as
     * {@code EXTRACT(YEAR FROM d)}, whose parentheses hold no SELECT before it.
     */
    private static List<FromItem> fromItems(List<Token> code) {
        var items = new ArrayList<FromItem>();
        var selects = new java.util.BitSet(); // depths whose parentheses have a SELECT so far
        var froms = new java.util.BitSet(); // depths in a FROM clause
        int depth = 0;
        boolean item = false; // whether the token is where a FROM clause names what it reads
        for (int i = body(code); i < code.size(); i++) {
            Token t = code.get(i);
            boolean next = false;
            if (t.is("(")) {
                depth++;
                selects.clear(depth);
                froms.set(depth, item); // a parenthesized join: its commas list tables too
                next = item;
            } else if (t.is(")")) {
                selects.clear(depth);
                froms.clear(depth);
                depth = Math.max(0, depth - 1);
            } else if (t.is("SELECT")) {
                selects.set(depth);
                froms.clear(depth);
            } else if (t.is("FROM")) {
                froms.set(depth, selects.get(depth));
                next = selects.get(depth);
            } else if (t.is("JOIN") || t.is("STRAIGHT_JOIN")) {
                next = true;
            } else if (t.is(",")) {
                next = froms.get(depth);
            } else if (t.kind() == SqlLexer.Kind.WORD && FROM_ENDS.contains(t.upper())) {
                froms.clear(depth);
            } else if (item && t.is("LATERAL")) {
                next = true;
            } else if (item && t.isName() && !(t.kind() == SqlLexer.Kind.WORD && (t.is("VALUES") || t.is("WITH")))) {
                String schema = null;
                int k = i + 1;
                Token name = t;
                if (k + 1 < code.size() && code.get(k).is(".") && code.get(k + 1).isName()) {
                    schema = t.text();
                    name = code.get(k + 1);
                    k += 2;
                }
                if (k < code.size() && code.get(k).is("(")) {
                    item = false; // a function, not a table
                    continue;
                }
                if (k < code.size() && code.get(k).is("AS")) k++;
                String alias = null;
                if (k < code.size() && code.get(k).isName() && (code.get(k).kind() == SqlLexer.Kind.QUOTED
                        || !NOT_ALIASES.contains(code.get(k).upper()))) {
                    alias = code.get(k).text();
                }
                items.add(new FromItem(schema, name.text(), alias));
            }
            item = next;
        }
        return List.copyOf(items);
    }

    /** Words that end a FROM clause at their depth. */
    private static final Set<String> FROM_ENDS = Set.of("WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "UNION", "EXCEPT",
            "INTERSECT", "WINDOW", "FETCH", "QUALIFY", "RETURNING");

    /** Words a table's name can be followed by that are not its alias. */
    private static final Set<String> NOT_ALIASES = Set.of("WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "NATURAL",
            "OUTER", "ON", "USING", "GROUP", "ORDER", "HAVING", "LIMIT", "OFFSET", "UNION", "EXCEPT", "INTERSECT", "WINDOW",
            "FETCH", "FOR", "WITH", "STRAIGHT_JOIN", "LATERAL", "INDEXED", "NOT", "FORCE", "IGNORE", "USE", "PARTITION", "TABLESAMPLE",
            "FROM", "AND", "OR", "SELECT", "VALUES");

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** Where the query starts: after the first AS outside parentheses (CREATE VIEW name [(columns)] [WITH (...)] AS). */
    private static int body(List<Token> code) {
        int depth = 0;
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).is("(")) depth++;
            else if (code.get(i).is(")")) depth--;
            else if (depth == 0 && code.get(i).is("AS")) return i + 1;
        }
        return 0;
    }

    /**
     * Whether its SQL uses {@code name} as a name (a table's or another view's, bare or quoted,
     * any case, as the engines compare unquoted names; not in a string literal or comment). Also
     * true when the SQL cannot be read: then it may.
     */
    public boolean names(String name) {
        List<Token> code = code();
        if (code == null) return true;
        for (Token t : code) if (t.isName() && t.text().equalsIgnoreCase(name)) return true;
        return false;
    }

    /**
     * The statement that makes it: its SQL and a {@code ;}, on a line of its own when the SQL ends
     * in a {@code --} comment (SQLite keeps a view's text up to such a comment's end), which would
     * take the {@code ;} in.
     */
    public String statement() {
        List<Token> tokens;
        try {
            tokens = SqlLexer.tokens(sql, dialect == Dialect.MYSQL);
        } catch (IllegalArgumentException e) {
            return sql + ";";
        }
        boolean comment = !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == SqlLexer.Kind.COMMENT;
        return sql + (comment ? "\n;" : ";");
    }

    /**
     * {@code views} with each after the views it reads (a view over a view), in their order
     * otherwise; views in a cycle (which no engine makes) keep their order.
     */
    public static List<View> inDependencyOrder(List<View> views) {
        var placed = new LinkedHashSet<View>();
        var left = new ArrayList<>(views);
        while (!left.isEmpty()) {
            View next = left.stream().filter(v -> left.stream().noneMatch(o -> o != v && v.reads(o.name()))).findFirst()
                    .orElse(left.get(0));
            placed.add(next);
            left.remove(next);
        }
        return List.copyOf(placed);
    }

    /**
     * The views of {@code all} that read one of {@code starts} (views themselves) or a view so
     * found, with {@code starts}: what must be dropped before any of {@code starts} is, in
     * dependency order.
     */
    public static List<View> withDependents(List<View> starts, List<View> all) {
        Set<View> out = new LinkedHashSet<>(starts);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View v : all) {
                if (!out.contains(v) && out.stream().anyMatch(o -> v.reads(o.name()))) grew = out.add(v);
            }
        }
        return inDependencyOrder(all.stream().filter(out::contains).toList());
    }

    private List<Token> code() {
        try {
            return SqlLexer.code(sql, dialect == Dialect.MYSQL);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
