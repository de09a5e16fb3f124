package dev.schemac.pull.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.RowFilter;
import org.junit.jupiter.api.Test;

/** The filters an index may have that make a unique among live rows, as each engine prints them back. */
class LiveRowsTest {

    @Test
    void theSoftDeleteMarkerIsNullIsTheLiveRows() {
        var live = new RowFilter.IsNull("deleted_at");
        assertThat(LiveRows.of("(deleted_at IS NULL)")).isEqualTo(live); // PostgreSQL
        assertThat(LiveRows.of("deleted_at is null;")).isEqualTo(live); // SQLite keeps the text as written
        assertThat(LiveRows.of("\"deleted_at\" IS NULL")).isEqualTo(live);
    }

    @Test
    void anyColumnMayBeTheMarker() {
        // deleted_at datetime? @map("removed_on"): which column is the marker is the lifter's to say (SoftDeleteMarkerPullTest).
        assertThat(LiveRows.of("(removed_on IS NULL)")).isEqualTo(new RowFilter.IsNull("removed_on"));
        assertThat(LiveRows.of("(\"Deleted_At\" IS NULL)")).isEqualTo(new RowFilter.IsNull("Deleted_At"));
    }

    @Test
    void anotherConditionIsAPartialIndexTheModelCannotSay() {
        assertThat(LiveRows.of("(deleted_at IS NOT NULL)")).isNull();
        assertThat(LiveRows.of("(deleted_at IS NULL) AND (active)")).isNull();
    }
}
