package dev.schemac.naming;

import dev.schemac.model.Dialect;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every name a target cannot write as it is: the reserved words of each output language and
 * the names a generated file declares itself. The one table the renderers read (SQL quotes
 * what it lists; Python, Prisma and Java rename it, spelled in {@link TargetNames}) and the
 * naming rule SC607 reports from, so what the rule says a target does is what it does.
 *
 * <p>Each list is checked against the real thing by the tests (ReservedWordsOnEnginesTest,
 * ReservedWordsInToolsTest): the SQL lists against the words each engine refuses as a table
 * or column name, the Python lists against the interpreter and SQLModel, the Prisma list
 * against Prisma's validator, the Java list against javac.
 */
public final class ReservedWords {
    private ReservedWords() {}

    // ---------------------------------------------------------------- SQL (upper case: SQL ignores case)

    /**
     * The keywords SQLite 3.40 (the sqlite3 shell the scripts are run with) refuses as a table,
     * column, constraint or index name. The other keywords fall back to plain names in its
     * grammar; {@code IF} only as a table or index name ({@code CREATE TABLE if} reads as the
     * start of {@code IF NOT EXISTS}).
     */
    static final Set<String> SQLITE_NAMES = Set.of(
            "ADD", "ALL", "ALTER", "AND", "AS", "AUTOINCREMENT", "BETWEEN", "CASE", "CHECK", "COLLATE", "COMMIT",
            "CONSTRAINT", "CREATE", "DEFAULT", "DEFERRABLE", "DELETE", "DISTINCT", "DROP", "ELSE", "ESCAPE",
            "EXCEPT", "EXISTS", "FOREIGN", "FROM", "GROUP", "HAVING", "IF", "IN", "INDEX", "INSERT", "INTERSECT",
            "INTO", "IS", "ISNULL", "JOIN", "LIMIT", "NOT", "NOTHING", "NOTNULL", "NULL", "ON", "OR", "ORDER",
            "PRIMARY", "REFERENCES", "RETURNING", "SELECT", "SET", "TABLE", "THEN", "TO", "TRANSACTION", "UNION",
            "UNIQUE", "UPDATE", "USING", "VALUES", "WHEN", "WHERE");

    /**
     * The keywords SQLite reads as their own syntax where a column is named in an expression (a
     * CHECK, an index): {@code raise} and {@code cast} are refused there, {@code current_date} is
     * taken for the current date.
     */
    static final Set<String> SQLITE_EXPRESSIONS = Set.of("CAST", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "RAISE");

    static final Set<String> SQLITE = union(SQLITE_NAMES, SQLITE_EXPRESSIONS);

    /**
     * PostgreSQL 15's reserved key words, those reserved outright and those that may name only
     * a function or type ({@code pg_get_keywords()} categories R and T): neither can name a table,
     * column, constraint or index.
     */
    static final Set<String> POSTGRES = Set.of(
            "ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC", "AUTHORIZATION", "BINARY",
            "BOTH", "CASE", "CAST", "CHECK", "COLLATE", "COLLATION", "COLUMN", "CONCURRENTLY", "CONSTRAINT",
            "CREATE", "CROSS", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME",
            "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END",
            "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN", "FREEZE", "FROM", "FULL", "GRANT", "GROUP", "HAVING",
            "ILIKE", "IN", "INITIALLY", "INNER", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "LATERAL", "LEADING",
            "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "NATURAL", "NOT", "NOTNULL", "NULL", "OFFSET",
            "ON", "ONLY", "OR", "ORDER", "OUTER", "OVERLAPS", "PLACING", "PRIMARY", "REFERENCES", "RETURNING",
            "RIGHT", "SELECT", "SESSION_USER", "SIMILAR", "SOME", "SYMMETRIC", "TABLE", "TABLESAMPLE", "THEN", "TO",
            "TRAILING", "TRUE", "UNION", "UNIQUE", "USER", "USING", "VARIADIC", "VERBOSE", "WHEN", "WHERE", "WINDOW",
            "WITH");

    /**
     * The key words PostgreSQL 15 cannot take as a type name where a column declares its type
     * (categories R and C: a {@code CREATE TYPE none} is fine, {@code c none} a syntax error).
     */
    static final Set<String> POSTGRES_TYPE = Set.of(
            "ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC", "BETWEEN", "BIGINT",
            "BIT", "BOOLEAN", "BOTH", "CASE", "CAST", "CHAR", "CHARACTER", "CHECK", "COALESCE", "COLLATE", "COLUMN",
            "CONSTRAINT", "CREATE", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_TIME",
            "CURRENT_TIMESTAMP", "CURRENT_USER", "DEC", "DECIMAL", "DEFAULT", "DEFERRABLE", "DESC", "DISTINCT", "DO",
            "ELSE", "END", "EXCEPT", "EXISTS", "EXTRACT", "FALSE", "FETCH", "FLOAT", "FOR", "FOREIGN", "FROM",
            "GRANT", "GREATEST", "GROUP", "GROUPING", "HAVING", "IN", "INITIALLY", "INOUT", "INT", "INTEGER",
            "INTERSECT", "INTERVAL", "INTO", "LATERAL", "LEADING", "LEAST", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP",
            "NATIONAL", "NCHAR", "NONE", "NORMALIZE", "NOT", "NULL", "NULLIF", "NUMERIC", "OFFSET", "ON", "ONLY",
            "OR", "ORDER", "OUT", "OVERLAY", "PLACING", "POSITION", "PRECISION", "PRIMARY", "REAL", "REFERENCES",
            "RETURNING", "ROW", "SELECT", "SESSION_USER", "SETOF", "SMALLINT", "SOME", "SUBSTRING", "SYMMETRIC",
            "TABLE", "THEN", "TIME", "TIMESTAMP", "TO", "TRAILING", "TREAT", "TRIM", "TRUE", "UNION", "UNIQUE",
            "USER", "USING", "VALUES", "VARCHAR", "VARIADIC", "WHEN", "WHERE", "WINDOW", "WITH", "XMLATTRIBUTES",
            "XMLCONCAT", "XMLELEMENT", "XMLEXISTS", "XMLFOREST", "XMLNAMESPACES", "XMLPARSE", "XMLPI", "XMLROOT",
            "XMLSERIALIZE", "XMLTABLE");

    /**
     * PL/pgSQL's reserved words that SQL does not reserve: a column named so cannot be written
     * unquoted in a trigger function's body ({@code NEW.begin}), where the @updated triggers name
     * their columns.
     */
    static final Set<String> POSTGRES_PLPGSQL = Set.of(
            "BEGIN", "BY", "DECLARE", "EXECUTE", "FOREACH", "IF", "LOOP", "STRICT", "WHILE");

    /**
     * PostgreSQL 15's own type names ({@code pg_catalog}, array types aside), which a type of the
     * same name in the schema cannot shadow: a column declared {@code c trigger} gets the
     * pseudo-type. Every name beginning {@code pg_} is one of them too.
     */
    static final Set<String> POSTGRES_CATALOG_TYPES = Set.of(
            "aclitem", "any", "anyarray", "anycompatible", "anycompatiblearray", "anycompatiblemultirange",
            "anycompatiblenonarray", "anycompatiblerange", "anyelement", "anyenum", "anymultirange", "anynonarray",
            "anyrange", "bit", "bool", "box", "bpchar", "bytea", "char", "cid", "cidr", "circle", "cstring", "date",
            "datemultirange", "daterange", "event_trigger", "fdw_handler", "float4", "float8", "gtsvector",
            "index_am_handler", "inet", "int2", "int2vector", "int4", "int4multirange", "int4range", "int8",
            "int8multirange", "int8range", "internal", "interval", "json", "jsonb", "jsonpath", "language_handler",
            "line", "lseg", "macaddr", "macaddr8", "money", "name", "numeric", "nummultirange", "numrange", "oid",
            "oidvector", "path", "point", "polygon", "record", "refcursor", "regclass", "regcollation", "regconfig",
            "regdictionary", "regnamespace", "regoper", "regoperator", "regproc", "regprocedure", "regrole",
            "regtype", "table_am_handler", "text", "tid", "time", "timestamp", "timestamptz", "timetz", "trigger",
            "tsm_handler", "tsmultirange", "tsquery", "tsrange", "tstzmultirange", "tstzrange", "tsvector",
            "txid_snapshot", "unknown", "uuid", "varbit", "varchar", "void", "xid", "xid8", "xml");

    /**
     * Type names PostgreSQL's grammar turns into a catalog type, so an enum type of that name is
     * not the one a column gets ({@code int}; {@code serial} also creates a sequence), and those
     * SQLAlchemy's PostgreSQL dialect, which the SQLModel and Alembic targets write through,
     * refuses for an enum as its own ({@code float}, {@code hstore}, {@code citext}).
     */
    static final Set<String> POSTGRES_TYPE_ALIASES = Set.of(
            "_array", "bigint", "bigserial", "boolean", "character", "citext", "decimal", "float", "hstore", "int",
            "integer", "real", "serial", "serial2", "serial4", "serial8", "smallint", "smallserial");

    /** MySQL 8.0.15's reserved words ({@code INFORMATION_SCHEMA.KEYWORDS} with {@code RESERVED = 1}). */
    static final Set<String> MYSQL_8 = Set.of(
            "ACCESSIBLE", "ADD", "ALL", "ALTER", "ANALYZE", "AND", "AS", "ASC", "ASENSITIVE", "BEFORE", "BETWEEN",
            "BIGINT", "BINARY", "BLOB", "BOTH", "BY", "CALL", "CASCADE", "CASE", "CHANGE", "CHAR", "CHARACTER",
            "CHECK", "COLLATE", "COLUMN", "CONDITION", "CONSTRAINT", "CONTINUE", "CONVERT", "CREATE", "CROSS",
            "CUBE", "CUME_DIST", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR",
            "DATABASE", "DATABASES", "DAY_HOUR", "DAY_MICROSECOND", "DAY_MINUTE", "DAY_SECOND", "DEC", "DECIMAL",
            "DECLARE", "DEFAULT", "DELAYED", "DELETE", "DENSE_RANK", "DESC", "DESCRIBE", "DETERMINISTIC", "DISTINCT",
            "DISTINCTROW", "DIV", "DOUBLE", "DROP", "DUAL", "EACH", "ELSE", "ELSEIF", "EMPTY", "ENCLOSED", "ESCAPED",
            "EXCEPT", "EXISTS", "EXIT", "EXPLAIN", "FALSE", "FETCH", "FIRST_VALUE", "FLOAT", "FLOAT4", "FLOAT8",
            "FOR", "FORCE", "FOREIGN", "FROM", "FULLTEXT", "FUNCTION", "GENERATED", "GET", "GRANT", "GROUP",
            "GROUPING", "GROUPS", "HAVING", "HIGH_PRIORITY", "HOUR_MICROSECOND", "HOUR_MINUTE", "HOUR_SECOND", "IF",
            "IGNORE", "IN", "INDEX", "INFILE", "INNER", "INOUT", "INSENSITIVE", "INSERT", "INT", "INT1", "INT2",
            "INT3", "INT4", "INT8", "INTEGER", "INTERVAL", "INTO", "IO_AFTER_GTIDS", "IO_BEFORE_GTIDS", "IS",
            "ITERATE", "JOIN", "JSON_TABLE", "KEY", "KEYS", "KILL", "LAG", "LAST_VALUE", "LATERAL", "LEAD",
            "LEADING", "LEAVE", "LEFT", "LIKE", "LIMIT", "LINEAR", "LINES", "LOAD", "LOCALTIME", "LOCALTIMESTAMP",
            "LOCK", "LONG", "LONGBLOB", "LONGTEXT", "LOOP", "LOW_PRIORITY", "MASTER_BIND",
            "MASTER_SSL_VERIFY_SERVER_CERT", "MATCH", "MAXVALUE", "MEDIUMBLOB", "MEDIUMINT", "MEDIUMTEXT",
            "MIDDLEINT", "MINUTE_MICROSECOND", "MINUTE_SECOND", "MOD", "MODIFIES", "NATURAL", "NOT",
            "NO_WRITE_TO_BINLOG", "NTH_VALUE", "NTILE", "NULL", "NUMERIC", "OF", "ON", "OPTIMIZE", "OPTIMIZER_COSTS",
            "OPTION", "OPTIONALLY", "OR", "ORDER", "OUT", "OUTER", "OUTFILE", "OVER", "PARTITION", "PERCENT_RANK",
            "PERSIST", "PERSIST_ONLY", "PRECISION", "PRIMARY", "PROCEDURE", "PURGE", "RANGE", "RANK", "READ",
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

    /**
     * The words MariaDB 10.11 refuses as a table or column name (it has no reserved flag to read),
     * and {@code VALUE}, which it reads as {@code VALUES} after {@code INSERT INTO}.
     */
    static final Set<String> MARIADB = Set.of("VALUE",
            "ACCESSIBLE", "ADD", "ALL", "ALTER", "ANALYZE", "AND", "AS", "ASC", "ASENSITIVE", "BEFORE", "BETWEEN",
            "BIGINT", "BINARY", "BLOB", "BOTH", "BY", "CALL", "CASCADE", "CASE", "CHANGE", "CHAR", "CHARACTER",
            "CHECK", "COLLATE", "COLUMN", "CONDITION", "CONSTRAINT", "CONTINUE", "CONVERT", "CREATE", "CROSS",
            "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR",
            "DATABASES", "DAY_HOUR", "DAY_MICROSECOND", "DAY_MINUTE", "DAY_SECOND", "DEC", "DECIMAL", "DECLARE",
            "DEFAULT", "DELAYED", "DELETE", "DELETE_DOMAIN_ID", "DESC", "DESCRIBE", "DETERMINISTIC", "DISTINCT",
            "DISTINCTROW", "DIV", "DOUBLE", "DO_DOMAIN_IDS", "DROP", "DUAL", "EACH", "ELSE", "ELSEIF", "ENCLOSED",
            "ESCAPED", "EXCEPT", "EXISTS", "EXIT", "EXPLAIN", "FALSE", "FETCH", "FLOAT", "FLOAT4", "FLOAT8", "FOR",
            "FORCE", "FOREIGN", "FROM", "FULLTEXT", "GRANT", "GROUP", "HAVING", "HIGH_PRIORITY", "HOUR_MICROSECOND",
            "HOUR_MINUTE", "HOUR_SECOND", "IF", "IGNORE", "IGNORE_DOMAIN_IDS", "IN", "INDEX", "INFILE", "INNER",
            "INOUT", "INSENSITIVE", "INSERT", "INT", "INT1", "INT2", "INT3", "INT4", "INT8", "INTEGER", "INTERSECT",
            "INTERVAL", "INTO", "IS", "ITERATE", "JOIN", "KEY", "KEYS", "KILL", "LEADING", "LEAVE", "LEFT", "LIKE",
            "LIMIT", "LINEAR", "LINES", "LOAD", "LOCALTIME", "LOCALTIMESTAMP", "LOCK", "LONG", "LONGBLOB",
            "LONGTEXT", "LOOP", "LOW_PRIORITY", "MASTER_DEMOTE_TO_REPLICA", "MASTER_DEMOTE_TO_SLAVE",
            "MASTER_SSL_VERIFY_SERVER_CERT", "MATCH", "MAXVALUE", "MEDIUMBLOB", "MEDIUMINT", "MEDIUMTEXT",
            "MIDDLEINT", "MINUTE_MICROSECOND", "MINUTE_SECOND", "MOD", "MODIFIES", "NATURAL", "NOT",
            "NO_WRITE_TO_BINLOG", "NULL", "NUMERIC", "OFFSET", "ON", "OPTIMIZE", "OPTIONALLY", "OR", "ORDER", "OUT",
            "OUTER", "OUTFILE", "OVER", "PAGE_CHECKSUM", "PARSE_VCOL_EXPR", "PARTITION", "PORTION", "PRECISION",
            "PRIMARY", "PROCEDURE", "PURGE", "RANGE", "READ", "READS", "READ_WRITE", "REAL", "RECURSIVE",
            "REFERENCES", "REF_SYSTEM_ID", "REGEXP", "RELEASE", "RENAME", "REPEAT", "REPLACE", "REQUIRE", "RESIGNAL",
            "RESTRICT", "RETURN", "RETURNING", "REVOKE", "RIGHT", "RLIKE", "ROWS", "ROW_NUMBER", "SCHEMAS",
            "SECOND_MICROSECOND", "SELECT", "SENSITIVE", "SEPARATOR", "SET", "SHOW", "SIGNAL", "SMALLINT", "SPATIAL",
            "SPECIFIC", "SQL", "SQLEXCEPTION", "SQLSTATE", "SQLWARNING", "SQL_BIG_RESULT", "SQL_CALC_FOUND_ROWS",
            "SQL_SMALL_RESULT", "SSL", "STARTING", "STATS_AUTO_RECALC", "STATS_PERSISTENT", "STATS_SAMPLE_PAGES",
            "STRAIGHT_JOIN", "TABLE", "TERMINATED", "THEN", "TINYBLOB", "TINYINT", "TINYTEXT", "TO", "TRAILING",
            "TRIGGER", "TRUE", "UNDO", "UNION", "UNIQUE", "UNLOCK", "UNSIGNED", "UPDATE", "USAGE", "USE", "USING",
            "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP", "VALUES", "VARBINARY", "VARCHAR", "VARCHARACTER", "VARYING",
            "WHEN", "WHERE", "WHILE", "WITH", "WRITE", "XOR", "YEAR_MONTH", "ZEROFILL");

    /**
     * Reserved by MySQL releases after 8.0.15, which the scripts also target: {@code ARRAY} and
     * {@code MEMBER} in 8.0.17 and 8.0.18, {@code INTERSECT} since 8.0.31, {@code MANUAL},
     * {@code PARALLEL}, {@code QUALIFY} and {@code TABLESAMPLE} since 8.4.
     */
    static final Set<String> MYSQL_LATER = Set.of(
            "ARRAY", "INTERSECT", "MANUAL", "MEMBER", "PARALLEL", "QUALIFY", "TABLESAMPLE");

    /**
     * Built-in function names that MySQL 8.0 and MariaDB 10.11 reserve under {@code IGNORE_SPACE}
     * (part of {@code ANSI} mode, and set by MariaDB's JDBC driver): a table or index name followed
     * by {@code (} is then read as a call ({@code CREATE TABLE count (}).
     */
    static final Set<String> MYSQL_FUNCTIONS = Set.of(
            "BIT_AND", "BIT_OR", "BIT_XOR", "CAST", "COUNT", "CUME_DIST", "CURDATE", "CURTIME", "DATE_ADD",
            "DATE_SUB", "DENSE_RANK", "EXTRACT", "FIRST_VALUE", "GROUP_CONCAT", "JSON_ARRAYAGG", "JSON_OBJECTAGG",
            "LAG", "LEAD", "MAX", "MEDIAN", "MID", "MIN", "NOW", "NTH_VALUE", "NTILE", "PERCENTILE_CONT",
            "PERCENTILE_DISC", "PERCENT_RANK", "POSITION", "RANK", "STD", "STDDEV", "STDDEV_POP", "STDDEV_SAMP",
            "SUBSTR", "SUBSTRING", "SUM", "SYSDATE", "TRIM", "VARIANCE", "VAR_POP", "VAR_SAMP");

    /** The {@code mysql} dialect's scripts run on MySQL 8 and MariaDB alike, in any SQL mode. */
    static final Set<String> MYSQL = union(MYSQL_8, MARIADB, MYSQL_LATER, MYSQL_FUNCTIONS);

    /**
     * The words of {@link #MYSQL} that both servers take unquoted as a column name, in any SQL mode:
     * a function name is read as a call only when {@code (} follows it, as after a table name in
     * {@code CREATE TABLE count (} or {@code INSERT INTO sum (}, never after a column name; and
     * MariaDB reads {@code VALUE} as {@code VALUES} only after {@code INSERT INTO}. So
     * {@code position} and {@code value}, two of the commonest column names, are reserved as
     * tables only. (The SQL renderer quotes them everywhere all the same: quoting costs nothing.)
     */
    static final Set<String> MYSQL_TABLE_ONLY = tableOnly();

    private static Set<String> tableOnly() {
        var out = new java.util.TreeSet<>(union(MYSQL_FUNCTIONS, Set.of("VALUE")));
        out.removeAll(MYSQL_8);
        out.removeAll(MYSQL_LATER);
        for (String w : MARIADB) if (!w.equals("VALUE")) out.remove(w);
        return Collections.unmodifiableSet(out);
    }

    /**
     * Each word some dialect reserves, upper case, with the dialects reserving it (in dialect
     * order): every table and column name of a model is looked up, and most in no list, so one
     * probe answers for all dialects.
     */
    private static final Map<String, Set<Dialect>> SQL_RESERVING = sqlReserving();

    private static Map<String, Set<Dialect>> sqlReserving() {
        var byWord = new HashMap<String, Set<Dialect>>();
        for (Dialect d : Dialect.values()) {
            for (String w : sqlWords(d)) byWord.computeIfAbsent(w, k -> EnumSet.noneOf(Dialect.class)).add(d);
        }
        byWord.replaceAll((w, dialects) -> Collections.unmodifiableSet(dialects));
        return Map.copyOf(byWord);
    }

    /** A dialect's list, read only into {@link #SQL_RESERVING}: every question asks the table. */
    private static Set<String> sqlWords(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> SQLITE;
            case POSTGRES -> POSTGRES;
            case MYSQL -> MYSQL;
        };
    }

    /** Reserved as a table, column, constraint or index name in the dialect. */
    public static boolean isSqlReserved(String identifier, Dialect dialect) {
        return sqlDialectsReserving(identifier).contains(dialect);
    }

    /**
     * Reserved in at least one dialect. The SQL renderer quotes exactly these (and names that are
     * not plain lower-case words), in every dialect, so the scripts of all three read alike.
     */
    public static boolean isSqlReserved(String identifier) {
        return SQL_RESERVING.containsKey(identifier.toUpperCase(Locale.ROOT));
    }

    /**
     * The dialects in which the identifier is reserved as a column name: those of
     * {@link #sqlDialectsReserving}, without MySQL for a word it reserves as a table only.
     */
    public static Set<Dialect> sqlDialectsReservingColumn(String identifier) {
        Set<Dialect> all = sqlDialectsReserving(identifier);
        if (!all.contains(Dialect.MYSQL) || !MYSQL_TABLE_ONLY.contains(identifier.toUpperCase(Locale.ROOT))) return all;
        var out = EnumSet.noneOf(Dialect.class);
        out.addAll(all);
        out.remove(Dialect.MYSQL);
        return Collections.unmodifiableSet(out);
    }

    /** The dialects in which the identifier is reserved, in dialect order; not to be changed. */
    public static Set<Dialect> sqlDialectsReserving(String identifier) {
        return SQL_RESERVING.getOrDefault(identifier.toUpperCase(Locale.ROOT), Set.of());
    }

    /** A column name PL/pgSQL cannot read unquoted in a trigger function's body. */
    public static boolean isPlpgsqlReserved(String identifier) {
        String upper = identifier.toUpperCase(Locale.ROOT);
        return POSTGRES_PLPGSQL.contains(upper) || POSTGRES.contains(upper);
    }

    /** A word PostgreSQL cannot read as a type name where a column declares its type, unless quoted. */
    public static boolean isPostgresTypeKeyword(String identifier) {
        return POSTGRES_TYPE.contains(identifier.toUpperCase(Locale.ROOT));
    }

    /**
     * A type name PostgreSQL keeps for its own types: an enum type of that name would not be the
     * type its columns get, so the Catalog gives the enum type another name.
     */
    public static boolean isPostgresOwnType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("pg_") || POSTGRES_CATALOG_TYPES.contains(lower) || POSTGRES_TYPE_ALIASES.contains(lower);
    }

    // ---------------------------------------------------------------- Python (SQLModel), case-sensitive

    /** Python's hard keywords ({@code keyword.kwlist}); soft keywords such as {@code match} are valid names. */
    static final Set<String> PYTHON_KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /**
     * What a SQLModel table class already has: the public attributes SQLModel and pydantic give it
     * (a field of that name shadows them, and pydantic refuses or warns), the class-level names
     * SQLAlchemy's declarative mapping and SQLModel read ({@code registry} and {@code metadata}, which
     * a declarative class keeps for itself and warns about at import), and the parameter of
     * SQLModel's {@code __new__} that a keyword argument can reach ({@code cls}: {@code Model(cls=1)}
     * is a TypeError, so neither the application nor seed.py could set such a field).
     */
    static final Set<String> SQLMODEL_ATTRIBUTES = Set.of(
            "cls", "construct", "copy", "dict", "from_orm", "json", "metadata", "model_computed_fields", "model_config",
            "model_construct", "model_copy", "model_dump", "model_dump_json", "model_extra", "model_fields",
            "model_fields_set", "model_json_schema", "model_parametrized_name", "model_post_init", "model_rebuild",
            "model_validate", "model_validate_json", "model_validate_strings", "parse_file", "parse_obj",
            "parse_raw", "registry", "schema", "schema_json", "sqlmodel_update", "update_forward_refs", "validate",
            "__abstract__", "__allow_unmapped__", "__mapper__", "__mapper_args__", "__sqlmodel_relationships__",
            "__table__", "__table_args__", "__tablename__");

    /**
     * The names the generated SQLModel module binds (its imports, settings and helpers) and the
     * built-ins it looks up (the types its annotations name, the functions and exception its
     * helpers call): a class of that name would replace them for the whole module, an attribute
     * for every later line of its class body. PythonFreeNamesTest reads every generated module's
     * free names with Python's own symtable and fails on one missing here.
     */
    static final Set<String> SQLMODEL_MODULE_NAMES = Set.of(
            "Any", "AwareDatetime", "Callable", "DATABASE_URL", "DIALECT", "Decimal", "Field", "INSTANT_SQL", "Iterator",
            "NEW_UUID_SQL", "Optional", "Relationship", "SQLModel", "Self", "UtcDateTime", "UuidText", "ValueError",
            "bool", "bytes", "check_values", "columns_in_order", "configure_connection", "create_db_and_tables",
            "create_engine", "datetime", "dialect_check", "engine", "enforce_foreign_keys", "enum", "float",
            "functools", "get_engine", "get_session", "int", "isinstance", "json", "list", "model_validator", "mysql", "os",
            "sqlmodel", "postgresql", "sa", "sorted", "str", "utc_now", "uuid");

    /**
     * pydantic's protected namespaces: a field whose name begins so is refused with a warning,
     * a trailing underscore or not ({@code model_dump_}).
     */
    static final Set<String> PYDANTIC_PROTECTED_PREFIXES = Set.of("model_dump", "model_validate");

    /**
     * The names every generated table class assigns in its body: a class of that name would be
     * hidden by them in every later line of the body.
     */
    static final Set<String> SQLMODEL_CLASS_BODY = Set.of("__table_args__", "__tablename__");

    /**
     * What a member of a generated {@code enum.StrEnum} cannot be called: the attributes of
     * Python's {@code str} (a member of that name replaces the method on every member), the
     * members' {@code name} and {@code value}, and {@code mro}, which {@code enum} refuses.
     */
    static final Set<String> PYTHON_ENUM_MEMBERS = Set.of(
            "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
            "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
            "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower",
            "lstrip", "maketrans", "mro", "name", "partition", "removeprefix", "removesuffix", "replace", "rfind",
            "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
            "swapcase", "title", "translate", "upper", "value", "zfill");

    /** Why a name cannot be a Python attribute, class or enum member as it is; null when it can. */
    public enum PythonReason {
        KEYWORD("a Python keyword"),
        MODEL_ATTRIBUTE("an attribute SQLModel, pydantic or SQLAlchemy reserves on a model class"),
        MODULE_NAME("a name the generated SQLModel module uses itself"),
        PROTECTED_NAMESPACE("a name in pydantic's protected namespaces (model_dump..., model_validate...)"),
        ENUM_ATTRIBUTE("an attribute every member of a Python string enum has"),
        LEADING_UNDERSCORE("a name with a leading underscore, which pydantic and enum keep for private names");

        private final String words;

        PythonReason(String words) { this.words = words; }

        /** A noun phrase: the name "is" this. */
        public String words() { return words; }
    }

    // One probe per name and use: each list's reason, the earlier list's where a word is in two.
    private static final Map<String, PythonReason> PYTHON_ATTRIBUTE = firstReason(
            PYTHON_KEYWORDS, PythonReason.KEYWORD, SQLMODEL_ATTRIBUTES, PythonReason.MODEL_ATTRIBUTE,
            SQLMODEL_MODULE_NAMES, PythonReason.MODULE_NAME);
    private static final Map<String, PythonReason> PYTHON_CLASS = firstReason(
            PYTHON_KEYWORDS, PythonReason.KEYWORD, SQLMODEL_MODULE_NAMES, PythonReason.MODULE_NAME,
            SQLMODEL_CLASS_BODY, PythonReason.MODULE_NAME);
    private static final Map<String, PythonReason> PYTHON_ENUM_MEMBER = firstReason(
            PYTHON_KEYWORDS, PythonReason.KEYWORD, PYTHON_ENUM_MEMBERS, PythonReason.ENUM_ATTRIBUTE,
            Set.of(), null);

    /** Why {@code name} cannot be an attribute (a column or relation) of a SQLModel class; null if it can. */
    public static PythonReason pythonAttribute(String name) {
        PythonReason listed = PYTHON_ATTRIBUTE.get(name);
        if (listed != null) return listed;
        if (inProtectedNamespace(name)) return PythonReason.PROTECTED_NAMESPACE;
        // pydantic refuses a field with a leading underscore ("private attribute").
        if (name.startsWith("_")) return PythonReason.LEADING_UNDERSCORE;
        return null;
    }

    /** Why {@code name} cannot be a class of the SQLModel module; null if it can. */
    public static PythonReason pythonClass(String name) {
        return PYTHON_CLASS.get(name);
    }

    /** Why {@code name} cannot be a member of a generated string enum; null if it can. */
    public static PythonReason pythonEnumMember(String name) {
        PythonReason listed = PYTHON_ENUM_MEMBER.get(name);
        if (listed != null) return listed;
        // enum makes _sunder_ names an error and __private and __dunder__ names no member at all.
        if (name.startsWith("_")) return PythonReason.LEADING_UNDERSCORE;
        return null;
    }

    /** A name pydantic keeps for its own methods, whatever follows the prefix. */
    public static boolean inProtectedNamespace(String name) {
        for (String prefix : PYDANTIC_PROTECTED_PREFIXES) if (name.startsWith(prefix)) return true;
        return false;
    }

    public static boolean isPythonKeyword(String name) {
        return PYTHON_KEYWORDS.contains(name);
    }

    // ---------------------------------------------------------------- Prisma, case-sensitive

    /**
     * Names Prisma's validator rejects for a model or enum (the scalar type names, JavaScript's
     * reserved words, {@code PrismaClient}), and two it accepts: {@code Prisma}, the generated
     * client's namespace, and {@code Unsupported}, Prisma's marker of types it cannot map.
     */
    static final Set<String> PRISMA = Set.of(
            "PrismaClient", "Prisma", "String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json",
            "Bytes", "Unsupported", "async", "await", "break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null",
            "package", "private", "protected", "public", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "yield");

    /** A name Prisma rejects for a model or enum. */
    public static boolean isPrismaReserved(String name) {
        return PRISMA.contains(name);
    }

    // ---------------------------------------------------------------- Java, case-sensitive

    /** Java 17's keywords and literals ({@code SourceVersion.isKeyword}), {@code _} among them. */
    static final Set<String> JAVA_KEYWORDS = Set.of(
            "_", "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "false", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "null", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "true", "try", "void", "volatile",
            "while");

    /** The identifiers Java keeps from type names (JLS 3.9). */
    static final Set<String> JAVA_RESTRICTED_TYPE_NAMES = Set.of("permits", "record", "sealed", "var", "yield");

    /**
     * The {@code java.lang} types the generated sources name without an import (the boxed
     * primitives of nullable columns, {@code String}): a generated type of the same name in their
     * package would take their place.
     */
    static final Set<String> JAVA_LANG_TYPES = Set.of("Boolean", "Double", "Float", "Integer", "Long", "Short", "String");

    /** Record components cannot be named after {@code Object}'s methods (JLS 8.10.1). */
    static final Set<String> JAVA_RECORD_COMPONENTS = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    /** The constants every generated metamodel class declares itself. */
    static final Set<String> JAVA_METAMODEL_CONSTANTS = Set.of("COLUMNS", "TABLE");

    /** The field every generated Java enum declares itself (its stored value). */
    static final Set<String> JAVA_ENUM_FIELDS = Set.of("value");

    /** Why a name cannot be a Java identifier of a generated file as it is; null when it can. */
    public enum JavaReason {
        KEYWORD("a Java keyword"),
        RESTRICTED("an identifier Java keeps from type names"),
        JAVA_LANG("a java.lang type the generated code uses"),
        OBJECT_METHOD("the name of a method of java.lang.Object"),
        OWN_NAME("a name the generated Java code declares itself");

        private final String words;

        JavaReason(String words) { this.words = words; }

        public String words() { return words; }
    }

    public static boolean isJavaKeyword(String name) {
        return JAVA_KEYWORDS.contains(name);
    }

    // One probe per name and use: each list's reason, the earlier list's where a word is in two.
    private static final Map<String, JavaReason> JAVA_TYPE = firstReason(
            JAVA_KEYWORDS, JavaReason.KEYWORD, JAVA_RESTRICTED_TYPE_NAMES, JavaReason.RESTRICTED,
            JAVA_LANG_TYPES, JavaReason.JAVA_LANG);
    private static final Map<String, JavaReason> JAVA_RECORD_COMPONENT = firstReason(
            JAVA_KEYWORDS, JavaReason.KEYWORD, JAVA_RECORD_COMPONENTS, JavaReason.OBJECT_METHOD, Set.of(), null);
    private static final Map<String, JavaReason> JAVA_METAMODEL_CONSTANT = firstReason(
            JAVA_KEYWORDS, JavaReason.KEYWORD, JAVA_METAMODEL_CONSTANTS, JavaReason.OWN_NAME, Set.of(), null);
    private static final Map<String, JavaReason> JAVA_ENUM_CONSTANT = firstReason(
            JAVA_KEYWORDS, JavaReason.KEYWORD, JAVA_ENUM_FIELDS, JavaReason.OWN_NAME, Set.of(), null);

    /** Why {@code name} cannot name a generated record or enum; null if it can. */
    public static JavaReason javaType(String name) {
        return JAVA_TYPE.get(name);
    }

    /** Why {@code name} cannot name a record component; null if it can. */
    public static JavaReason javaRecordComponent(String name) {
        return JAVA_RECORD_COMPONENT.get(name);
    }

    /** Why {@code name} cannot name a column constant of a metamodel class; null if it can. */
    public static JavaReason javaMetamodelConstant(String name) {
        return JAVA_METAMODEL_CONSTANT.get(name);
    }

    /** Why {@code name} cannot name a constant of a generated enum; null if it can. */
    public static JavaReason javaEnumConstant(String name) {
        return JAVA_ENUM_CONSTANT.get(name);
    }

    // ---------------------------------------------------------------- Mermaid's erDiagram, case-insensitive

    /**
     * The words mermaid 11's erDiagram lexer ({@code erDiagram.jison}) takes as its own tokens where a
     * diagram names an entity, before it would take them as a name: its keywords ({@code erDiagram},
     * {@code style}, {@code classDef}, {@code class}, {@code subgraph}, {@code end}), the
     * cardinality words {@code one}, {@code many} and {@code to}, and {@code accTitle} and
     * {@code accDescr}, which open a title or description before a {@code :} or {@code {}. The
     * lexer ignores case, and ends each such word at a word boundary of ASCII: {@code classes} and
     * {@code class_x} are names, {@code Class} and {@code classé} are not ({@link #mermaidEntityWord}).
     */
    static final Set<String> MERMAID_ENTITY = Set.of(
            "accdescr", "acctitle", "class", "classdef", "end", "erdiagram", "many", "one", "style", "subgraph", "to");

    /**
     * The key markers the lexer takes inside an entity's block, where an attribute's type and name
     * are written: {@code PK}, {@code FK}, {@code UK}, in any case, ended by an ASCII word boundary.
     */
    static final Set<String> MERMAID_ATTRIBUTE = Set.of("fk", "pk", "uk");

    /**
     * The word of {@link #MERMAID_ENTITY} that the lexer reads at the start of {@code name}, as
     * {@code name} spells it; null when it reads a name.
     */
    public static String mermaidEntityWord(String name) {
        return mermaidWord(name, MERMAID_ENTITY);
    }

    /** The key marker of {@link #MERMAID_ATTRIBUTE} that the lexer reads at the start of {@code name}; null when none. */
    public static String mermaidAttributeWord(String name) {
        return mermaidWord(name, MERMAID_ATTRIBUTE);
    }

    /** The leading run of ASCII letters, digits and {@code _} (where the lexer's {@code \b} ends a word), when the list has it. */
    private static String mermaidWord(String name, Set<String> list) {
        int i = 0;
        while (i < name.length() && isAsciiWordChar(name.charAt(i))) i++;
        String word = name.substring(0, i);
        return list.contains(word.toLowerCase(Locale.ROOT)) ? word : null;
    }

    private static boolean isAsciiWordChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // ----------------------------------------------------------------

    /**
     * Every list of the table by a name for people, in a fixed order: for the tests that hold each
     * list against the engine or tool it describes, and for the stress model that uses every word.
     */
    public static Map<String, Set<String>> lists() {
        var out = new LinkedHashMap<String, Set<String>>();
        out.put("SQLite", SQLITE_NAMES);
        out.put("SQLite in expressions", SQLITE_EXPRESSIONS);
        out.put("PostgreSQL", POSTGRES);
        out.put("PostgreSQL type key words", POSTGRES_TYPE);
        out.put("PL/pgSQL", POSTGRES_PLPGSQL);
        out.put("PostgreSQL catalog types", POSTGRES_CATALOG_TYPES);
        out.put("PostgreSQL type aliases", POSTGRES_TYPE_ALIASES);
        out.put("MySQL 8.0", MYSQL_8);
        out.put("MariaDB", MARIADB);
        out.put("MySQL, later releases", MYSQL_LATER);
        out.put("MySQL and MariaDB functions", MYSQL_FUNCTIONS);
        out.put("Python keywords", PYTHON_KEYWORDS);
        out.put("SQLModel attributes", SQLMODEL_ATTRIBUTES);
        out.put("SQLModel module names", SQLMODEL_MODULE_NAMES);
        out.put("SQLModel class bodies", SQLMODEL_CLASS_BODY);
        out.put("pydantic protected namespaces", PYDANTIC_PROTECTED_PREFIXES);
        out.put("Python enum members", PYTHON_ENUM_MEMBERS);
        out.put("Prisma", PRISMA);
        out.put("Java keywords", JAVA_KEYWORDS);
        out.put("Java restricted type names", JAVA_RESTRICTED_TYPE_NAMES);
        out.put("java.lang types", JAVA_LANG_TYPES);
        out.put("Java record components", JAVA_RECORD_COMPONENTS);
        out.put("Java metamodel constants", JAVA_METAMODEL_CONSTANTS);
        out.put("Java enum fields", JAVA_ENUM_FIELDS);
        out.put("Mermaid entity words", MERMAID_ENTITY);
        out.put("Mermaid attribute words", MERMAID_ATTRIBUTE);
        return Collections.unmodifiableMap(out);
    }

    /** Three lists' words with each list's reason, the first list's where a word is in more than one. */
    private static <R> Map<String, R> firstReason(Set<String> first, R firstReason, Set<String> second, R secondReason,
                                                  Set<String> third, R thirdReason) {
        var out = new HashMap<String, R>();
        for (String w : first) out.putIfAbsent(w, firstReason);
        for (String w : second) out.putIfAbsent(w, secondReason);
        for (String w : third) out.putIfAbsent(w, thirdReason);
        return Map.copyOf(out);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        var out = new HashSet<String>();
        for (Set<String> s : sets) out.addAll(s);
        return Set.copyOf(out);
    }
}
