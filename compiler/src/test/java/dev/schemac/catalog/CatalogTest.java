package dev.schemac.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Catalog's indexes answer as a scan of its tables would, in the Catalog's order. */
class CatalogTest {
    private static Table withTrigger(Table t, String trigger) {
        return new Table(t.name(), t.entity(), t.doc(), t.columns(), t.primaryKey(), t.foreignKeys(),
                t.uniques(), t.indexes(), t.checks(), trigger, t.join());
    }

    @Test
    void tablesThatShareAnUpdatedTriggersNameAreFoundInTheCatalogsOrder() {
        Catalog lowered = Models.clean("""
                schema s { dialect = postgres }
                entity A { x int }
                entity B { x int }
                entity C { x int }
                entity D { x int }
                """).catalog();
        var tables = lowered.tables();
        assertThat(tables).allSatisfy(t -> assertThat(t.updatedAtTrigger()).isNotNull());
        // A database schemac did not make may name the triggers of many tables alike (PostgreSQL names one per table).
        var shared = new ArrayList<Table>();
        shared.add(withTrigger(tables.get(0), "last_updated"));
        shared.add(withTrigger(tables.get(1), null));
        shared.add(tables.get(2));
        shared.add(withTrigger(tables.get(3), "last_updated"));
        Catalog c = Catalog.of(shared, lowered.enums());

        assertThat(c.tablesWithUpdatedAtTrigger("last_updated")).containsExactly(shared.get(0), shared.get(3));
        assertThat(c.tablesWithUpdatedAtTrigger(tables.get(2).updatedAtTrigger())).containsExactly(shared.get(2));
        assertThat(c.tablesWithUpdatedAtTrigger(tables.get(1).updatedAtTrigger())).isEmpty();
        for (Table t : c.tables()) {
            if (t.updatedAtTrigger() == null) continue;
            assertThat(c.tablesWithUpdatedAtTrigger(t.updatedAtTrigger()))
                    .containsExactlyElementsOf(c.tables().stream().filter(o -> t.updatedAtTrigger().equals(o.updatedAtTrigger())).toList());
        }
        assertThat(c.withViews(List.of()).tablesWithUpdatedAtTrigger("last_updated")).containsExactly(shared.get(0), shared.get(3));
    }
}
