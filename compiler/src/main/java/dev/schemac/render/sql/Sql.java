package dev.schemac.render.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.Derived;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.View;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.ScalarKind;
import dev.schemac.types.TemporalText;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The SQL renderer as other targets reuse it: migrations must be byte-identical to the DDL
 * targets' scripts and seed data must quote exactly as the DDL does, so they call here
 * instead of repeating a dialect's decisions.
 */
public final class Sql {
    private Sql() {}

    private static SqlDialect of(Dialect d) {
        return switch (d) {
            case SQLITE -> new SqliteDialect();
            case POSTGRES -> new PostgresDialect();
            case MYSQL -> new MysqlDialect();
        };
    }

    /**
     * Reports what the dialect cannot represent, as the DDL target for it does. For a dialect that is
     * not one of the run's own ({@code own}: the model's dialect and those the user asked for, decided
     * once per run where the targets are chosen), what would be an error is a warning that the dialect's scripts are
     * not written ({@link #writes}): the model stands for its own database, and the others' scripts are
     * left out rather than wrong (a PostgreSQL database pulled with a {@code text} unique, which MySQL
     * cannot index, or a {@code varchar(1000)} unique past MySQL's 3,072-byte keys).
     */
    public static void checkLimits(Dialect d, Set<Dialect> own, Model model, Catalog catalog, Consumer<Diagnostic> report) {
        for (Diagnostic f : LimitFindings.of(d, model, catalog)) {
            report.accept(own.contains(d) || !f.isError() ? f : leftOut(f, d, model.settings().dialect()));
        }
    }

    private static Diagnostic leftOut(Diagnostic f, Dialect d, Dialect own) {
        String more = "; the model's dialect is " + own.id() + ", so the " + d.displayName() + " schema and "
                + d.displayName() + " migration scripts are not written";
        var spelled = f.spelled();
        return new Diagnostic(f.code(), Severity.WARNING, f.span(), f.message(),
                f.help() == null ? more.substring(2) : f.help() + more, f.notes(),
                spelled == null ? null : s -> spelled.in(s) + more);
    }

    /**
     * Whether the scripts of a dialect are written for a model, given the model's own catalog: always
     * for a dialect of {@code own} (where a limit is an error), and for another only when none of its
     * limits is broken ({@link #checkLimits} says so with a warning).
     */
    public static boolean writes(Dialect d, Set<Dialect> own, Model model, Catalog catalog) {
        if (own.contains(d)) return true;
        return LimitFindings.of(d, model, catalog).stream().noneMatch(Diagnostic::isError);
    }

    /** The codes of the limits that leave a dialect's scripts out when it is not one of the run's own, each once, sorted. */
    public static SortedSet<String> leftOutBy(Dialect d, Model model, Catalog catalog) {
        var codes = new TreeSet<String>();
        for (Diagnostic f : LimitFindings.of(d, model, catalog)) if (f.isError()) codes.add(f.code());
        return codes;
    }

    /**
     * The create script: the same text as {@code sql/<dialect>/schema.sql}, made once per catalog
     * for the DDL target and the first migration, which write it alike.
     */
    public static String create(Dialect d, Catalog catalog, String schema) {
        return Derived.of(catalog, new Script(d, schema, true), () -> guarded(d, new DdlWriter(of(d), catalog).create(schema)));
    }

    /** The drop script: the same text as {@code sql/<dialect>/drop.sql}, made once per catalog as {@link #create} is. */
    public static String drop(Dialect d, Catalog catalog, String schema) {
        return Derived.of(catalog, new Script(d, schema, false), () -> guarded(d, new DdlWriter(of(d), catalog).drop(schema)));
    }

    /** Which script of a catalog. */
    private record Script(Dialect dialect, String schema, boolean create) {
        // Written out for the reason Span's are: a cold check links no record method.
        @Override public boolean equals(Object o) {
            return o instanceof Script that && dialect == that.dialect && Objects.equals(schema, that.schema)
                    && create == that.create;
        }

        @Override public int hashCode() {
            return Objects.hash(dialect, schema, create);
        }
    }

    /** The statement that makes a view of an adopted database again, as that database kept it ({@link View}). */
    public static String createView(View v) {
        return DdlWriter.createView(v);
    }

    /** The statement that drops a view of an adopted database. */
    public static String dropView(Dialect d, View v) {
        return "DROP VIEW " + id(d, v.name()) + ";";
    }

    /**
     * The statement that retires a view of an adopted database ({@code migrate --drop-view}): one
     * already dropped by hand is no failure, as the team may have dropped it before retiring it.
     */
    public static String retireView(Dialect d, View v) {
        return "DROP VIEW IF EXISTS " + id(d, v.name()) + ";";
    }

    /** A {@code @pattern} as the dialect's CHECK matches it (anchored, case-sensitive), before quoting. */
    public static String pattern(Dialect d, String regex) {
        return of(d).pattern(regex);
    }

    /**
     * A whole script of the dialect as it must be run whatever the client session's settings ({@link MysqlDialect#asRun}):
     * a MySQL script holding text outside ASCII says its encoding, and one whose string literals hold a backslash
     * escape reads them as escapes whatever the server's NO_BACKSLASH_ESCAPES; every other script as it is.
     */
    public static String guarded(Dialect d, String script) {
        return d == Dialect.MYSQL ? MysqlDialect.asRun(script) : script;
    }

    /**
     * Whether statements of the dialect read as written only in a session without NO_BACKSLASH_ESCAPES: MySQL ones
     * a string literal of which holds a backslash, which {@link #guarded} guards; an Alembic revision running them
     * guards its MySQL session alike ({@link #mysqlEscapesOn}, {@link #mysqlEscapesBack}).
     */
    public static boolean readsEscapes(Dialect d, String statements) {
        return d == Dialect.MYSQL && MysqlDialect.readsEscapes(statements);
    }

    /** The statements that save a MySQL session's sql_mode and turn NO_BACKSLASH_ESCAPES off, and why, as a script has them. */
    public static List<String> mysqlEscapesOn() {
        return MysqlDialect.ESCAPES_ON;
    }

    /** The statement that gives a MySQL session the sql_mode {@link #mysqlEscapesOn} saved. */
    public static String mysqlEscapesBack() {
        return MysqlDialect.ESCAPES_BACK;
    }

    /** What a script of the dialect runs first so that its text reads as written (MySQL's connection encoding), or null. */
    public static String encoding(Dialect d) {
        return d == Dialect.MYSQL ? MysqlDialect.SET_NAMES : null;
    }

    /** {@code -- } comment lines of a text: nothing in the text can end them early. */
    public static String comment(String text) {
        return SqlDialect.lineComment("", text);
    }

    /** An identifier, quoted only when the dialect needs it. */
    public static String id(Dialect d, String name) {
        return of(d).id(name);
    }

    /** A string literal with the dialect's escaping. */
    public static String string(Dialect d, String s) {
        return of(d).string(s);
    }

    /** The column type as the DDL spells it (enum columns included). */
    public static String columnType(Dialect d, Column c, Catalog catalog) {
        return of(d).columnType(c, catalog);
    }

    /**
     * Whether making table {@code t} anew in this dialect makes what the table keeps outside the model with it
     * (an adopted SQLite table's {@link KeptSql}): a tool that writes its own CREATE TABLE
     * would leave that out, so the SQL renderer's is run instead.
     */
    public static boolean makesKept(Dialect d, Table t) {
        return !DdlWriter.madeWith(d, t).isEmpty();
    }

    /** The statements that make table {@code t} of {@code catalog} anew in this dialect, as the schema's DDL makes it. */
    public static List<String> tableStatements(Dialect d, Table t, Catalog catalog) {
        return new DdlWriter(of(d), catalog).tableStatements(t);
    }

    /**
     * How SQLite declares a column of an enum with these values: in a STRICT table ({@link Table#strict})
     * as the STRICT type of the same meaning, else as the DDL writes it. Pull reads a column declared so, with the
     * enum's check, as an enum, and compares a model's enum column with the database's in this spelling.
     */
    public static String sqliteEnumType(List<String> values, boolean strict) {
        return strict ? TypeTable.sqliteStrict(ColumnType.ofEnum("enum")) : SqliteDialect.enumType(values);
    }

    /**
     * A check of table {@code t} as the DDL writes it in the dialect, or null when the dialect
     * keeps none of its terms; each literal as the engine must meet it for its column's type.
     */
    public static String check(Dialect d, Table t, Check c) {
        return of(d).check(c, t);
    }

    /** A check shown rather than run (pull's notes): its literals as the Catalog holds them. */
    public static String shownCheck(Dialect d, Check c) {
        return of(d).check(c, null);
    }

    /**
     * The value a compared column of table {@code t} meets in the dialect's DDL, for the other
     * targets that state the same check (SQLModel's {@code CheckConstraint}).
     */
    public static Object compared(Dialect d, Table t, Check.Compare c) {
        return of(d).compared(c, t);
    }

    /** Whether the dialect's DDL keeps a term of a check ({@link SqlDialect#keeps}). */
    public static boolean keeps(Dialect d, Check.Term t) {
        return of(d).keeps(t);
    }

    /** A number as SQL writes it in every dialect ({@link SqlDialect#number}). */
    public static String number(java.math.BigDecimal n) {
        return SqlDialect.number(n);
    }

    /**
     * The UTC text ({@link TemporalText}'s form) of a text default that is an
     * instant, a datetime column's, or null: the one test of which defaults each dialect writes as
     * an instant ({@link SqlDialect#instant}), for the DDL and for the tools that write defaults too.
     */
    public static String instantOf(ColumnType type, String value) {
        if (type == null || type.isEnum() || type.kind() != ScalarKind.DATETIME) return null;
        return TemporalText.canonical(ScalarKind.DATETIME, value);
    }

    /**
     * A datetime in {@link TemporalText}'s form (UTC) as the dialect's DDL writes
     * it as a literal ({@link SqlDialect#instant}), for a tool that picks the dialect when it runs.
     */
    public static String instantLiteral(Dialect d, String utc) {
        SqlDialect x = of(d);
        return x.string(x.instant(utc));
    }

    /** A column default's SQL in the dialect, or null when the column has none. */
    public static String defaultValue(Dialect d, Column c) {
        return c.defaultValue() == null ? null : of(d).defaultValue(c.defaultValue(), c.type());
    }

    /**
     * What follows {@code DEFAULT} in the column's definition, for a tool that writes the keyword
     * itself (Alembic's {@code server_default}), or null for no clause. MySQL keeps an
     * {@code @updated} column current with {@code ON UPDATE}, which such a tool can only write
     * after a default: a nullable column without one gets {@code NULL}, the default MySQL gives it
     * anyway. A required one without a default cannot be written so ({@link #redefinedForOnUpdate}).
     */
    public static String serverDefault(Dialect d, Column c) {
        String def = defaultValue(d, c);
        if (d != Dialect.MYSQL || !c.updatedAt()) return def;
        if (def == null && !c.nullable()) return null;
        return (def == null ? "NULL" : def) + new MysqlDialect().onUpdate(c);
    }

    /**
     * The statements that give a column the definition the DDL writes, for a required MySQL
     * {@code @updated} column without a default, whose {@code ON UPDATE} {@link #serverDefault}
     * cannot carry: the MODIFY, then what follows every definition of it
     * ({@link SqlDialect#afterDefinition}); none for every other column.
     */
    public static List<String> redefinedForOnUpdate(Dialect d, Table t,
                                                            Column c, Catalog catalog) {
        if (d != Dialect.MYSQL || !c.updatedAt() || c.nullable() || c.defaultValue() != null) return List.of();
        SqlDialect dialect = of(d);
        var out = new ArrayList<String>();
        out.add("ALTER TABLE " + dialect.id(t.name()) + " MODIFY COLUMN " + dialect.id(c.name()) + " "
                + dialect.columnDefinition(c, t, catalog) + ";");
        String after = dialect.afterDefinition(t.name(), c);
        if (after != null) out.add(after);
        return out;
    }

    /**
     * {@code ON DELETE} and {@code ON UPDATE} actions as SQL spells them, in every dialect; also
     * what SQLAlchemy's {@code ondelete=} takes, since it copies the text into its DDL.
     */
    public static String action(ReferentialAction a) {
        return dev.schemac.sqltext.SqlActions.sql(a);
    }

    /** Whether the dialect creates a partial unique constraint as a partial unique index (not MySQL). */
    public static boolean partialIndexes(Dialect d) {
        return of(d).partialIndexes();
    }

    /** A partial index's filter as the dialect's DDL writes it after {@code WHERE}: {@code deleted_at IS NULL}. */
    public static String rowFilter(Dialect d, RowFilter f) {
        return of(d).rowFilter(f);
    }

    /** Whether the dialect makes each enum a type of its own ({@link SqlDialect#enumTypes}). */
    public static boolean enumTypes(Dialect d) {
        return of(d).enumTypes();
    }

    /**
     * The column type the dialect's engine makes of a declared type, as the engine spells it:
     * MySQL's {@code BOOLEAN} makes a {@code TINYINT(1)}; elsewhere the declared type itself.
     */
    public static String madeType(Dialect d, String declared) {
        return of(d).madeType(declared);
    }

    /** The dialects that make each enum a type of its own, in {@link Dialect} order: who a sentence about enum types names. */
    public static List<Dialect> enumTypeDialects() {
        return Arrays.stream(Dialect.values()).filter(Sql::enumTypes).toList();
    }

    /** The expression the dialect's DDL uses for a {@code uuid()} default. */
    public static String uuid(Dialect d) {
        return of(d).uuid();
    }

    /** The statements that keep a table's {@code @updated} columns current (functions and triggers). */
    public static List<String> updatedAtTriggers(Dialect d, Table t, Catalog catalog) {
        return of(d).afterTable(t, catalog).stream()
                .filter(s -> s.startsWith("CREATE TRIGGER") || s.startsWith("CREATE FUNCTION") || s.startsWith("CREATE OR REPLACE FUNCTION"))
                .toList();
    }

    /** The function a table's {@code @updated} trigger calls on PostgreSQL, by name. */
    public static String updatedFunction(Table t, Catalog catalog) {
        return ((PostgresDialect) of(Dialect.POSTGRES)).updatedFunction(t, catalog);
    }

    /** The names the function of a table's {@code @updated} trigger may have on PostgreSQL, to drop it by. */
    public static List<String> updatedFunctionNames(Table t, Catalog catalog) {
        return ((PostgresDialect) of(Dialect.POSTGRES)).updatedFunctionNames(t, catalog);
    }

    /**
     * MySQL's table options as the DDL writes them, by option name ({@code engine},
     * {@code charset}, {@code collate}), in order: SQLAlchemy's {@code mysql_<name>} keyword
     * arguments, which the Alembic revisions and the SQLModel tables pass and other dialects ignore.
     */
    public static List<Map.Entry<String, String>> mysqlTableOptions() {
        return MysqlDialect.TABLE_OPTIONS;
    }
}
