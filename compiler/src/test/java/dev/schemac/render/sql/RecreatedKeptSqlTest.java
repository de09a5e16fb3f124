package dev.schemac.render.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.evolve.Change;
import dev.schemac.model.ScalarKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table of an adopted SQLite database made again (the down script of a migration that drops it) has only what the
 * history carries SQL for: what SQLite kept no SQL for is lost there, and said (SC567), never left out silently; what
 * has SQL is made with the table.
 */
class RecreatedKeptSqlTest {
    @Test
    void whatHasNoSqlIsLostWhereTheTableIsMadeAgain() {
        var type = new ColumnType(ScalarKind.INT, null, null, null, null);
        var t = new Table("t", "T", null, List.of(new Column("id", "id", type, false, null, false, false, null, false, false, null)),
                new PrimaryKey("pk_t", List.of("id")), List.of(), List.of(), List.of(), List.of(), null, null).withKept(List.of(
                new KeptSql("t", "index `x`", "", KeptSql.Place.NONE),
                new KeptSql("t", "index `y`", "CREATE INDEX y ON t (id DESC)", KeptSql.Place.STATEMENT)));
        var with = Catalog.of(List.of(t), List.of());
        var lost = MigrationSql.lostInRebuilds(List.of(new Change.CreateTable(t)), Catalog.of(List.of(), List.of()), with);
        assertThat(lost).extracting(MigrationSql.Lost::what).containsExactly("index `x`");
        assertThat(lost.get(0).why()).isEqualTo("SQLite keeps no SQL that makes it again");
        var made = t.withKept(List.of(t.kept().get(1)));
        assertThat(MigrationSql.lostInRebuilds(List.of(new Change.CreateTable(made)), Catalog.of(List.of(), List.of()),
                Catalog.of(List.of(made), List.of()))).isEmpty();
    }
}
