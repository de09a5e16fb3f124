package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.View;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.sql.GeneratedColumnHolds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One decision per kept generated column ({@link GeneratedThrough#fate}): SC573 ({@link GeneratedThrough#broken}) and the
 * SQL writer ({@link GeneratedThrough#remade}) ask it alike, so a column one of them passes the other remakes.
 */
class GeneratedThroughFateTest {
    private static Column col(String name, ScalarKind kind) {
        return new Column(name, name, new ColumnType(kind, null, null, null, null), false, null, false, false, null, false, false, null);
    }

    private static Table items(KeptSql k) {
        return new Table("items", "Item", null, List.of(col("id", ScalarKind.INT), col("qty", ScalarKind.INT)), null, List.of(),
                List.of(), List.of(), List.of(), null, null).withKept(List.of(k));
    }

    private static final List<Change> WIDER_QTY = List.of(new Change.AlterColumn("items", col("qty", ScalarKind.INT), col("qty", ScalarKind.BIGINT)));

    @Test
    void aReadableDefinitionIsRemadeAndNotRefused() {
        var k = new KeptSql("items", "generated column `total`", "total bigint GENERATED ALWAYS AS ((qty * 2)) STORED",
                KeptSql.Place.GENERATED_POSTGRES);
        var from = Catalog.of(List.of(items(k)), List.of());
        assertThat(GeneratedThrough.fate(k, from.tables().get(0), WIDER_QTY, from)).isInstanceOf(GeneratedThrough.Fate.Remake.class);
        assertThat(GeneratedThrough.broken(WIDER_QTY, from)).isEmpty();
        assertThat(GeneratedThrough.remade(WIDER_QTY, from)).containsKey("items");
        assertThat(k.generatedExpression()).isEqualTo("(qty * 2)");
        assertThat(k.generatedType()).isEqualTo("bigint");
    }

    /** A definition that cannot be read (no column name to drop, no expression to make it again): refused, never a bare ALTER TYPE. */
    @Test
    void anUnreadableDefinitionIsRefusedNotLeftToPostgres() {
        var k = new KeptSql("items", "generated column `total`", "\"total\" numeric GENERATED ALWAYS AS (qty * 'unclosed) STORED",
                KeptSql.Place.GENERATED_POSTGRES);
        var from = Catalog.of(List.of(items(k)), List.of());
        assertThat(k.generatedColumn()).isNull();
        var fate = GeneratedThrough.fate(k, from.tables().get(0), WIDER_QTY, from);
        assertThat(fate).isInstanceOf(GeneratedThrough.Fate.Refuse.class);
        assertThat(((GeneratedThrough.Fate.Refuse) fate).why()).contains("cannot be read to make it again");
        assertThat(GeneratedThrough.broken(WIDER_QTY, from)).hasSize(1);
        assertThat(GeneratedThrough.remade(WIDER_QTY, from)).isEmpty();
    }

    @Test
    void theTypesADefinitionNames() {
        var k = new KeptSql("t", "generated column `open`", "\"open\" boolean GENERATED ALWAYS AS ((x = 'a'::public.\"State\")) STORED",
                KeptSql.Place.GENERATED_POSTGRES);
        assertThat(k.generatedNamesType("State")).isTrue();
        assertThat(k.generatedNamesType("state")).isFalse();
        assertThat(k.generatedNamesType("x")).isFalse();
        assertThat(k.generatedNamesType("boolean")).isTrue();
    }

    /**
     * What pull read on a column names a view of the table's own schema unqualified, one of another schema qualified: a
     * view the migration retires lets the column be made again only when it is the former, whatever the other's name.
     */
    @Test
    void aViewOfAnotherSchemaIsNotTakenForTheRetiredOneOfItsName() {
        assertThat(GeneratedColumnHolds.viewOfTheSchema("view big_items")).isEqualTo("big_items");
        assertThat(GeneratedColumnHolds.viewOfTheSchema("view \"Big \"\"Items\"")).isEqualTo("Big \"Items");
        assertThat(GeneratedColumnHolds.viewOfTheSchema("rule _RETURN on view \"long books\"")).isEqualTo("long books");
        assertThat(GeneratedColumnHolds.viewOfTheSchema("view other.big_items")).isNull();
        assertThat(GeneratedColumnHolds.viewOfTheSchema("view \"a.b\".big_items")).isNull();
        assertThat(GeneratedColumnHolds.viewOfTheSchema("index public.big_items")).isNull();

        var view = new View(Dialect.POSTGRES, "big_items", "CREATE VIEW big_items AS SELECT id, total FROM items");
        var retire = new java.util.ArrayList<Change>(WIDER_QTY);
        retire.add(0, new Change.DropView(view));
        for (var held : List.of(List.of("view big_items"), List.of("view other.big_items"))) {
            var k = new KeptSql("items", "generated column `total`", "total bigint GENERATED ALWAYS AS ((qty * 2)) STORED",
                    KeptSql.Place.GENERATED_POSTGRES, null, held, "public");
            var from = Catalog.of(List.of(items(k)), List.of(), List.of(view));
            var fate = GeneratedThrough.fate(k, from.tables().get(0), retire, from);
            if (held.get(0).startsWith("view other.")) {
                assertThat(fate).isInstanceOf(GeneratedThrough.Fate.Refuse.class);
                assertThat(((GeneratedThrough.Fate.Refuse) fate).why()).endsWith("(`view other.big_items`)");
            } else {
                assertThat(fate).isInstanceOf(GeneratedThrough.Fate.Remake.class);
            }
            var kept = GeneratedThrough.fate(k, from.tables().get(0), WIDER_QTY, from);
            assertThat(kept).as("the carried view, not retired, holds it under either").isInstanceOf(GeneratedThrough.Fate.Refuse.class);
        }
    }

    /**
     * A history adopted before schemac recorded the table's schema holds every view qualified ({@code view public.big_items},
     * its own schema's too): the entry is the carried view of its name when it is the one entry of that name and the
     * carried view reads the column, so retiring it lets the column be made again; two entries of one name (two
     * schemas' views), or a carried view that does not read the column, still hold it. A history that records the
     * schema compares it.
     */
    @Test
    void aHistoryAdoptedBeforeSchemasWereRecordedReadsItsQualifiedViews() {
        assertThat(GeneratedColumnHolds.qualifiedView("view public.big_items")).containsExactly("public", "big_items");
        assertThat(GeneratedColumnHolds.qualifiedView("view \"a.b\".\"Big \"\"Items\"")).containsExactly("a.b", "Big \"Items");
        assertThat(GeneratedColumnHolds.qualifiedView("rule _RETURN on view s.v")).containsExactly("s", "v");
        assertThat(GeneratedColumnHolds.qualifiedView("view big_items")).isNull();
        assertThat(GeneratedColumnHolds.qualifiedView("index public.big_items")).isNull();
        assertThat(GeneratedColumnHolds.qualifiedView("view a.b.c")).isNull();
        assertThat(GeneratedColumnHolds.unqualified("view public.big_items")).isEqualTo("view big_items");
        assertThat(GeneratedColumnHolds.unqualified("view \"a.\"\"b\".\"Big Items\"")).isEqualTo("view \"Big Items\"");

        var reading = new View(Dialect.POSTGRES, "big_items", "CREATE VIEW big_items AS SELECT id, total FROM items");
        var notReading = new View(Dialect.POSTGRES, "big_items", "CREATE VIEW big_items AS SELECT id FROM items");
        record Case(View view, List<String> held, String schema, boolean remade) {}
        for (var c : List.of(
                new Case(reading, List.of("view public.big_items"), null, true),
                new Case(reading, List.of("view public.big_items", "view other.big_items"), null, false),
                new Case(notReading, List.of("view public.big_items"), null, false),
                new Case(reading, List.of("view public.big_items"), "public", true),
                new Case(reading, List.of("view other.big_items"), "public", false),
                new Case(reading, List.of("index public.total_idx", "view public.big_items"), null, false))) {
            var k = new KeptSql("items", "generated column `total`", "total bigint GENERATED ALWAYS AS ((qty * 2)) STORED",
                    KeptSql.Place.GENERATED_POSTGRES, null, c.held(), c.schema());
            var from = Catalog.of(List.of(items(k)), List.of(), List.of(c.view()));
            var retire = new java.util.ArrayList<Change>(WIDER_QTY);
            retire.add(0, new Change.DropView(c.view()));
            var fate = GeneratedThrough.fate(k, from.tables().get(0), retire, from);
            assertThat(fate).as("%s", c).isInstanceOf(c.remade() ? GeneratedThrough.Fate.Remake.class : GeneratedThrough.Fate.Refuse.class);
            assertThat(GeneratedThrough.fate(k, from.tables().get(0), WIDER_QTY, from)).as("not retired, %s", c)
                    .isInstanceOf(GeneratedThrough.Fate.Refuse.class);
        }
    }
}
