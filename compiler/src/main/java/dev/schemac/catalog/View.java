package dev.schemac.catalog;

import dev.schemac.model.Dialect;
import dev.schemac.sqltext.SqlLexer;
import dev.schemac.sqltext.SqlLexer.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A view of a database adopted with {@code migrate --from-url}, as the statement that makes it
 * on the engine it was read from ({@code dialect}): SQLite's own {@code CREATE VIEW} text,
 * PostgreSQL's definition, MySQL's and MariaDB's. A model has no views; the history carries
 * them so that a migration that rebuilds or retypes what a view reads drops it first and makes
 * it again after, and so that a database built from the history has them. Its SQL names tables
 * and columns as the database had them when it was adopted.
 */
public record View(Dialect dialect, String name, String sql) {
    public View {
        sql = sql.strip();
        while (sql.endsWith(";")) sql = sql.substring(0, sql.length() - 1).stripTrailing();
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
     * Whether its SQL uses {@code column} where SQLite, PostgreSQL or MySQL may read it as a
     * column ({@link KeptSql#isColumnName}: not a function it calls, a collation, or the alias
     * after {@code AS}). Also true when the SQL cannot be read.
     */
    public boolean namesColumn(String column) {
        List<Token> code = code();
        if (code == null) return true;
        for (int i = 0; i < code.size(); i++) {
            if (KeptSql.isColumnName(code, i) && code.get(i).text().equalsIgnoreCase(column)) return true;
        }
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
            View next = left.stream().filter(v -> left.stream().noneMatch(o -> o != v && v.names(o.name()))).findFirst()
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
                if (!out.contains(v) && out.stream().anyMatch(o -> v.names(o.name()))) grew = out.add(v);
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
