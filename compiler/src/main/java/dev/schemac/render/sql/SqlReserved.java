package dev.schemac.render.sql;

import java.util.Locale;
import java.util.Set;

/**
 * Words that need quoting as identifiers in at least one of SQLite, PostgreSQL and
 * MySQL 8 / MariaDB. One set for all dialects: a name is quoted the same way everywhere,
 * so the scripts read alike.
 */
final class SqlReserved {
    private SqlReserved() {}

    private static final Set<String> WORDS = Set.of(
            "abort", "accessible", "action", "add", "after", "all", "alter", "analyse", "analyze", "and", "any",
            "array", "as", "asc", "asensitive", "asymmetric", "attach", "authorization", "autoincrement", "before",
            "begin", "between", "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "cast", "change",
            "char", "character", "check", "collate", "column", "commit", "concurrently", "condition", "conflict",
            "constraint", "continue", "convert", "create", "cross", "cube", "cume_dist", "current",
            "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "cursor", "database", "databases", "day_hour", "day_microsecond",
            "day_minute", "day_second", "dec", "decimal", "declare", "default", "deferrable", "deferred", "delayed",
            "delete", "dense_rank", "desc", "describe", "detach", "deterministic", "distinct", "distinctrow", "div",
            "do", "double", "drop", "dual", "each", "else", "elseif", "empty", "enclosed", "end", "escape",
            "escaped", "except", "exclude", "exclusive", "exists", "exit", "explain", "false", "fetch", "filter",
            "first_value", "float", "float4", "float8", "following", "for", "force", "foreign", "freeze", "from",
            "full", "fulltext", "function", "generated", "get", "glob", "grant", "group", "grouping", "groups",
            "having", "high_priority", "hour_microsecond", "hour_minute", "hour_second", "if", "ignore", "ilike",
            "immediate", "in", "index", "indexed", "infile", "initially", "inner", "inout", "insensitive", "insert",
            "instead", "int", "int1", "int2", "int3", "int4", "int8", "integer", "intersect", "interval", "into",
            "io_after_gtids", "io_before_gtids", "is", "isnull", "iterate", "join", "json_table", "key", "keys",
            "kill", "lag", "last_value", "lateral", "lead", "leading", "leave", "left", "like", "limit", "linear",
            "lines", "load", "localtime", "localtimestamp", "lock", "long", "longblob", "longtext", "loop",
            "low_priority", "master_bind", "master_ssl_verify_server_cert", "match", "materialized", "maxvalue",
            "mediumblob", "mediumint", "mediumtext", "middleint", "minute_microsecond", "minute_second", "mod",
            "modifies", "natural", "no", "not", "nothing", "notnull", "no_write_to_binlog", "nth_value", "ntile",
            "null", "nulls", "numeric", "of", "offset", "on", "only", "optimize", "optimizer_costs", "option",
            "optionally", "or", "order", "others", "out", "outer", "outfile", "over", "overlaps", "partition",
            "percent_rank", "placing", "plan", "pragma", "preceding", "precision", "primary", "procedure", "purge",
            "query", "raise", "range", "rank", "read", "reads", "read_write", "real", "recursive", "references",
            "regexp", "reindex", "release", "rename", "repeat", "replace", "require", "resignal", "restrict",
            "return", "returning", "revoke", "right", "rlike", "rollback", "row", "rows", "row_number", "savepoint",
            "schema", "schemas", "second_microsecond", "select", "sensitive", "separator", "session_user", "set",
            "show", "signal", "similar", "smallint", "some", "spatial", "specific", "sql", "sql_big_result",
            "sql_calc_found_rows", "sql_small_result", "sqlexception", "sqlstate", "sqlwarning", "ssl",
            "starting", "stored", "straight_join", "symmetric", "system", "system_user", "table", "temp",
            "temporary", "terminated", "then", "ties", "tinyblob", "tinyint", "tinytext", "to", "trailing",
            "transaction", "trigger", "true", "unbounded", "undo", "union", "unique", "unlock", "unsigned",
            "update", "usage", "use", "user", "using", "utc_date", "utc_time", "utc_timestamp", "vacuum", "values",
            "varbinary", "varchar", "varcharacter", "variadic", "varying", "verbose", "view", "virtual", "when",
            "where", "while", "window", "with", "without", "write", "xor", "year_month", "zerofill");

    static boolean isReserved(String name) {
        return WORDS.contains(name.toLowerCase(Locale.ROOT));
    }
}
