package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.model.Dialect;
import dev.schemac.naming.ReservedWords;
import org.junit.jupiter.api.Test;

class ReservedWordsTest {

    @Test
    void sqlReservedWordsArePerDialectAndCaseInsensitive() {
        assertThat(ReservedWords.sqlDialectsReserving("order")).containsExactly(Dialect.SQLITE, Dialect.POSTGRES, Dialect.MYSQL);
        assertThat(ReservedWords.sqlDialectsReserving("User")).containsExactly(Dialect.POSTGRES);
        assertThat(ReservedWords.sqlDialectsReserving("key")).containsExactly(Dialect.MYSQL);
        assertThat(ReservedWords.sqlDialectsReserving("index")).containsExactly(Dialect.SQLITE, Dialect.MYSQL);
        assertThat(ReservedWords.isSqlReserved("action")).isFalse();  // a keyword SQLite takes as a name
        assertThat(ReservedWords.isSqlReserved("status")).isFalse();
        assertThat(ReservedWords.isSqlReserved("groups", Dialect.MYSQL)).isTrue();
    }

    @Test
    void pythonKeywordsAndModelAttributes() {
        assertThat(ReservedWords.isPythonReserved("class")).isTrue();
        assertThat(ReservedWords.isPythonReserved("None")).isTrue();
        assertThat(ReservedWords.isPythonReserved("metadata")).isTrue();
        assertThat(ReservedWords.isPythonReserved("model_config")).isTrue();
        assertThat(ReservedWords.isPythonReserved("match")).isFalse();  // a soft keyword is a valid name
        assertThat(ReservedWords.isPythonReserved("order")).isFalse();
        assertThat(ReservedWords.isPythonKeyword("metadata")).isFalse();
        assertThat(ReservedWords.pythonSafe("from")).isEqualTo("from_");
        assertThat(ReservedWords.pythonSafe("name")).isEqualTo("name");
    }

    @Test
    void prismaReservedModelNamesAreCaseSensitive() {
        assertThat(ReservedWords.isPrismaReserved("PrismaClient")).isTrue();
        assertThat(ReservedWords.isPrismaReserved("String")).isTrue();
        assertThat(ReservedWords.isPrismaReserved("string")).isFalse();
        assertThat(ReservedWords.prismaSafe("Prisma")).isEqualTo("RenamedPrisma");
        assertThat(ReservedWords.prismaSafe("User")).isEqualTo("User");
    }
}
