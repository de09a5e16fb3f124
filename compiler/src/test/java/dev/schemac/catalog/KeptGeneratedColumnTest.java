package dev.schemac.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a generated column of an adopted PostgreSQL, MySQL or MariaDB table reads ({@link KeptSql#generatedReads}): each
 * name in the parentheses after its {@code AS}, as the engine spells it, in any case; not its own name or type, not a
 * function it calls, not a string's text; every column when the definition cannot be read.
 */
class KeptGeneratedColumnTest {
    private static KeptSql pg(String sql) {
        return new KeptSql("items", "generated column `total`", sql, KeptSql.Place.GENERATED_POSTGRES);
    }

    @Test
    void readsTheNamesOfItsExpressionOnly() {
        var k = pg("\"total\" numeric(12,2) GENERATED ALWAYS AS (((qty)::numeric * \"Price\")) STORED");
        assertThat(k.generated()).isTrue();
        assertThat(k.generatedColumn()).isEqualTo("total");
        assertThat(k.generatedReads("qty")).isTrue();
        assertThat(k.generatedReads("QTY")).isTrue();
        assertThat(k.generatedReads("price")).isTrue();
        assertThat(k.generatedReads("total")).isFalse();
        assertThat(k.generatedReads("title")).isFalse();
        assertThat(k.namesTable()).as("holds under a new name of the table").isFalse();
        assertThat(k.columnsOn()).isNull();
    }

    @Test
    void notAFunctionNorAStringNorAnotherTable() {
        var k = new KeptSql("t", "generated column `n`", "`n` int AS (length(`title`) + locate('qty', `body`)) STORED",
                KeptSql.Place.GENERATED_MYSQL);
        assertThat(k.generatedReads("title")).isTrue();
        assertThat(k.generatedReads("body")).isTrue();
        assertThat(k.generatedReads("length")).isFalse();
        assertThat(k.generatedReads("qty")).isFalse();
    }

    @Test
    void unreadableReadsEverything() {
        var k = pg("\"total\" numeric GENERATED ALWAYS AS (qty * 'unclosed) STORED");
        assertThat(k.generatedReads("anything")).isTrue();
    }

    @Test
    void noSqliteSqlOfItsTable() {
        var k = pg("\"total\" numeric GENERATED ALWAYS AS (qty * price) STORED");
        var t = new Table("items", "Item", null, java.util.List.of(), null, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), null, null).withKept(java.util.List.of(k));
        assertThat(t.keptSql()).isEmpty();
        assertThat(t.declarations()).isEmpty();
    }
    @Test
    void aWordSqliteReservesIsAPostgresColumnShownBare() {
        var k = pg("pos integer GENERATED ALWAYS AS ((index + 1)) STORED");
        assertThat(k.generatedReads("index")).isTrue();
        var v = pg("n integer GENERATED ALWAYS AS ((values * \"set\")) STORED");
        assertThat(v.generatedReads("values")).isTrue();
        assertThat(v.generatedReads("set")).isTrue();
    }

    @Test
    void typesFieldsAndTypedLiteralsAreNoColumns() {
        var k = pg("day date GENERATED ALWAYS AS (((starts_at AT TIME ZONE 'UTC'::text))::date) STORED");
        assertThat(k.generatedReads("starts_at")).isTrue();
        assertThat(k.generatedReads("date")).isFalse();
        assertThat(k.generatedReads("text")).isFalse();
        assertThat(k.generatedReads("time")).isFalse();
        assertThat(k.generatedReads("zone")).isFalse();
        var y = pg("y numeric GENERATED ALWAYS AS (EXTRACT(year FROM (at)::timestamp without time zone)) STORED");
        assertThat(y.generatedReads("year")).isFalse();
        assertThat(y.generatedReads("at")).isTrue();
        assertThat(y.generatedReads("zone")).isFalse();
        var i = pg("later timestamp GENERATED ALWAYS AS ((starts + interval '1 day')) STORED");
        assertThat(i.generatedReads("interval")).isFalse();
        assertThat(i.generatedReads("starts")).isTrue();
        var b = pg("ok boolean GENERATED ALWAYS AS (((a)::boolean OR b)) STORED");
        assertThat(b.generatedReads("b")).as("a word after a cast's type and an operator is a column").isTrue();
        assertThat(b.generatedReads("boolean")).isFalse();
    }

    @Test
    void mysqlShowsItsStringsEscapedOnceMore() {
        // MySQL 8.0's information_schema shows GENERATION_EXPRESSION with its quotes escaped: concat(`a`,'it''s') as below.
        var k = new KeptSql("t", "generated column `n`", "`n` varchar(40) AS (concat(`a`,_utf8mb4\\'it\\\\\\'s\\',`b`))",
                KeptSql.Place.GENERATED_MYSQL);
        assertThat(k.generatedReads("a")).isTrue();
        assertThat(k.generatedReads("b")).isTrue();
        assertThat(k.generatedReads("c")).as("read, not taken as unreadable").isFalse();
        var plain = new KeptSql("t", "generated column `n`", "`n` varchar(40) AS (concat(`a`,'it\\'s',`b`))",
                KeptSql.Place.GENERATED_MYSQL);
        assertThat(plain.generatedReads("b")).isTrue();
        assertThat(plain.generatedReads("c")).isFalse();
    }
}
