package dev.schemac.gen.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.check.naming.ColumnNameConvention;
import dev.schemac.gen.sql.Introspector.Kind;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * What SC605 says of PostgreSQL, on PostgreSQL: an unquoted name loses its ASCII capitals, so a column named
 * with one answers only when quoted; a capital of another script is kept as written (a UTF-8 database folds
 * A-Z alone), so the rule's reason for such a name is that it reads unlike the other columns, not the quoting.
 */
class CaseFoldingOnPostgresTest {
    @Test
    void onlyAsciiCapitalsAreFoldedSoOnlyTheyMustBeQuoted() throws Exception {
        assertThat(new ColumnNameConvention().rationale())
                .contains("name with an ASCII capital or a space must be quoted in every PostgreSQL query (which folds unquoted A-Z to lower case)");
        try (LiveDb db = LiveDb.fresh(Kind.POSTGRES, "casefold"); var c = db.connect(); var s = c.createStatement()) {
            s.execute("CREATE TABLE t (\"FirstName\" int, \"Филиал\" int, \"first name\" int)");
            assertThatThrownBy(() -> s.executeQuery("SELECT FirstName FROM t").close()).isInstanceOf(SQLException.class);
            s.executeQuery("SELECT \"FirstName\" FROM t").close();
            s.executeQuery("SELECT Филиал FROM t").close();
            assertThatThrownBy(() -> s.executeQuery("SELECT филиал FROM t").close()).isInstanceOf(SQLException.class);
        }
    }
}
