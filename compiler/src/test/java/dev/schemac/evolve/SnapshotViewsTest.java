package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.View;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The views an adopted history carries in its snapshots: a catalog without views prints as
 * snapshots always did (no {@code views} key, so an old snapshot's hash holds and reads back as
 * it was), and one with views reads back equal, in the order it was written.
 */
class SnapshotViewsTest {
    static Table books() {
        var id = new Column("id", "id", new ColumnType(ScalarKind.INT, null, null, null, null), false, null, false, false, null, false, false, null);
        return new Table("books", "Book", null, List.of(id), new PrimaryKey("pk_books", List.of("id")), List.of(), List.of(),
                List.of(), List.of(), null, null);
    }

    @Test
    void aCatalogWithoutViewsPrintsAsBefore() {
        var printed = History.readTree(SnapshotHashTest.printed(Catalog.of(List.of(books()), List.of())));
        assertThat(printed.fieldNames()).toIterable().containsExactly("enums", "tables");
        assertThat(SnapshotJson.readCatalog(printed).views()).isEmpty();
    }

    @Test
    void viewsReadBackAsWritten() {
        var views = List.of(new View(Dialect.POSTGRES, "long books", "CREATE VIEW \"long books\" AS\n SELECT id FROM b;"),
                new View(Dialect.POSTGRES, "b", "CREATE VIEW b AS SELECT id FROM books"));
        var c = Catalog.of(List.of(books()), List.of(), views);
        var printed = History.readTree(SnapshotHashTest.printed(c));
        assertThat(printed.fieldNames()).toIterable().containsExactly("enums", "tables", "views");
        assertThat(printed.get("views").get(0).get("sql").asText()).as("the statement's own ; is not kept")
                .isEqualTo("CREATE VIEW \"long books\" AS\n SELECT id FROM b");
        assertThat(SnapshotJson.readCatalog(printed)).isEqualTo(c);
    }

    @Test
    void viewsOverViewsComeAfterThem() {
        var top = new View(Dialect.SQLITE, "top", "CREATE VIEW top AS SELECT * FROM \"Mid\"");
        var mid = new View(Dialect.SQLITE, "mid", "CREATE VIEW mid AS SELECT * FROM base -- mid's comment names top");
        var base = new View(Dialect.SQLITE, "base", "CREATE VIEW base AS SELECT 'top' AS x FROM books");
        var other = new View(Dialect.SQLITE, "other", "CREATE VIEW other AS SELECT 1");
        assertThat(View.inDependencyOrder(List.of(top, mid, other, base))).containsExactly(other, base, mid, top);
        assertThat(View.withDependents(List.of(base), List.of(top, mid, other, base))).containsExactly(base, mid, top);
        assertThat(mid.statement()).endsWith("names top\n;");
        assertThat(base.namesColumn("x")).as("an alias is no column it reads").isFalse();
        assertThat(base.names("top")).as("a string is no name").isFalse();
    }
}
