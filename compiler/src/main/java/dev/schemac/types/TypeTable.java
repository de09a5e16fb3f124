package dev.schemac.types;

import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.MysqlText;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one mapping from logical types to every target: SQL per dialect, SQLAlchemy and
 * Python, Prisma scalar and native types, Java. Data, not logic: templates use {@code {n}}
 * (length), {@code {p}} and {@code {s}} (precision, scale). A target that needs a type
 * asks here; none spells a type of its own.
 */
public final class TypeTable {
    private TypeTable() {}

    /**
     * One row. Prisma native attributes are written without the leading {@code @db.}; an
     * empty string means Prisma's default mapping is already exact for that provider (then
     * none is written, as Prisma's own db pull writes none). PostgreSQL's time types keep
     * microseconds without a precision, which Prisma spells (6); MySQL's TIME keeps none.
     * {@code python} is the annotation in SQLModel's models.py; {@code sqlalchemy} is its
     * {@code sa_type=} there, empty where SQLModel's own mapping of the annotation is exact
     * (lengths and decimal precision then come from {@code max_length} and {@code max_digits}).
     * {@code alembic} is the full type of an Alembic {@code sa.Column}, never empty.
     */
    public record Row(String sqlite, String postgres, String mysql,
                      String python, String sqlalchemy,
                      String prisma, String prismaPostgres, String prismaMysql,
                      String java, String alembic) {}

    private static final Map<ScalarKind, Row> ROWS = new EnumMap<>(ScalarKind.class);

    /**
     * The names SQLAlchemy's dialect has on MySQL and MariaDB, as a variant lists them: a {@code mariadb://} URL's
     * dialect is named {@code mariadb}, and a variant for {@code "mysql"} alone does not apply to it.
     */
    public static final String MYSQL_DIALECTS = "\"mysql\", \"mariadb\"";

    /**
     * {@code float}: SQLAlchemy's REAL is binary32 on PostgreSQL and SQLite's REAL, but MySQL and
     * MariaDB read the word REAL as DOUBLE; their binary32 is FLOAT, as the DDL writes.
     */
    /**
     * {@code bytes}: SQLAlchemy's LargeBinary is MySQL's BLOB, at most 64 KiB; the DDL's LONGBLOB
     * holds what bytea and SQLite's BLOB hold, so the models declare it too.
     */
    private static final String BYTES_SA = "sa.LargeBinary().with_variant(mysql.LONGBLOB(), " + MYSQL_DIALECTS + ")";

    /**
     * {@code text}: MySQL's TEXT holds 65,535 bytes, less than PostgreSQL's text and SQLite's TEXT, so the
     * DDL declares LONGTEXT (4 GiB), and SQLAlchemy's Text, which is TEXT there, takes it as its variant.
     */
    private static final String MYSQL_TEXT = MysqlText.LONGTEXT.name();

    private static final String TEXT_SA = longText(MYSQL_TEXT);

    private static String longText(String mysql) {
        return "sa.Text().with_variant(mysql." + mysql + "(), " + MYSQL_DIALECTS + ")";
    }

    private static final String FLOAT_SA = "sa.REAL().with_variant(mysql.FLOAT(), " + MYSQL_DIALECTS + ")";

    static {
        put(ScalarKind.BOOL, "BOOLEAN", "boolean", "BOOLEAN",
                "bool", "", "Boolean", "", "", "boolean",
                "sa.Boolean()");
        put(ScalarKind.SMALLINT, "SMALLINT", "smallint", "SMALLINT",
                "int", "sa.SmallInteger", "Int", "SmallInt", "SmallInt", "short",
                "sa.SmallInteger()");
        put(ScalarKind.INT, "INTEGER", "integer", "INT",
                "int", "", "Int", "", "", "int",
                "sa.Integer()");
        put(ScalarKind.BIGINT, "BIGINT", "bigint", "BIGINT",
                "int", "sa.BigInteger", "BigInt", "", "", "long",
                "sa.BigInteger()");
        put(ScalarKind.FLOAT, "REAL", "real", "FLOAT",
                "float", FLOAT_SA, "Float", "Real", "Float", "float",
                FLOAT_SA);
        put(ScalarKind.DOUBLE, "DOUBLE", "double precision", "DOUBLE",
                "float", "sa.Double", "Float", "", "", "double",
                "sa.Double()");
        put(ScalarKind.DECIMAL, "NUMERIC({p}, {s})", "numeric({p}, {s})", "DECIMAL({p}, {s})",
                "Decimal", "", "Decimal", "Decimal({p}, {s})", "Decimal({p}, {s})", "java.math.BigDecimal",
                "sa.Numeric({p}, {s})");
        put(ScalarKind.STRING, "VARCHAR({n})", "varchar({n})", "VARCHAR({n})",
                "str", "", "String", "VarChar({n})", "VarChar({n})", "String",
                "sa.String({n})");
        put(ScalarKind.TEXT, "TEXT", "text", MYSQL_TEXT,
                "str", TEXT_SA, "String", "", "LongText", "String",
                TEXT_SA);
        put(ScalarKind.CHAR, "CHAR({n})", "char({n})", "CHAR({n})",
                "str", "sa.CHAR({n})", "String", "Char({n})", "Char({n})", "String",
                "sa.CHAR({n})");
        put(ScalarKind.DATE, "DATE", "date", "DATE",
                "datetime.date", "", "DateTime", "Date", "Date", "java.time.LocalDate",
                "sa.Date()");
        put(ScalarKind.TIME, "TIME", "time", "TIME",
                "datetime.time", "", "DateTime", "Time(6)", "Time(0)", "java.time.LocalTime",
                "sa.Time()");
        put(ScalarKind.DATETIME, "DATETIME", "timestamptz", "DATETIME(6)",
                "AwareDatetime", "UtcDateTime", "DateTime", "Timestamptz(6)", "DateTime(6)", "java.time.Instant",
                "sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), " + MYSQL_DIALECTS + ")");
        put(ScalarKind.UUID, "CHAR(36)", "uuid", "CHAR(36)",
                "uuid.UUID", "UuidText", "String", "Uuid", "Char(36)", "java.util.UUID",
                "sa.CHAR(36).with_variant(postgresql.UUID(), \"postgresql\")");
        put(ScalarKind.JSON, "JSON", "jsonb", "JSON",
                "Any", "sa.JSON().with_variant(postgresql.JSONB(), \"postgresql\")", "Json", "", "", "String",
                "sa.JSON().with_variant(postgresql.JSONB(), \"postgresql\")");
        put(ScalarKind.BYTES, "BLOB", "bytea", "LONGBLOB",
                "bytes", BYTES_SA, "Bytes", "", "", "byte[]",
                BYTES_SA);
    }

    private static void put(ScalarKind k, String sqlite, String postgres, String mysql, String python, String sqlalchemy,
                            String prisma, String prismaPostgres, String prismaMysql, String java, String alembic) {
        ROWS.put(k, new Row(sqlite, postgres, mysql, python, sqlalchemy, prisma, prismaPostgres, prismaMysql, java, alembic));
    }

    public static Row row(ScalarKind kind) { return ROWS.get(kind); }

    /** A {@code string} without a length is stored as unbounded text everywhere. */
    private static ScalarKind storage(ColumnType t) {
        return t.kind() == ScalarKind.STRING && t.length() == null ? ScalarKind.TEXT : t.kind();
    }

    /** The SQL spelling of a non-enum column type in a dialect. */
    public static String sql(ColumnType t, Dialect d) {
        if (d == Dialect.MYSQL && t.mysqlText() != null) return t.mysqlText().name();
        Row r = ROWS.get(storage(t));
        String template = switch (d) {
            case SQLITE -> r.sqlite;
            case POSTGRES -> r.postgres;
            case MYSQL -> r.mysql;
        };
        return fill(template, t);
    }

    /**
     * The type a column of {@code t} (an enum's too) is declared with in a SQLite STRICT table, which
     * takes {@code INTEGER}, {@code REAL}, {@code TEXT}, {@code BLOB} and {@code ANY} only: the one of
     * those that holds what the scripts, SQLAlchemy and Prisma write into the column {@link #sql} declares.
     * A bool is 0 or 1 ({@code TRUE} is 1 in SQLite); a decimal, whose {@code NUMERIC} keeps a number
     * as an integer or a double (SQLAlchemy binds a float, Prisma's adapter numeric text, which a
     * STRICT {@code REAL} converts as {@code NUMERIC} does), is {@code REAL}; a date, time or datetime
     * is ISO text (the scripts' {@code CURRENT_TIMESTAMP}, SQLAlchemy, Prisma's SQLite adapter);
     * a uuid or json is text. Every kind has one, so a STRICT table takes every field a model has.
     */
    public static String sqliteStrict(ColumnType t) {
        if (t.isEnum()) return "TEXT";
        return switch (t.kind()) {
            case BOOL, SMALLINT, INT, BIGINT -> "INTEGER";
            case FLOAT, DOUBLE, DECIMAL -> "REAL";
            case STRING, TEXT, CHAR, DATE, TIME, DATETIME, UUID, JSON -> "TEXT";
            case BYTES -> "BLOB";
        };
    }

    public static String sqlalchemy(ColumnType t) { return fill(ROWS.get(storage(t)).sqlalchemy, t); }

    public static String python(ColumnType t) { return ROWS.get(storage(t)).python; }

    public static String prisma(ColumnType t) { return ROWS.get(storage(t)).prisma; }

    /** The Prisma native type attribute body for a provider, or "" when none is needed. */
    public static String prismaNative(ColumnType t, Dialect d) {
        Row r = ROWS.get(storage(t));
        return switch (d) {
            case SQLITE -> "";
            case POSTGRES -> fill(r.prismaPostgres, t);
            case MYSQL -> fill(r.prismaMysql, t);
        };
    }

    public static String java(ColumnType t) { return ROWS.get(storage(t)).java; }

    /**
     * The complete SQLAlchemy type of a migration's {@code sa.Column}, with the dialect
     * variants that make it the very type the DDL declares on each database.
     */
    public static String alembic(ColumnType t) {
        if (t.mysqlText() != null) return longText(t.mysqlText().name());
        return fill(ROWS.get(storage(t)).alembic, t);
    }

    /**
     * The text type MySQL and MariaDB hold a column of {@code t} in, where it is unbounded text
     * (null elsewhere): the one a history names, else the model's.
     */
    public static MysqlText mysqlText(ColumnType t) {
        if (!t.unboundedText()) return null;
        return t.mysqlText() != null ? t.mysqlText() : MysqlText.valueOf(ROWS.get(ScalarKind.TEXT).mysql);
    }

    static String fill(String template, ColumnType t) {
        String s = template;
        if (t.length() != null) s = s.replace("{n}", t.length().toString());
        if (t.precision() != null) s = s.replace("{p}", t.precision().toString()).replace("{s}", t.scale().toString());
        return s;
    }

    /**
     * The BSON type of a value in MongoDB documents, as {@code $jsonSchema}'s {@code bsonType}
     * names it; empty for {@code json}, which may hold any value. Calendar dates and times of
     * day are ISO strings ({@code 2025-01-31}, {@code 09:30:00}): BSON's only date type is an
     * instant, which would move a date with the reader's time zone. A {@code uuid} is
     * {@code binData} of subtype 4, as the drivers' standard UUID representation stores it.
     */
    private static final Map<ScalarKind, String> BSON = new EnumMap<>(Map.ofEntries(
            Map.entry(ScalarKind.BOOL, "bool"), Map.entry(ScalarKind.SMALLINT, "int"), Map.entry(ScalarKind.INT, "int"),
            Map.entry(ScalarKind.BIGINT, "long"), Map.entry(ScalarKind.FLOAT, "double"), Map.entry(ScalarKind.DOUBLE, "double"),
            Map.entry(ScalarKind.DECIMAL, "decimal"), Map.entry(ScalarKind.STRING, "string"), Map.entry(ScalarKind.TEXT, "string"),
            Map.entry(ScalarKind.CHAR, "string"), Map.entry(ScalarKind.DATE, "string"), Map.entry(ScalarKind.TIME, "string"),
            Map.entry(ScalarKind.DATETIME, "date"), Map.entry(ScalarKind.UUID, "binData"), Map.entry(ScalarKind.JSON, ""),
            Map.entry(ScalarKind.BYTES, "binData")));

    /** The {@code bsonType} of a non-enum column (enums are strings); empty when any type is allowed. */
    public static String bson(ColumnType t) { return BSON.get(t.kind()); }

    /**
     * The BSON types a document may hold for a non-enum column, its own first; empty when any
     * type is allowed. The drivers write a number by its value (the Node driver, PyMongo and
     * mongosh store one that fits 32 bits as an int32, mongosh a larger one as a double), so a
     * {@code bigint} also takes an {@code int}, and a {@code float} or {@code double} an
     * {@code int} or a {@code long}: each holds every value those do.
     */
    public static java.util.List<String> bsonAccepted(ColumnType t) {
        return switch (t.kind()) {
            case BIGINT -> java.util.List.of("long", "int");
            case FLOAT, DOUBLE -> java.util.List.of("double", "int", "long");
            default -> bson(t).isEmpty() ? java.util.List.of() : java.util.List.of(bson(t));
        };
    }
}
