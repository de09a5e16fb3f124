package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.evolve.Change.RenameColumn;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.sql.MigrationSql;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A SQLite default the model cannot say, kept as its SQL ({@code ts DEFAULT abc}), names its own column only: its term
 * is a value, even a bare word, a quoted one or a keyword. Renaming a column that shares the term's spelling loses
 * nothing; renaming the defaulted column itself does, and says so.
 */
class KeptDefaultAcrossRenamesTest {
    @Test
    void renamingAColumnSpelledAsTheDefaultsTermLosesNothing() {
        for (String term : List.of("abc", "\"abc\"", "'abc'", "CURRENT_TIMESTAMP")) {
            var from = catalog(List.of("id", "abc", "ts"), "ts DEFAULT " + term);
            var to = catalog(List.of("id", "xyz", "ts"), "ts DEFAULT " + term);
            var lost = MigrationSql.lostInRebuilds(List.of(new RenameColumn("t", "abc", "xyz")), from, to);
            assertThat(lost).as(term).isEmpty();
        }
    }

    @Test
    void renamingTheDefaultedColumnItselfIsSaid() {
        var from = catalog(List.of("id", "abc", "ts"), "ts DEFAULT abc");
        var to = catalog(List.of("id", "abc", "stamp"), "ts DEFAULT abc");
        var lost = MigrationSql.lostInRebuilds(List.of(new RenameColumn("t", "ts", "stamp")), from, to);
        assertThat(lost).singleElement().satisfies(l -> assertThat(l.why()).contains("names the column").contains("ts"));
    }

    private static Catalog catalog(List<String> columns, String kept) {
        var cols = columns.stream().map(n -> new Column(n, n, new ColumnType(n.equals("id") ? ScalarKind.INT : ScalarKind.TEXT, null, null,
                null, null), !n.equals("id"), null, false, false, null, false, false, null)).toList();
        var t = new Table("t", "T", null, cols, new PrimaryKey("pk_t", List.of("id")), List.of(), List.of(), List.of(), List.of(), null,
                null).withKept(List.of(new KeptSql("t", "the default of ts", kept, KeptSql.Place.DEFAULT)));
        return Catalog.of(List.of(t), List.of());
    }
}
