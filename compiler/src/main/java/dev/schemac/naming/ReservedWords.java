package dev.schemac.naming;

import dev.schemac.model.Dialect;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers a generator cannot emit as they are: SQL reserved words per dialect, Python
 * keywords and the attribute names SQLModel, pydantic and SQLAlchemy claim on a model class,
 * and the names Prisma reserves for models and enums. The one list every generator and the
 * naming rule (SC607) read, so that what the rule warns about is exactly what the generators
 * quote or rename.
 *
 * <p>How each generator handles them, by contract: SQL targets quote a reserved table or
 * column name in the dialect's quotes; the SQLModel target renames a reserved attribute
 * with {@link #pythonSafe} and maps it to the unchanged column; the Prisma target renames a
 * reserved model or enum with {@link #prismaSafe} and maps it to the unchanged table.
 */
public final class ReservedWords {
    private ReservedWords() {}

    /**
     * SQLite keywords its parser cannot take as a plain identifier: the keyword list minus
     * those the grammar lets fall back to an identifier (ACTION, KEY, ROW, ...) and the join
     * keywords, which are accepted as names (see SQLite's parse.y, {@code %fallback ID}).
     */
    static final Set<String> SQLITE = Set.of(
            "ADD", "ALL", "ALTER", "AND", "AS", "AUTOINCREMENT", "BETWEEN", "CASE", "CHECK", "COLLATE", "COMMIT",
            "CONSTRAINT", "CREATE", "DEFAULT", "DEFERRABLE", "DELETE", "DISTINCT", "DROP", "ELSE", "ESCAPE",
            "EXCEPT", "EXISTS", "FOREIGN", "FROM", "GROUP", "HAVING", "IN", "INDEX", "INDEXED", "INSERT",
            "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "LIMIT", "NOT", "NOTHING", "NOTNULL", "NULL", "ON", "OR",
            "ORDER", "PRIMARY", "REFERENCES", "RETURNING", "ROLLBACK", "SELECT", "SET", "TABLE", "THEN", "TO",
            "TRANSACTION", "UNION", "UNIQUE", "UPDATE", "USING", "VALUES", "WHEN", "WHERE");

    /**
     * PostgreSQL's reserved key words, including those reserved except as function or type
     * names, which cannot name a table or column either (PostgreSQL documentation, appendix C).
     */
    static final Set<String> POSTGRES = Set.of(
            "ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC", "AUTHORIZATION", "BINARY",
            "BOTH", "CASE", "CAST", "CHECK", "COLLATE", "COLLATION", "COLUMN", "CONCURRENTLY", "CONSTRAINT", "CREATE",
            "CROSS", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME",
            "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END",
            "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN", "FREEZE", "FROM", "FULL", "GRANT", "GROUP", "HAVING",
            "ILIKE", "IN", "INITIALLY", "INNER", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "LATERAL", "LEADING",
            "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "NATURAL", "NOT", "NOTNULL", "NULL", "OFFSET",
            "ON", "ONLY", "OR", "ORDER", "OUTER", "OVERLAPS", "PLACING", "PRIMARY", "REFERENCES", "RETURNING",
            "RIGHT", "SELECT", "SESSION_USER", "SIMILAR", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TABLESAMPLE",
            "THEN", "TO", "TRAILING", "TRUE", "UNION", "UNIQUE", "USER", "USING", "VARIADIC", "VERBOSE", "WHEN",
            "WHERE", "WINDOW", "WITH");

    /** MySQL 8.0's reserved words (MySQL reference manual, "Keywords and Reserved Words", marked (R)). */
    static final Set<String> MYSQL = Set.of(
            "ACCESSIBLE", "ADD", "ALL", "ALTER", "ANALYZE", "AND", "AS", "ASC", "ASENSITIVE", "BEFORE", "BETWEEN",
            "BIGINT", "BINARY", "BLOB", "BOTH", "BY", "CALL", "CASCADE", "CASE", "CHANGE", "CHAR", "CHARACTER",
            "CHECK", "COLLATE", "COLUMN", "CONDITION", "CONSTRAINT", "CONTINUE", "CONVERT", "CREATE", "CROSS",
            "CUBE", "CUME_DIST", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR",
            "DATABASE", "DATABASES", "DAY_HOUR", "DAY_MICROSECOND", "DAY_MINUTE", "DAY_SECOND", "DEC", "DECIMAL",
            "DECLARE", "DEFAULT", "DELAYED", "DELETE", "DENSE_RANK", "DESC", "DESCRIBE", "DETERMINISTIC",
            "DISTINCT", "DISTINCTROW", "DIV", "DOUBLE", "DROP", "DUAL", "EACH", "ELSE", "ELSEIF", "EMPTY",
            "ENCLOSED", "ESCAPED", "EXCEPT", "EXISTS", "EXIT", "EXPLAIN", "FALSE", "FETCH", "FIRST_VALUE", "FLOAT",
            "FLOAT4", "FLOAT8", "FOR", "FORCE", "FOREIGN", "FROM", "FULLTEXT", "FUNCTION", "GENERATED", "GET",
            "GRANT", "GROUP", "GROUPING", "GROUPS", "HAVING", "HIGH_PRIORITY", "HOUR_MICROSECOND", "HOUR_MINUTE",
            "HOUR_SECOND", "IF", "IGNORE", "IN", "INDEX", "INFILE", "INNER", "INOUT", "INSENSITIVE", "INSERT", "INT",
            "INT1", "INT2", "INT3", "INT4", "INT8", "INTEGER", "INTERSECT", "INTERVAL", "INTO", "IO_AFTER_GTIDS",
            "IO_BEFORE_GTIDS", "IS", "ITERATE", "JOIN", "JSON_TABLE", "KEY", "KEYS", "KILL", "LAG", "LAST_VALUE",
            "LATERAL", "LEAD", "LEADING", "LEAVE", "LEFT", "LIKE", "LIMIT", "LINEAR", "LINES", "LOAD", "LOCALTIME",
            "LOCALTIMESTAMP", "LOCK", "LONG", "LONGBLOB", "LONGTEXT", "LOOP", "LOW_PRIORITY", "MASTER_BIND",
            "MASTER_SSL_VERIFY_SERVER_CERT", "MATCH", "MAXVALUE", "MEDIUMBLOB", "MEDIUMINT", "MEDIUMTEXT",
            "MIDDLEINT", "MINUTE_MICROSECOND", "MINUTE_SECOND", "MOD", "MODIFIES", "NATURAL", "NOT",
            "NO_WRITE_TO_BINLOG", "NTH_VALUE", "NTILE", "NULL", "NUMERIC", "OF", "ON", "OPTIMIZE",
            "OPTIMIZER_COSTS", "OPTION", "OPTIONALLY", "OR", "ORDER", "OUT", "OUTER", "OUTFILE", "OVER",
            "PARTITION", "PERCENT_RANK", "PRECISION", "PRIMARY", "PROCEDURE", "PURGE", "RANGE", "RANK", "READ",
            "READS", "READ_WRITE", "REAL", "RECURSIVE", "REFERENCES", "REGEXP", "RELEASE", "RENAME", "REPEAT",
            "REPLACE", "REQUIRE", "RESIGNAL", "RESTRICT", "RETURN", "REVOKE", "RIGHT", "RLIKE", "ROW", "ROWS",
            "ROW_NUMBER", "SCHEMA", "SCHEMAS", "SECOND_MICROSECOND", "SELECT", "SENSITIVE", "SEPARATOR", "SET",
            "SHOW", "SIGNAL", "SMALLINT", "SPATIAL", "SPECIFIC", "SQL", "SQLEXCEPTION", "SQLSTATE", "SQLWARNING",
            "SQL_BIG_RESULT", "SQL_CALC_FOUND_ROWS", "SQL_SMALL_RESULT", "SSL", "STARTING", "STORED",
            "STRAIGHT_JOIN", "SYSTEM", "TABLE", "TERMINATED", "THEN", "TINYBLOB", "TINYINT", "TINYTEXT", "TO",
            "TRAILING", "TRIGGER", "TRUE", "UNDO", "UNION", "UNIQUE", "UNLOCK", "UNSIGNED", "UPDATE", "USAGE", "USE",
            "USING", "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP", "VALUES", "VARBINARY", "VARCHAR", "VARCHARACTER",
            "VARYING", "VIRTUAL", "WHEN", "WHERE", "WHILE", "WINDOW", "WITH", "WRITE", "XOR", "YEAR_MONTH",
            "ZEROFILL");

    /** Python's hard keywords ({@code keyword.kwlist}); soft keywords such as {@code match} are valid names. */
    static final Set<String> PYTHON_KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /**
     * Attribute names a SQLModel table class cannot use for a column: SQLAlchemy's declarative
     * attributes, pydantic's BaseModel API (a field of that name shadows it and pydantic
     * refuses or warns), and SQLModel's own.
     */
    static final Set<String> PYTHON_ATTRIBUTES = Set.of(
            "metadata", "registry", "__tablename__", "__table__", "__table_args__", "__mapper__", "__mapper_args__",
            "model_config", "model_fields", "model_computed_fields", "model_extra", "model_fields_set",
            "model_construct", "model_copy", "model_dump", "model_dump_json", "model_json_schema",
            "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate", "model_validate_json",
            "model_validate_strings", "construct", "copy", "dict", "json", "from_orm", "parse_file", "parse_obj",
            "parse_raw", "schema", "schema_json", "update_forward_refs", "validate", "sqlmodel_update");

    /**
     * Names Prisma rejects for a model or enum: the client's own {@code PrismaClient} and
     * {@code Prisma}, the scalar type names, and JavaScript's reserved words (Prisma's
     * {@code reserved_model_names}).
     */
    static final Set<String> PRISMA = Set.of(
            "PrismaClient", "Prisma", "String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json",
            "Bytes", "Unsupported", "async", "await", "break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null",
            "package", "private", "protected", "public", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "yield");

    /** Reserved as a table or column name in the dialect (case-insensitive, as SQL is). */
    public static boolean isSqlReserved(String identifier, Dialect dialect) {
        String upper = identifier.toUpperCase(Locale.ROOT);
        return switch (dialect) {
            case SQLITE -> SQLITE.contains(upper);
            case POSTGRES -> POSTGRES.contains(upper);
            case MYSQL -> MYSQL.contains(upper);
        };
    }

    /** Reserved in at least one of the SQL dialects schemac renders. */
    public static boolean isSqlReserved(String identifier) {
        return !sqlDialectsReserving(identifier).isEmpty();
    }

    /** The dialects in which the identifier is reserved, in dialect order. */
    public static Set<Dialect> sqlDialectsReserving(String identifier) {
        var out = EnumSet.noneOf(Dialect.class);
        for (Dialect d : Dialect.values()) if (isSqlReserved(identifier, d)) out.add(d);
        return out;
    }

    /** A Python keyword, or an attribute name a SQLModel table class cannot give a column. */
    public static boolean isPythonReserved(String identifier) {
        return isPythonKeyword(identifier) || PYTHON_ATTRIBUTES.contains(identifier);
    }

    /** A Python keyword: cannot name a class or an attribute at all. */
    public static boolean isPythonKeyword(String identifier) {
        return PYTHON_KEYWORDS.contains(identifier);
    }

    /** A name Prisma rejects for a model or enum (case-sensitive, as Prisma is). */
    public static boolean isPrismaReserved(String identifier) {
        return PRISMA.contains(identifier);
    }

    /** The Python attribute or class name generators use instead of a reserved one: {@code class} → {@code class_}. */
    public static String pythonSafe(String identifier) {
        return isPythonReserved(identifier) ? identifier + "_" : identifier;
    }

    /**
     * The Prisma model or enum name generators use instead of a reserved one, as Prisma's own
     * introspection does: {@code Prisma} → {@code RenamedPrisma}.
     */
    public static String prismaSafe(String identifier) {
        return isPrismaReserved(identifier) ? "Renamed" + identifier : identifier;
    }
}
