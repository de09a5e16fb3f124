package dev.schemac.render.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.model.Dialect;
import dev.schemac.naming.ReservedWords;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The renderer quotes exactly what the reserved-word table says, in every dialect alike. */
class QuotingTest {

    @Test
    void everyWordAnyDialectReservesIsQuotedInEveryDialect() {
        for (String list : new String[] {"SQLite", "SQLite in expressions", "PostgreSQL", "MySQL 8.0", "MariaDB",
                "MySQL, later releases", "MySQL and MariaDB functions"}) {
            for (String word : ReservedWords.lists().get(list)) {
                String name = word.toLowerCase(Locale.ROOT);
                for (Dialect d : Dialect.values()) {
                    String q = d == Dialect.MYSQL ? "`" : "\"";
                    assertThat(Sql.id(d, name)).as("%s (%s) in %s", name, list, d).isEqualTo(q + name + q);
                }
            }
        }
    }

    @Test
    void plainNamesNoDialectReservesStayBare() {
        for (String name : new String[] {"plan", "action", "status", "name", "rank_", "query", "title"}) {
            for (Dialect d : Dialect.values()) assertThat(Sql.id(d, name)).as("%s in %s", name, d).isEqualTo(name);
        }
        assertThat(Sql.id(Dialect.POSTGRES, "tablesample")).isEqualTo("\"tablesample\"");
        assertThat(Sql.id(Dialect.MYSQL, "count")).as("a function name under IGNORE_SPACE").isEqualTo("`count`");
        assertThat(Sql.id(Dialect.SQLITE, "Order")).as("not a plain lower-case word").isEqualTo("\"Order\"");
    }

    @Test
    void postgresLiteralsHoldingABackslashAreEscapeStringsWithItDoubled() {
        assertThat(Sql.string(Dialect.POSTGRES, "it's")).isEqualTo("'it''s'");
        assertThat(Sql.string(Dialect.POSTGRES, "a\\' \\! x")).isEqualTo("E'a\\\\'' \\\\! x'");
        assertThat(Sql.string(Dialect.SQLITE, "a\\'")).as("SQLite reads no backslash escapes").isEqualTo("'a\\'''");
    }

    @Test
    void aDollarQuotedBodyTakesTheShortestTagAbsentFromIt() {
        assertThat(PostgresDialect.dollarQuoted("x")).isEqualTo("$$x$$");
        assertThat(PostgresDialect.dollarQuoted("a$$b")).isEqualTo("$_$a$$b$_$");
        assertThat(PostgresDialect.dollarQuoted("$$ $_$ $__$")).isEqualTo("$___$$$ $_$ $__$$___$");
        // A body ending in "$" would make "$$" with the closing tag: the tag must not occur there either.
        assertThat(PostgresDialect.dollarQuoted("a$")).isEqualTo("$_$a$$_$");
        assertThat(PostgresDialect.dollarQuoted("a$_")).isEqualTo("$$a$_$$");
    }
}
