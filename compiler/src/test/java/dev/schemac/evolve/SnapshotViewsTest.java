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
        assertThat(base.readsColumn("books", "x")).as("an alias is no column it reads").isFalse();
        assertThat(base.names("top")).as("a string is no name").isFalse();
    }

    @Test
    void viewsReadBackWithWhatTheEngineRecordedTheyRead() {
        var v = new View(Dialect.POSTGRES, "t", "CREATE VIEW t AS\n SELECT b.id FROM books b", java.util.Map.of("books", List.of("id"),
                "authors", List.of()));
        var c = Catalog.of(List.of(books()), List.of(), List.of(v));
        var printed = History.readTree(SnapshotHashTest.printed(c));
        assertThat(printed.get("views").get(0).get("reads").toString()).isEqualTo("{\"authors\":[],\"books\":[\"id\"]}");
        assertThat(SnapshotJson.readCatalog(printed)).isEqualTo(c);
        assertThat(v.reads("authors")).as("the relation as a whole").isTrue();
        assertThat(v.readsColumn("books", "id")).isTrue();
        assertThat(v.readsColumn("books", "title")).as("the engine's record, not the SQL").isFalse();
        assertThat(v.readsColumn("authors", "id")).isFalse();
    }

    /**
     * Without the engine's record, what a view reads of a table is reasoned from its SQL: a column
     * qualified by another table or its alias is not this table's; a name in a string or a comment,
     * or the view's own column list, reads nothing; an unqualified column, or one qualified by a
     * subquery's name, may be this table's.
     */
    @Test
    void whatAViewReadsOfEachTableFromItsSql() {
        var join = new View(Dialect.SQLITE, "j", "CREATE VIEW j (note, title) AS SELECT a.note, b.title FROM books AS b "
                + "JOIN authors a ON a.id = b.author_id WHERE b.kind <> 'pages' -- not pages either");
        assertThat(join.readsColumn("authors", "note")).isTrue();
        assertThat(join.readsColumn("books", "note")).as("a.note is authors'; the view's own column list reads nothing").isFalse();
        assertThat(join.readsColumn("books", "title")).isTrue();
        assertThat(join.readsColumn("authors", "title")).isFalse();
        assertThat(join.readsColumn("books", "pages")).as("a string and a comment").isFalse();
        assertThat(join.readsColumn("books", "id")).as("a.id").isFalse();
        assertThat(join.readsColumn("publishers", "note")).as("a table it does not read").isFalse();

        var plain = new View(Dialect.SQLITE, "p", "CREATE VIEW p AS SELECT note FROM books, authors");
        assertThat(plain.readsColumn("books", "note")).as("unqualified: either table may be meant").isTrue();
        assertThat(plain.readsColumn("authors", "note")).isTrue();

        var sub = new View(Dialect.SQLITE, "s", "CREATE VIEW s AS SELECT x.note FROM (SELECT note FROM books) x");
        assertThat(sub.readsColumn("books", "note")).isTrue();

        var mysql = new View(Dialect.MYSQL, "m", "CREATE VIEW `m` AS select `b`.`id` AS `id`,`a`.`name` AS `name` from "
                + "(`books` `b` join `authors` `a` on((`a`.`id` = `b`.`author_id`)))");
        assertThat(mysql.readsColumn("books", "name")).isFalse();
        assertThat(mysql.readsColumn("authors", "name")).isTrue();
        assertThat(mysql.readsColumn("books", "author_id")).isTrue();
        assertThat(mysql.readsColumn("authors", "author_id")).isFalse();
    }

    /**
     * An alias a subquery gives another table stands for both tables: a column it qualifies may be
     * either's, so dropping it from either is refused. As written (SQLite) and as MySQL and MariaDB
     * keep the text, every column qualified.
     */
    @Test
    void anAliasReusedInASubqueryStandsForEachTableItNames() {
        var sqlite = new View(Dialect.SQLITE, "v", "CREATE VIEW v AS SELECT a.title FROM books a WHERE a.author_id IN "
                + "(SELECT a.id FROM authors a)");
        var mysql = new View(Dialect.MYSQL, "v", "CREATE VIEW `v` AS select `a`.`title` AS `title` from `books` `a` where "
                + "`a`.`author_id` in (select `a`.`id` from `authors` `a`)");
        for (View v : List.of(sqlite, mysql)) {
            assertThat(v.readsColumn("books", "title")).as("the outer a is books").isTrue();
            assertThat(v.readsColumn("books", "author_id")).isTrue();
            assertThat(v.readsColumn("authors", "id")).as("the inner a is authors").isTrue();
            assertThat(v.readsColumn("books", "note")).isFalse();
            assertThat(v.readsColumn("publishers", "title")).as("a table it does not read").isFalse();
        }
        var other = new View(Dialect.SQLITE, "w", "CREATE VIEW w AS SELECT b.title FROM books b WHERE b.author_id IN "
                + "(SELECT a.id FROM authors a)");
        assertThat(other.readsColumn("authors", "title")).as("distinct aliases still tell the tables apart").isFalse();
        assertThat(other.readsColumn("books", "id")).isFalse();
    }

    /**
     * What a view reads that the history does not make (SC981), from its SQL: every item of a FROM
     * clause, comma lists as joins; a table qualified by another schema (MySQL keeps another
     * database's tables qualified, its own bare; SQLite keeps what was written) as schema.table, one
     * qualified by the adopted schema as the table; not a column of a call's own FROM, a subquery, a
     * table-valued function or a common table expression.
     */
    @Test
    void whatAViewReadsOutsideTheHistoryFromItsSql() {
        var c = Catalog.of(List.of(books()), List.of());
        assertThat(new View(Dialect.SQLITE, "v", "CREATE VIEW v AS SELECT p.id FROM books p, archive a WHERE a.id = p.id")
                .readsOutside(c, "main")).as("a comma join").containsExactly("archive");
        assertThat(new View(Dialect.SQLITE, "v", "CREATE VIEW v AS SELECT b.id FROM books b JOIN aux.t x ON x.id = b.id, \"Old\".ledger")
                .readsOutside(c, "main")).containsExactly("Old.ledger", "aux.t");
        assertThat(new View(Dialect.SQLITE, "v", "CREATE VIEW v AS SELECT id FROM main.books, MAIN.archive")
                .readsOutside(c, "main")).as("the adopted schema").containsExactly("archive");
        assertThat(new View(Dialect.MYSQL, "v", "CREATE VIEW `v` AS select `b`.`id` AS `id` from (`books` `b` join `otherdb`.`t` `x` "
                + "on((`x`.`id` = `b`.`id`)))").readsOutside(c, "app")).containsExactly("otherdb.t");
        assertThat(new View(Dialect.MYSQL, "v", "CREATE VIEW `v` AS select `b`.`id` AS `id` from `books` `b` where `b`.`id` in "
                + "(select `t`.`id` from `otherdb`.`t`)").readsOutside(c, "app")).as("in a subquery").containsExactly("otherdb.t");
        assertThat(new View(Dialect.SQLITE, "v", "CREATE VIEW v AS WITH r AS (SELECT id FROM books) SELECT r.id, "
                + "strftime('%Y', created_at) AS y, j.value, s.x FROM r, json_each('[1]') j, (SELECT 1 AS x, 2 AS z FROM books) s, "
                + "books b WHERE b.id IN (1, 2) GROUP BY r.id, j.value ORDER BY y, s.x").readsOutside(c, "main")).isEmpty();
        assertThat(new View(Dialect.POSTGRES, "v", "CREATE VIEW v AS\n SELECT EXTRACT(year FROM b.created_at) AS y, "
                + "SUBSTRING(b.title FROM 2 FOR 3) AS t FROM books b, public.books o").readsOutside(c, "public"))
                .as("the FROM of a call names no table").isEmpty();
    }

    /**
     * The migration document says what makes a view: the baseline makes it first (no "again"), and
     * a migration that makes a retired view again says the same true thing.
     */
    @Test
    void makingAViewIsSaidTrulyInTheBaselineAndAfter() {
        var view = new View(Dialect.SQLITE, "b", "CREATE VIEW b AS SELECT id FROM books");
        var with = Catalog.of(List.of(books()), List.of(), List.of(view));
        var without = Catalog.of(List.of(books()), List.of());
        String said = "Makes view `b`, as the adopted database had it.";
        assertThat(Describe.sentences(CatalogDiff.diff(CatalogDiff.EMPTY, with, RenameHints.NONE))).contains(said)
                .noneMatch(s -> s.contains("again"));
        assertThat(Describe.sentences(CatalogDiff.diff(without, with, RenameHints.NONE))).containsExactly(said);
        assertThat(Describe.sentences(CatalogDiff.diff(with, without, RenameHints.NONE)))
                .containsExactly("Drops view `b` of the adopted database; the history carries it no further.");
    }
}
