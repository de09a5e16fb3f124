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
}
