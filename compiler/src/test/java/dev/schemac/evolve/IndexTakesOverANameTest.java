package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.model.Dialect;
import org.junit.jupiter.api.Test;

/**
 * The indexname sequence (run on every engine by EvolutionSequencesOnRealEnginesTest): an index that takes over the
 * name of an index the table drops, over a foreign key's column, leaves the key alone on every engine. It is made
 * first under a temporary name and renamed once the old index is gone; the migration's summary says it once, by
 * its own name.
 */
class IndexTakesOverANameTest {
    @Test
    void theForeignKeyStaysAndTheIndexIsSaidByItsName() throws Exception {
        var s = Sequences.chosen(Sequences.all(), "indexname").get(0);
        var b = Sequences.build(s);
        for (int v = 2; v <= 3; v++) {
            for (Dialect d : Dialect.values()) {
                for (String direction : new String[] {"up", "down"}) {
                    String sql = Sequences.sql(b, s, d, v, direction);
                    assertThat(sql).as("v%d %s %s", v, d, direction).doesNotContainIgnoringCase("FOREIGN KEY fk_books_authors")
                            .doesNotContain("DROP CONSTRAINT fk_books_authors").doesNotContain("DROP CONSTRAINT IF EXISTS fk_books_authors");
                }
            }
            String up = Sequences.sql(b, s, Dialect.POSTGRES, v, "up");
            assertThat(up).contains(Renames.TEMPORARY);
            assertThat(up.indexOf("CREATE INDEX " + Renames.TEMPORARY)).isLessThan(up.indexOf("DROP INDEX idx_books_author_id"));
            assertThat(String.join("\n", Describe.sentences(b.steps().get(v - 1).plan().up()))).doesNotContain(Renames.TEMPORARY)
                    .contains("idx_books_author_id");
        }
    }
}
