package dev.schemac.render.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Dialect;
import dev.schemac.support.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dialect's limits are found once per model, and every caller is told the same findings in the same order. */
class LimitFindingsTest {
    private static final String SCHEMA = """
            schema s {
              dialect = mysql
            }

            entity User {
              email  text @unique
              handle string(30) @pattern("[a-z]+")
              total  decimal(20, 2)
            }
            """;

    @Test
    void theTargetsOfOneRunShareOneFindingOfEachDialect() {
        Compilation c = Models.compile(SCHEMA);
        for (Dialect d : Dialect.values()) {
            var direct = new ArrayList<Diagnostic>();
            DialectLimits.check(d, c.model(), c.catalog(), direct::add);
            List<Diagnostic> first = reported(d, c);
            assertThat(first).as("%s", d).containsExactlyElementsOf(direct);
            assertThat(reported(d, c)).as("%s, asked again", d).containsExactlyElementsOf(direct);
            assertThat(LimitFindings.of(d, c.model(), c.catalog())).isSameAs(LimitFindings.of(d, c.model(), c.catalog()));
        }
        assertThat(reported(Dialect.MYSQL, c)).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("unbounded text of `User.email`"));
        assertThat(reported(Dialect.SQLITE, c)).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("@pattern")).anyMatch(m -> m.contains("decimal(20, 2)"));
    }

    @Test
    void anotherModelIsCheckedAfresh() {
        Compilation a = Models.compile(SCHEMA);
        Compilation b = Models.compile(SCHEMA.replace("email  text @unique", "email  string(80) @unique"));
        assertThat(reported(Dialect.MYSQL, a)).extracting(Diagnostic::message).anyMatch(m -> m.contains("unbounded"));
        assertThat(reported(Dialect.MYSQL, b)).extracting(Diagnostic::message).noneMatch(m -> m.contains("unbounded"));
        assertThat(reported(Dialect.MYSQL, a)).extracting(Diagnostic::message).anyMatch(m -> m.contains("unbounded"));
    }

    private static List<Diagnostic> reported(Dialect d, Compilation c) {
        var out = new ArrayList<Diagnostic>();
        Sql.checkLimits(d, java.util.Set.of(c.model().settings().dialect()), c.model(), c.catalog(), out::add);
        return out;
    }
}
