package dev.schemac.render.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The holders' queries take the table and the column number as given, whatever text those have. */
class GeneratedColumnHoldsTest {
    @Test
    void theTableAndColumnAreFilledInWithoutReadingThemAgain() {
        String sql = GeneratedColumnHolds.sql("'REL NUM {num}'::regclass", "a.NUM_{rel}", "', '");
        assertThat(sql).contains("col_description('REL NUM {num}'::regclass, a.NUM_{rel})",
                "ha.attrelid = 'REL NUM {num}'::regclass AND ha.attnum = a.NUM_{rel} AND ha.attnotnull");
        assertThat(sql.replace("'REL NUM {num}'::regclass", "").replace("a.NUM_{rel}", "")).doesNotContain("{rel}", "{num}");
    }
}
