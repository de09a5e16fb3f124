package dev.schemac.pull.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.model.Dialect;
import dev.schemac.model.Op;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Check clauses and defaults as each engine prints them, read into the Catalog's terms and defaults. */
class ExpressionsTest {
    static ColumnType t(ScalarKind k) { return new ColumnType(k, null, null, null, null); }

    static final Map<String, ColumnType> COLS = Map.of("n", t(ScalarKind.INT), "code", new ColumnType(ScalarKind.STRING, 8, null, null, null),
            "a", t(ScalarKind.DATE), "b", t(ScalarKind.DATE), "flag", t(ScalarKind.BOOL), "money", new ColumnType(ScalarKind.DECIMAL, null, 10, 2, null));

    @Test
    void postgresPrintsComparisonsWithCastsAndParentheses() {
        assertThat(Expressions.terms("((n >= 0) AND (n <= 1000))", COLS, false))
                .containsExactly(new Check.Compare("n", Op.GE, new BigDecimal("0")), new Check.Compare("n", Op.LE, new BigDecimal("1000")));
        assertThat(Expressions.terms("(money >= (0)::numeric)", COLS, false))
                .containsExactly(new Check.Compare("money", Op.GE, new BigDecimal("0")));
        assertThat(Expressions.terms("((char_length((code)::text) >= 1) AND (char_length((code)::text) <= 8))", COLS, false))
                .containsExactly(new Check.Length("code", 1, 8));
        assertThat(Expressions.terms("((code)::text ~ '^([a-z]+)$'::text)", COLS, false))
                .containsExactly(new Check.Pattern("code", "[a-z]+"));
        assertThat(Expressions.terms("((code)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[]))", COLS, false))
                .containsExactly(new Check.EnumMember("code", null, List.of("x", "y")));
        assertThat(Expressions.terms("(a <= b)", COLS, false)).containsExactly(new Check.ColumnCompare("a", Op.LE, "b"));
    }

    /**
     * A float bound the DDL wrote as binary32 holds it reads back as the shortest decimal of that
     * binary32, however the engine shows the number: PostgreSQL quotes it as a numeric.
     */
    @Test
    void aFloatBoundReadsBackTheSameQuotedOrBare() {
        var cols = Map.of("f", t(ScalarKind.FLOAT), "d", t(ScalarKind.DOUBLE));
        var expected = new Check.Compare("f", Op.LE, new BigDecimal("3.4E38"));
        assertThat(Expressions.terms("(f <= ('339999995214436424907732413799364296704'::numeric)::double precision)", cols, false))
                .as("PostgreSQL").containsExactly(expected);
        assertThat(Expressions.terms("`f` <= 339999995214436424907732413799364296704", cols, true)).as("MariaDB")
                .containsExactly(expected);
        assertThat(Expressions.terms("(d <= ('339999995214436424907732413799364296704'::numeric)::double precision)", cols, false))
                .as("a double's bound is the number itself")
                .containsExactly(new Check.Compare("d", Op.LE, new BigDecimal("339999995214436424907732413799364296704")));
    }

    @Test
    void theCheckThatKeepsAReferenceWholeAsEachEnginePrintsIt() {
        var both = new Check.AllOrNone(List.of("a", "b"));
        assertThat(Expressions.terms("(a IS NULL AND b IS NULL) OR (a IS NOT NULL AND b IS NOT NULL)", COLS, false))
                .as("as schemac writes it, and SQLite keeps it").containsExactly(both);
        assertThat(Expressions.terms("(((a IS NULL) AND (b IS NULL)) OR ((a IS NOT NULL) AND (b IS NOT NULL)))", COLS, false))
                .as("PostgreSQL").containsExactly(both);
        assertThat(Expressions.terms("(((`a` is null) and (`b` is null)) or ((`a` is not null) and (`b` is not null)))", COLS, true))
                .as("MySQL").containsExactly(both);
        assertThat(Expressions.terms("`a` is null and `b` is null or `a` is not null and `b` is not null", COLS, true))
                .as("MariaDB").containsExactly(both);
        assertThat(Expressions.terms("(a IS NULL AND b IS NULL) OR (a IS NOT NULL AND n IS NOT NULL)", COLS, false))
                .as("other columns on each side").isNull();
        assertThat(Expressions.terms("(a IS NULL AND b IS NULL) OR (a IS NOT NULL AND b IS NULL)", COLS, false)).isNull();
        assertThat(Expressions.terms("a IS NULL OR a IS NOT NULL", COLS, false)).as("one column").isNull();
    }

    @Test
    void mysqlAndSqlitePrintThemPlainer() {
        assertThat(Expressions.terms("`n` <> 0", COLS, true)).containsExactly(new Check.Compare("n", Op.NE, new BigDecimal("0")));
        assertThat(Expressions.terms("char_length(`code`) between 1 and 8", COLS, true)).containsExactly(new Check.Length("code", 1, 8));
        assertThat(Expressions.terms("0 < n", COLS, false)).containsExactly(new Check.Compare("n", Op.GT, new BigDecimal("0")));
        assertThat(Expressions.terms("code <> 'it''s'", COLS, false)).containsExactly(new Check.Compare("code", Op.NE, "it's"));
        assertThat(Expressions.terms("`code` <> 'it\\'s'", COLS, true)).containsExactly(new Check.Compare("code", Op.NE, "it's"));
        assertThat(Expressions.terms("flag = 1", COLS, true)).containsExactly(new Check.Compare("flag", Op.EQ, Boolean.TRUE));
    }

    @Test
    void whatTheLanguageCannotSayIsNull() {
        assertThat(Expressions.terms("n > 0 OR n IS NULL", COLS, false)).isNull();
        assertThat(Expressions.terms("n + 1 > 0", COLS, false)).isNull();
        assertThat(Expressions.terms("lower(code) = code", COLS, false)).isNull();
        assertThat(Expressions.terms("code ~ 'abc'", COLS, false)).as("an unanchored pattern matches part of a value").isNull();
        assertThat(Expressions.terms("unknown_column > 0", COLS, false)).isNull();
        assertThat(Expressions.terms("n >", COLS, false)).isNull();
    }

    static Expressions.Default d(String sql, ColumnType t, Dialect dialect) {
        return Expressions.defaultOf(sql, t, null, dialect, dialect == Dialect.MYSQL);
    }

    static ColumnDefault value(String sql, ColumnType t, Dialect dialect) {
        return ((Expressions.Default.Value) d(sql, t, dialect)).value();
    }

    @Test
    void defaultsAsEnginesPrintThem() {
        assertThat(value("'-3'::integer", t(ScalarKind.SMALLINT), Dialect.POSTGRES)).isEqualTo(new ColumnDefault.Number(new BigDecimal("-3")));
        assertThat(value("1.5000", t(ScalarKind.DECIMAL), Dialect.MYSQL)).isEqualTo(new ColumnDefault.Number(new BigDecimal("1.5")));
        assertThat(value("'x''y'::character varying", t(ScalarKind.STRING), Dialect.POSTGRES)).isEqualTo(new ColumnDefault.Text("x'y"));
        assertThat(value("(_utf8mb3'it\\'s\\nnew')", t(ScalarKind.TEXT), Dialect.MYSQL)).isEqualTo(new ColumnDefault.Text("it's\nnew"));
        assertThat(value("TRUE", t(ScalarKind.BOOL), Dialect.SQLITE)).isEqualTo(new ColumnDefault.Bool(true));
        assertThat(value("'0'", t(ScalarKind.BOOL), Dialect.MYSQL)).isEqualTo(new ColumnDefault.Bool(false));
        assertThat(value("CURRENT_TIMESTAMP(6)", t(ScalarKind.DATETIME), Dialect.MYSQL)).isEqualTo(new ColumnDefault.Now());
        assertThat(value("now()", t(ScalarKind.DATETIME), Dialect.POSTGRES)).isEqualTo(new ColumnDefault.Now());
        assertThat(value("curdate()", t(ScalarKind.DATE), Dialect.MYSQL)).isEqualTo(new ColumnDefault.Now());
        assertThat(value("gen_random_uuid()", t(ScalarKind.UUID), Dialect.POSTGRES)).isEqualTo(new ColumnDefault.Uuid());
        assertThat(value("'2024-01-31 09:30:00+00'::timestamp with time zone", t(ScalarKind.DATETIME), Dialect.POSTGRES))
                .isEqualTo(new ColumnDefault.Text("2024-01-31 09:30:00"));
        assertThat(value("'2024-01-31 10:30:00+01'", t(ScalarKind.DATETIME), Dialect.POSTGRES))
                .isEqualTo(new ColumnDefault.Text("2024-01-31 09:30:00"));
        assertThat(value("'2024-01-31 09:30:00.000000'", t(ScalarKind.DATETIME), Dialect.MYSQL))
                .isEqualTo(new ColumnDefault.Text("2024-01-31 09:30:00"));
        assertThat(d("nextval('t_id_seq'::regclass)", t(ScalarKind.INT), Dialect.POSTGRES)).isInstanceOf(Expressions.Default.Sequence.class);
        assertThat(d("NULL", t(ScalarKind.INT), Dialect.MYSQL)).isInstanceOf(Expressions.Default.None.class);
    }

    @Test
    void sqliteUuidDefaultIsSchemacsExpression() {
        String expr = dev.schemac.render.sql.Sql.uuid(Dialect.SQLITE);
        String withoutParens = expr.substring(1, expr.length() - 1);
        var uuidChar = new ColumnType(ScalarKind.CHAR, 36, null, null, null);
        assertThat(value(withoutParens, uuidChar, Dialect.SQLITE)).isEqualTo(new ColumnDefault.Uuid());
    }

    @Test
    void defaultsThatAreNoLiteralAreUnsupported() {
        assertThat(d("(now() + '1 day'::interval)", t(ScalarKind.DATETIME), Dialect.POSTGRES)).isInstanceOf(Expressions.Default.Unsupported.class);
        assertThat(d("'2024-01-31 09:30:00.5'", t(ScalarKind.DATETIME), Dialect.MYSQL)).isInstanceOf(Expressions.Default.Unsupported.class);
        assertThat(d("1.5", t(ScalarKind.INT), Dialect.POSTGRES)).isInstanceOf(Expressions.Default.Unsupported.class);
        assertThat(d("CURRENT_TIMESTAMP", t(ScalarKind.DATE), Dialect.POSTGRES)).isInstanceOf(Expressions.Default.Unsupported.class);
    }

    @Test
    void booleanDefaultsAreReadAsEachEngineStoresThem() {
        var bool = t(ScalarKind.BOOL);
        assertThat(value("'yes'", bool, Dialect.POSTGRES)).isEqualTo(new ColumnDefault.Bool(true));
        assertThat(value("'off'", bool, Dialect.POSTGRES)).isEqualTo(new ColumnDefault.Bool(false));
        assertThat(value("'1'", bool, Dialect.MYSQL)).isEqualTo(new ColumnDefault.Bool(true));
        assertThat(value("TRUE", bool, Dialect.SQLITE)).isEqualTo(new ColumnDefault.Bool(true));
        assertThat(value("0", bool, Dialect.SQLITE)).isEqualTo(new ColumnDefault.Bool(false));
        assertThat(value("'1'", bool, Dialect.SQLITE)).isEqualTo(new ColumnDefault.Bool(true));
        // SQLite keeps the text 'yes' (which it reads as false): no boolean default, and the reason says so.
        assertThat(d("'yes'", bool, Dialect.SQLITE)).isEqualTo(
                new Expressions.Default.Unsupported("`'yes'` is stored as this text, not as a boolean"));
        assertThat(d("2", bool, Dialect.MYSQL)).isEqualTo(
                new Expressions.Default.Unsupported("`2` is not a boolean MySQL stores"));
        assertThat(d("'toolong'", new ColumnType(ScalarKind.STRING, 5, null, null, null), Dialect.SQLITE)).isEqualTo(
                new Expressions.Default.Unsupported("`'toolong'` is longer than the column's 5 characters"));
        assertThat(d("lower('x')", t(ScalarKind.TEXT), Dialect.SQLITE)).isEqualTo(
                new Expressions.Default.Unsupported("`lower('x')` is not a literal, now() or uuid() of the column's type"));
    }

    /** A float's zero with a minus sign, however the engine prints it, is told from 0; a decimal's is 0. */
    @Test
    void aFloatDefaultOfNegativeZeroIsNoZero() {
        for (String text : List.of("-0.0", "'-0'::real", "'-0.0'::double precision", "(-0.0)", "-0", "-.0", "-0e5")) {
            assertThat(Expressions.defaultOf(text, t(ScalarKind.DOUBLE), null, Dialect.POSTGRES, false)).as(text)
                    .isInstanceOf(Expressions.Default.Unsupported.class);
        }
        for (String text : List.of("0.0", "'0'::real", "-0.5", "-10", "'-0.01'")) {
            assertThat(Expressions.defaultOf(text, t(ScalarKind.FLOAT), null, Dialect.POSTGRES, false)).as(text)
                    .isInstanceOf(Expressions.Default.Value.class);
        }
        // SQLite stores a REAL default of -0.0 as 0.0.
        assertThat(Expressions.defaultOf("-0.0", t(ScalarKind.DOUBLE), null, Dialect.SQLITE, false))
                .isInstanceOfSatisfying(Expressions.Default.Value.class,
                        v -> assertThat(((ColumnDefault.Number) v.value()).value().signum()).isZero());
        assertThat(Expressions.defaultOf("-0.0", new ColumnType(ScalarKind.DECIMAL, null, 5, 2, null), null, Dialect.SQLITE, false))
                .isEqualTo(new Expressions.Default.Value(new ColumnDefault.Number(BigDecimal.ZERO)));
    }
}
