package dev.schemac.pull.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first schema of a search_path, read as PostgreSQL reads the list. */
class SearchPathTest {
    @Test
    void anUnquotedNameIsLowerCasedAndAQuotedOneKeepsItsCaseAndCommas() {
        assertThat(PostgresReader.firstOnPath("Sales")).isEqualTo("sales");
        assertThat(PostgresReader.firstOnPath("  Sales , public")).isEqualTo("sales");
        assertThat(PostgresReader.firstOnPath("\"Sales\", public")).isEqualTo("Sales");
        assertThat(PostgresReader.firstOnPath("\"a,b\", c")).isEqualTo("a,b");
        assertThat(PostgresReader.firstOnPath("\"say \"\"hi\"\"\"")).isEqualTo("say \"hi\"");
        assertThat(PostgresReader.firstOnPath("\"$user\", Public")).isEqualTo("public");
        assertThat(PostgresReader.firstOnPath("$user")).isEqualTo("$user");
        // Only ASCII letters, as PostgreSQL lower-cases an unquoted name in a UTF-8 database.
        assertThat(PostgresReader.firstOnPath("ÉTÉ")).isEqualTo("ÉtÉ");
        assertThat(PostgresReader.firstOnPath("")).isEqualTo("public");
    }
}
