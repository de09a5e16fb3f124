package dev.schemac.pull.lift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.resolve.StoredText;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentsTest {
    /** The lifter names a relation only as check accepts it, so a pulled model never fails SC510 on one. */
    @Test
    void aRelationNameIsWhatChecksRuleAccepts() {
        for (String ok : List.of("author", "Author", "reports to", "a_b2")) {
            assertThat(Idents.canNameRelation(ok)).as(ok).isTrue();
        }
        for (String refused : List.of("état", "_author", "9lives", "a-b", "a  b", "")) {
            assertThat(Idents.canNameRelation(refused)).as(refused).isFalse();
            assertThat(StoredText.relationNameProblem(refused)).as(refused).isNotNull();
        }
    }
}
