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
