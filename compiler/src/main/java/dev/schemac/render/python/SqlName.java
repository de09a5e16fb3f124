package dev.schemac.render.python;

import dev.schemac.naming.ReservedWords;

/**
 * A SQL name as generated Python hands it to SQLAlchemy. SQLAlchemy decides quoting by its own
 * word lists, which miss words the engines reserve (SQLite's {@code nothing}, PostgreSQL's
 * {@code collation}, the functions MySQL reserves under {@code IGNORE_SPACE}); so a name the
 * reserved-word table lists is passed as {@code quoted_name(..., True)}, and SQLAlchemy quotes
 * exactly what the SQL renderer quotes.
 */
public final class SqlName {
    private SqlName() {}

    /** Whether the name of a table, column, constraint or index must be passed with its quotes forced. */
    public static boolean forcesQuotes(String name) {
        return ReservedWords.isSqlReserved(name);
    }

    /** Whether a type name (a PostgreSQL enum type) must be: also where PostgreSQL reads it as a type key word. */
    public static boolean forcesQuotesAsType(String name) {
        return forcesQuotes(name) || ReservedWords.isPostgresTypeKeyword(name);
    }

    /** {@code sa.sql.quoted_name(<literal>, True)}, for a name's Python string literal. */
    public static String quoted(String pythonLiteral) {
        return "sa.sql.quoted_name(" + pythonLiteral + ", True)";
    }

    /** The Python expression for a table, column, constraint or index name. */
    public static String of(String name) {
        return forcesQuotes(name) ? quoted(Py.str(name)) : Py.str(name);
    }

    /** A Python list of names. */
    public static String list(java.util.List<String> names) {
        return "[" + String.join(", ", names.stream().map(SqlName::of).toList()) + "]";
    }
}
