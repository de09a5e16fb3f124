package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.model.Dialect;
import org.junit.jupiter.api.Test;

/**
 * The fklean sequence (run on every engine by EvolutionSequencesOnRealEnginesTest): whatever the foreign key's index
 * gives way to (a unique taking over its name, an index over a column the migration adds, a unique over an added
 * column with a default) is made before the old index goes, so no engine drops and adds the key again, up or down.
 */
class ForeignKeyLeansOnNewIndexTest {
    @Test
    void theKeyIsNeverDroppedUpOrDown() throws Exception {
        var s = Sequences.chosen(Sequences.all(), "fklean").get(0);
        var b = Sequences.build(s);
        for (int v = 2; v <= s.versions().size(); v++) {
            for (Dialect d : Dialect.values()) {
                for (String direction : new String[] {"up", "down"}) {
                    String sql = Sequences.sql(b, s, d, v, direction);
                    assertThat(sql).as("v%d %s %s", v, d, direction).doesNotContainIgnoringCase("FOREIGN KEY fk_books_authors")
                            .doesNotContain("DROP CONSTRAINT fk_books_authors").doesNotContain("DROP CONSTRAINT IF EXISTS fk_books_authors")
                            .doesNotContain("ADD CONSTRAINT fk_books_authors");
                }
            }
        }
    }

    @Test
    void aUniqueTakingOverTheIndexNameIsMadeUnderATemporaryNameAndSaidByItsOwn() throws Exception {
        var s = Sequences.chosen(Sequences.all(), "fklean").get(0);
        var b = Sequences.build(s);
        String up = Sequences.sql(b, s, Dialect.MYSQL, 2, "up");
        assertThat(up.indexOf("ADD CONSTRAINT " + Renames.TEMPORARY)).isNotNegative().isLessThan(dropOf(up, "idx_books_author_id"));
        assertThat(up.indexOf("RENAME INDEX " + Renames.TEMPORARY)).isGreaterThan(dropOf(up, "idx_books_author_id"));
        String said = String.join("\n", Describe.sentences(b.steps().get(1).plan().up()));
        assertThat(said).doesNotContain(Renames.TEMPORARY).contains("idx_books_author_id");
        String findings = b.steps().get(1).plan().findings().stream().map(Lint.Finding::message).toList().toString();
        assertThat(findings).contains("idx_books_author_id").doesNotContain(Renames.TEMPORARY);
    }

    @Test
    void aColumnTheNewIndexNeedsIsAddedBeforeTheOldIndexGoes() throws Exception {
        var s = Sequences.chosen(Sequences.all(), "fklean").get(0);
        var b = Sequences.build(s);
        for (int v = 3; v <= 4; v++) {
            String column = v == 3 ? "year" : "edition";
            String old = v == 3 ? "idx_books_author_id" : "idx_books_author_id_year";
            String up = Sequences.sql(b, s, Dialect.MYSQL, v, "up");
            int add = up.indexOf("ADD COLUMN " + column + " ");
            int drop = dropOf(up, old);
            assertThat(add).as("v%d %s", v, up).isNotNegative().isLessThan(drop);
        }
    }

    @Test
    void anAddedColumnOfANewEnumTheNewIndexNeedsIsAddedWithItsTypeBeforeTheOldUniqueGoes() throws Exception {
        var s = Sequences.chosen(Sequences.all(), "fklean").get(0);
        var b = Sequences.build(s);
        for (Dialect d : Dialect.values()) {
            String up = Sequences.sql(b, s, d, 5, "up");
            int add = up.indexOf("ADD COLUMN stage ");
            int drop = up.indexOf(d == Dialect.MYSQL ? "DROP INDEX " : d == Dialect.SQLITE ? "Rebuilding books" : "DROP CONSTRAINT ");
            assertThat(drop).as("%s %s", d, up).isNotNegative();
            if (d != Dialect.SQLITE) assertThat(add).as("%s %s", d, up).isNotNegative().isLessThan(drop);
            if (d == Dialect.POSTGRES) assertThat(up.indexOf("CREATE TYPE ")).as(up).isNotNegative().isLessThan(add);
        }
    }

    /** Where index {@code name} is dropped (not another whose name starts alike), or -1. */
    private static int dropOf(String up, String name) {
        var m = java.util.regex.Pattern.compile("DROP INDEX " + name + "\\b").matcher(up);
        return m.find() ? m.start() : -1;
    }
}
