package dev.schemac.pull.introspect;

import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.MysqlText;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.pull.DbEngine;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.sql.Sql;
import dev.schemac.sqltext.SqlLexer;
import dev.schemac.types.TypeTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types as engines spell them: one canonical spelling per engine (so the type a
 * catalog reports and the type schemac's DDL writes compare as text), and the schemac type
 * nearest to each. A type is {@linkplain #exact exact} when schemac's DDL for that type
 * spells it as the engine reported it; the forward spellings come from {@link TypeTable}.
 */
public final class NativeTypes {
    private NativeTypes() {}

    /** The schemac type of a column, or null when schemac has none (the column is then not pulled). */
    public record Mapped(ColumnType type, boolean exact) {}

    // --- canonical spellings

    private static final Map<String, String> PG_ALIASES = Map.ofEntries(
            Map.entry("varchar", "character varying"), Map.entry("char", "character"), Map.entry("bpchar", "character"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("bool", "boolean"), Map.entry("decimal", "numeric"));

    private static final Pattern PG_TYPE = Pattern.compile("([a-z0-9_ ]+?)\\s*(\\(\\s*[0-9]+\\s*(?:,\\s*[0-9]+\\s*)?\\))?(\\s+(?:with|without) time zone)?(\\[\\])*");

    /** PostgreSQL: format_type's spelling, aliases resolved, no blanks inside parentheses. */
    public static String canonicalPostgres(String type) {
        String t = type.strip();
        if (t.startsWith("\"")) return t;
        t = t.toLowerCase(Locale.ROOT);
        Matcher m = PG_TYPE.matcher(t);
        if (!m.matches() || t.endsWith("[]")) return t;
        String base = m.group(1).strip();
        String args = m.group(2) == null ? "" : m.group(2).replace(" ", "");
        String zone = m.group(3) == null ? "" : m.group(3).strip();
        if (base.equals("timestamptz") || base.equals("timetz")) {
            base = base.substring(0, base.length() - 2);
            zone = "with time zone";
        }
        if (base.equals("timestamp") || base.equals("time")) {
            return base + args + " " + (zone.isEmpty() ? "without time zone" : zone);
        }
        base = PG_ALIASES.getOrDefault(base, base);
        return zone.isEmpty() ? base + args : base + args + " " + zone;
    }

    private static final Pattern PG_NUMERIC_PRECISION = Pattern.compile("numeric\\((\\d+)\\)");

    /**
     * PostgreSQL: the type its catalog reports for a column declared with this type, canonical. A declaration may leave
     * out a size the catalog then reports ({@code char} is {@code character(1)}, {@code numeric(p)} is
     * {@code numeric(p,0)}), and separate its words by any blanks.
     */
    public static String declaredPostgres(String type) {
        String c = canonicalPostgres(type.replaceAll("\\s+", " "));
        if (c.equals("character")) return "character(1)";
        Matcher m = PG_NUMERIC_PRECISION.matcher(c);
        return m.matches() ? "numeric(" + m.group(1) + ",0)" : c;
    }

    /** The column MySQL's BOOLEAN makes, as COLUMN_TYPE spells it: its display width is the only sign it was a boolean. */
    private static final String BOOLEAN_COLUMN = Sql.madeType(Dialect.MYSQL, "BOOLEAN").toLowerCase(Locale.ROOT);

    private static final Pattern MYSQL_INT_WIDTH = Pattern.compile("^(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)");

    /** MySQL and MariaDB: COLUMN_TYPE's spelling, keyword lower case, no integer display widths. */
    public static String canonicalMysql(String type) {
        String t = type.strip();
        int paren = t.indexOf('(');
        String head = (paren < 0 ? t : t.substring(0, paren)).toLowerCase(Locale.ROOT).strip();
        if (head.equals("enum") || head.equals("set")) {
            var values = enumValues(t);
            return values == null ? t : head + "(" + String.join(",", values.stream().map(v -> Sql.string(Dialect.MYSQL, v)).toList()) + ")";
        }
        String s = t.toLowerCase(Locale.ROOT).replaceAll("\\s*,\\s*", ",").replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")")
                .replaceAll("\\s+", " ");
        // The type the engine made of a declared one is the render's fact (BOOLEAN is TINYINT(1)); COLUMN_TYPE spells it lower case.
        String made = Sql.madeType(Dialect.MYSQL, s).toLowerCase(Locale.ROOT);
        if (!made.equals(s)) return made;
        if (s.startsWith(BOOLEAN_COLUMN)) return s;
        s = MYSQL_INT_WIDTH.matcher(s).replaceFirst("$1");
        if (s.startsWith("integer")) s = "int" + s.substring(7);
        return s;
    }

    /**
     * The values of a MySQL {@code enum('a','b')} type, or null when it is not one. COLUMN_TYPE
     * escapes a member's backslash, line break and NUL as string literals do ({@code \\},
     * {@code \n}, {@code \0}), so they are read back with backslash escapes.
     */
    public static List<String> enumValues(String type) {
        String t = type.strip();
        int open = t.indexOf('(');
        if (open < 0 || !t.endsWith(")")) return null;
        var tokens = SqlLexer.code(t.substring(open + 1, t.length() - 1), true);
        var out = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            var tok = tokens.get(i);
            if (i % 2 == 0) {
                if (tok.kind() != SqlLexer.Kind.STRING) return null;
                out.add(tok.text());
            } else if (!tok.is(",")) {
                return null;
            }
        }
        return out;
    }

    /**
     * SQLite keeps the declared type as written: compared in upper case with single blanks
     * and none around its arguments' brackets and commas, which SQLite's parser ignores
     * ({@code numeric(10,2)} is the {@code NUMERIC(10, 2)} schemac writes).
     */
    public static String canonicalSqlite(String type) {
        return type.strip().replaceAll("\\s+", " ").replaceAll(" ?([(),]) ?", "$1").replace(",", ", ")
                .toUpperCase(Locale.ROOT);
    }

    public static String canonical(DbEngine engine, String type) {
        return switch (engine) {
            case POSTGRES -> canonicalPostgres(type);
            case MYSQL, MARIADB -> canonicalMysql(type);
            case SQLITE -> canonicalSqlite(type);
        };
    }

    /**
     * How schemac's DDL spells a (non-enum) type on this engine, canonical. MariaDB stores
     * JSON as LONGTEXT with a json_valid check, and reports it so.
     */
    public static String rendered(DbEngine engine, ColumnType t) {
        if (engine == DbEngine.MARIADB && t.kind() == ScalarKind.JSON) return "longtext";
        return canonical(engine, TypeTable.sql(t, engine.dialect()));
    }

    // --- reverse mapping

    /** The schemac type of a reported type (canonical), or null: unsupported. */
    public static Mapped map(DbEngine engine, String canonical) {
        ColumnType t = switch (engine) {
            case POSTGRES -> postgres(canonical);
            case MYSQL, MARIADB -> mysql(canonical);
            case SQLITE -> sqlite(canonical);
        };
        if (t == null) return null;
        // Text held in a narrower type than the model's is read as it is, and is no exact type: pull says so (SC967).
        return new Mapped(t, t.mysqlText() == null && rendered(engine, t).equals(canonical));
    }

    /**
     * What a user can do about a column of a type schemac has none for, where a type it has holds the
     * same values' text: MariaDB's {@code inet4} and {@code inet6} addresses print as text no longer
     * than 15 and 45 characters, which a {@code VARCHAR} of that length keeps (MariaDB converts them
     * with ALTER TABLE). Empty where there is no such type.
     */
    public static String whatToDo(DbEngine engine, String canonical) {
        String text = engine != DbEngine.MARIADB ? null : switch (canonical) {
            case "inet4" -> "VARCHAR(15)";
            case "inet6" -> "VARCHAR(45)";
            default -> null;
        };
        return text == null ? "" : "; its addresses' text fits " + Quoted.name(text)
                + ": to keep the column in the model, change it to that type (ALTER TABLE ... MODIFY) and pull again";
    }

    private static ColumnType scalar(ScalarKind k) { return new ColumnType(k, null, null, null, null); }

    /**
     * A {@code text} field held in MySQL's text type {@code held}: the model's own type where that is the one its DDL
     * declares, else one whose history knows the database holds less (TEXT, 65,535 bytes, as earlier releases made
     * it), so that the column reads back as it is, and a migration from the history widens it.
     */
    private static ColumnType heldText(MysqlText held) {
        ColumnType text = scalar(ScalarKind.TEXT);
        return held == TypeTable.mysqlText(text) ? text : text.heldOnMysqlAs(held);
    }

    private static final Pattern ARGS = Pattern.compile("^([a-z0-9_ ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?(?: (.*))?$");

    /**
     * A type argument's digits. SQLite keeps whatever a declaration says ({@code VARCHAR(99999999999)}),
     * so digits beyond an int read as the largest int, which no length or precision limit admits.
     */
    private static int argument(String digits) {
        return new BigInteger(digits).min(INT_MAX).intValueExact();
    }

    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private static ColumnType sized(ScalarKind k, String n, int max, ScalarKind fallback) {
        if (n == null) return scalar(fallback);
        int len = argument(n);
        return len >= 1 && len <= max ? new ColumnType(k, len, null, null, null) : scalar(fallback);
    }

    private static ColumnType decimal(String p, String s) {
        if (p == null) return new ColumnType(ScalarKind.DECIMAL, null, 65, 30, null);
        int precision = Math.min(65, Math.max(1, argument(p)));
        int scale = s == null ? 0 : Math.min(30, Math.min(precision, argument(s)));
        return new ColumnType(ScalarKind.DECIMAL, null, precision, scale, null);
    }

    private static final Pattern PG_ARGS = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");

    private static ColumnType postgres(String c) {
        if (c.startsWith("\"") || c.endsWith("]")) return null;
        Matcher m = PG_ARGS.matcher(c);
        String n = null, s = null;
        String base = c;
        if (m.find()) {
            n = m.group(1);
            s = m.group(2);
            base = (c.substring(0, m.start()) + c.substring(m.end())).strip();
        }
        return switch (base) {
            case "boolean" -> scalar(ScalarKind.BOOL);
            case "smallint" -> scalar(ScalarKind.SMALLINT);
            case "integer" -> scalar(ScalarKind.INT);
            case "bigint" -> scalar(ScalarKind.BIGINT);
            case "real" -> scalar(ScalarKind.FLOAT);
            case "double precision" -> scalar(ScalarKind.DOUBLE);
            case "numeric" -> decimal(n, s);
            case "character varying" -> sized(ScalarKind.STRING, n, 65535, ScalarKind.STRING);
            case "character" -> sized(ScalarKind.CHAR, n == null ? "1" : n, 255, ScalarKind.TEXT);
            case "text", "citext", "name" -> scalar(ScalarKind.TEXT);
            case "date" -> scalar(ScalarKind.DATE);
            case "time without time zone", "time with time zone" -> scalar(ScalarKind.TIME);
            case "timestamp with time zone", "timestamp without time zone" -> scalar(ScalarKind.DATETIME);
            case "uuid" -> scalar(ScalarKind.UUID);
            case "jsonb", "json" -> scalar(ScalarKind.JSON);
            case "bytea" -> scalar(ScalarKind.BYTES);
            default -> null;
        };
    }

    private static ColumnType mysql(String c) {
        Matcher m = ARGS.matcher(c);
        if (!m.matches()) return null;
        String base = m.group(1).strip();
        String n = m.group(2);
        return switch (base) {
            case "tinyint" -> "1".equals(n) ? scalar(ScalarKind.BOOL) : scalar(ScalarKind.SMALLINT);
            case "bit" -> n == null || "1".equals(n) ? scalar(ScalarKind.BOOL) : null;
            case "smallint", "year" -> scalar(ScalarKind.SMALLINT);
            case "mediumint", "int" -> scalar(ScalarKind.INT);
            case "bigint" -> scalar(ScalarKind.BIGINT);
            case "float" -> scalar(ScalarKind.FLOAT);
            case "double", "real" -> scalar(ScalarKind.DOUBLE);
            case "decimal", "numeric" -> decimal(n, m.group(3));
            case "varchar" -> sized(ScalarKind.STRING, n, 65535, ScalarKind.TEXT);
            case "char" -> sized(ScalarKind.CHAR, n == null ? "1" : n, 255, ScalarKind.TEXT);
            case "tinytext", "text", "mediumtext", "longtext" -> heldText(MysqlText.named(base));
            case "date" -> scalar(ScalarKind.DATE);
            case "time" -> scalar(ScalarKind.TIME);
            case "datetime", "timestamp" -> scalar(ScalarKind.DATETIME);
            case "json" -> scalar(ScalarKind.JSON);
            // MariaDB's own uuid type: a uuid field, which schemac stores as CHAR(36) (SC967), the same text.
            case "uuid" -> scalar(ScalarKind.UUID);
            case "tinyblob", "blob", "mediumblob", "longblob", "binary", "varbinary" -> scalar(ScalarKind.BYTES);
            default -> null;
        };
    }

    private static final Pattern SQLITE_ARGS = Pattern.compile("^([A-Z ]+?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?$");

    private static ColumnType sqlite(String c) {
        Matcher m = SQLITE_ARGS.matcher(c);
        String base = m.matches() ? m.group(1).strip() : c;
        String n = m.matches() ? m.group(2) : null;
        String s = m.matches() ? m.group(3) : null;
        switch (base) {
            case "BOOLEAN", "BOOL": return scalar(ScalarKind.BOOL);
            case "SMALLINT", "TINYINT": return scalar(ScalarKind.SMALLINT);
            case "INTEGER", "INT", "MEDIUMINT": return scalar(ScalarKind.INT);
            case "BIGINT": return scalar(ScalarKind.BIGINT);
            case "REAL", "FLOAT": return scalar(ScalarKind.FLOAT);
            case "DOUBLE", "DOUBLE PRECISION": return scalar(ScalarKind.DOUBLE);
            case "NUMERIC", "DECIMAL": return decimal(n, s);
            case "VARCHAR", "NVARCHAR", "VARYING CHARACTER", "NATIVE CHARACTER": return sized(ScalarKind.STRING, n, 65535, ScalarKind.TEXT);
            case "CHAR", "NCHAR", "CHARACTER": return sized(ScalarKind.CHAR, n == null ? "1" : n, 255, ScalarKind.TEXT);
            case "TEXT", "CLOB": return scalar(ScalarKind.TEXT);
            case "DATE": return scalar(ScalarKind.DATE);
            case "TIME": return scalar(ScalarKind.TIME);
            case "DATETIME", "TIMESTAMP": return scalar(ScalarKind.DATETIME);
            case "UUID": return scalar(ScalarKind.UUID);
            case "JSON": return scalar(ScalarKind.JSON);
            case "BLOB": return scalar(ScalarKind.BYTES);
            default:
                break;
        }
        // SQLite's own affinity rules, for types written in other dialects' words.
        if (c.isEmpty()) return null;
        if (c.contains("INT")) return scalar(ScalarKind.BIGINT);
        if (c.contains("CHAR") || c.contains("CLOB") || c.contains("TEXT")) return scalar(ScalarKind.TEXT);
        if (c.contains("BLOB")) return scalar(ScalarKind.BYTES);
        if (c.contains("REAL") || c.contains("FLOA") || c.contains("DOUB")) return scalar(ScalarKind.DOUBLE);
        return null;
    }
}
