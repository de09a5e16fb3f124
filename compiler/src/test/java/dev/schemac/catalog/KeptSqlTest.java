package dev.schemac.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.KeptSql.Place;
import org.junit.jupiter.api.Test;

/** Which columns the SQL an adopted SQLite table keeps is on, read from its tokens (strings and comments are no names). */
class KeptSqlTest {
    @Test
    void aCheckIsOnTheNamesItUsesNotOnItsStrings() {
        var k = new KeptSql("contacts", "check", "CHECK (kind IN ('email', 'phone') OR length(\"first name\") > 100 -- email\n)",
                Place.CLAUSE);
        assertThat(k.columnsOn()).contains("kind", "first name").doesNotContain("email", "phone", "length");
        assertThat(k.mentions("email")).isFalse();
        assertThat(k.mentions("KIND")).isTrue();
    }

    @Test
    void aForeignKeyIsOnItsOwnColumnsAndOnTheReferencedOnesOnlyOfItsOwnTable() {
        assertThat(new KeptSql("contacts", "fk", "CONSTRAINT \"fk\" FOREIGN KEY (owner) REFERENCES people (email) ON DELETE "
                + "SET DEFAULT ON UPDATE NO ACTION", Place.CLAUSE).columnsOn()).containsExactly("owner");
        assertThat(new KeptSql("people", "fk", "FOREIGN KEY (boss) REFERENCES \"People\" (id) ON DELETE SET DEFAULT ON UPDATE "
                + "NO ACTION", Place.CLAUSE).columnsOn()).containsExactlyInAnyOrder("boss", "id");
    }

    @Test
    void aForeignKeysTailNamesNoColumn() {
        var k = new KeptSql("tasks", "fk", "FOREIGN KEY (owner) REFERENCES people (email) ON DELETE NO ACTION ON UPDATE CASCADE "
                + "MATCH simple DEFERRABLE INITIALLY DEFERRED", Place.CLAUSE);
        for (String word : new String[] {"no", "action", "cascade", "simple", "initially", "deferred"}) {
            assertThat(k.mentions(word)).as(word).isFalse();
        }
        assertThat(new KeptSql("tasks", "fk", "FOREIGN KEY (owner) REFERENCES people (email) ON DELETE RESTRICT ON UPDATE SET NULL",
                Place.CLAUSE).mentions("restrict")).isFalse();
        assertThat(k.mentions("owner")).isTrue();
        assertThat(new KeptSql("tasks", "fk", "FOREIGN KEY (\"action\") REFERENCES people (email)", Place.CLAUSE).mentions("action"))
                .isTrue();
        var trigger = new KeptSql("tasks", "trigger", "CREATE TRIGGER t AFTER INSERT ON tasks BEGIN UPDATE people SET action = 1, "
                + "cascade = 2; END", Place.STATEMENT);
        assertThat(trigger.mentions("action")).isTrue();
        assertThat(trigger.mentions("cascade")).isTrue();
    }

    @Test
    void anIndexIsOnItsColumnsExpressionsAndWhereNotOnFunctionsOrCollations() {
        var k = new KeptSql("select", "index", "CREATE UNIQUE INDEX \"lower \"\"say\"\"\" ON \"select\" "
                + "(lower(\"say \"\"hi\"\"\") COLLATE NOCASE) WHERE qty > 0", Place.STATEMENT);
        assertThat(k.columnsOn()).contains("say \"hi\"", "qty").doesNotContain("lower", "nocase", "select");
    }

    @Test
    void aTriggerIsOnWhatCannotBeKnown() {
        var k = new KeptSql("contacts", "trigger", "CREATE TRIGGER t AFTER INSERT ON contacts BEGIN UPDATE people SET "
                + "email = NEW.phone WHERE note = 'fax'; END", Place.STATEMENT);
        assertThat(k.columnsOn()).isNull();
        assertThat(k.mentions("email")).isTrue();
        assertThat(k.mentions("fax")).isFalse();
    }

    @Test
    void aTrailingLineCommentIsLeftOutSoWhatFollowsIsNotCommentedOut() {
        assertThat(new KeptSql("t", "index", "CREATE INDEX i ON t (a) -- why\n", Place.STATEMENT).sql())
                .isEqualTo("CREATE INDEX i ON t (a)");
        assertThat(new KeptSql("t", "check", "CHECK (a > 0 -- why\n)", Place.CLAUSE).sql()).isEqualTo("CHECK (a > 0 -- why\n)");
    }

    @Test
    void aDeferredKeyIsOnItsColumnsAndFindsItsKeyByThemInOrder() {
        var k = new KeptSql("kids", "fk", KeptSql.deferrable("\"Parent Id\", b"), Place.DEFERRABLE);
        assertThat(k.columnsOn()).containsExactlyInAnyOrder("parent id", "b");
        assertThat(k.defers(java.util.List.of("parent id", "B"))).isTrue();
        assertThat(k.defers(java.util.List.of("b", "Parent Id"))).isFalse();
        assertThat(k.defers(java.util.List.of("Parent Id"))).isFalse();
        assertThat(new KeptSql("kids", "fk", KeptSql.deferrable("b"), Place.CLAUSE).defers(java.util.List.of("b"))).isFalse();
    }

    @Test
    void keptColumnsAreDeclaredWhereTheTableHadThem() {
        var type = new ColumnType(dev.schemac.model.ScalarKind.INT, null, null, null, null);
        var cols = java.util.List.of(new Column("id", "id", type, false, null, false, false, null, false, false, null),
                new Column("b", "b", type, true, null, false, false, null, false, false, null));
        var t = new Table("t", "T", null, cols, new PrimaryKey("pk_t", java.util.List.of("id")), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), null, null).withKept(java.util.List.of(
                new KeptSql("t", "first", "first", Place.STORED_COLUMN, ""),
                new KeptSql("t", "late", "late", Place.STORED_COLUMN, null),
                new KeptSql("t", "gone", "gone AS (1)", Place.COLUMN, "dropped"),
                new KeptSql("t", "mid", "mid AS (b)", Place.COLUMN, "id"),
                new KeptSql("t", "mid2", "mid2", Place.STORED_COLUMN, "id"),
                new KeptSql("t", "idx", "CREATE INDEX i ON t (b)", Place.STATEMENT, null)));
        var names = t.declarations().stream().map(d -> d.column() != null ? d.column().name() : d.kept().declaredColumn()).toList();
        // Where the column it followed is gone (or no place was kept), it comes after the model's.
        assertThat(names).containsExactly("first", "id", "mid", "mid2", "b", "late", "gone");
    }

    @Test
    void aDefaultsTermIsAValueNotAColumnEvenAsABareWord() {
        for (String term : new String[] {"abc", "\"abc\"", "'abc'", "CURRENT_TIMESTAMP", "(abc)"}) {
            var k = new KeptSql("t", "default", "ts DEFAULT " + term, Place.DEFAULT);
            assertThat(k.mentions("ts")).as(term).isTrue();
            if (!term.equals("(abc)")) assertThat(k.mentions("abc")).as(term).isFalse();
            assertThat(k.mentions("current_timestamp")).as(term).isFalse();
        }
        // A stored column's own default is as much a value.
        assertThat(new KeptSql("t", "column", "legacy DEFAULT abc", Place.STORED_COLUMN).mentions("abc")).isFalse();
    }

    @Test
    void keywordsAndQualifiersAreNoColumnsButAQuotedKeywordIs() {
        var k = new KeptSql("t", "trigger", "CREATE TRIGGER g AFTER UPDATE ON t BEGIN UPDATE t SET stamp = CURRENT_TIMESTAMP "
                + "WHERE rowid = NEW.rowid AND \"order\" IS NOT NULL; END", Place.STATEMENT);
        assertThat(k.mentions("new")).isFalse();
        assertThat(k.mentions("null")).isFalse();
        assertThat(k.mentions("current_timestamp")).isFalse();
        assertThat(k.mentions("order")).isTrue();
        assertThat(k.mentions("rowid")).isTrue();
        assertThat(new KeptSql("t", "check", "CHECK (a IS NOT NULL)", Place.CLAUSE).columnsOn()).containsExactly("a");
    }
}
