package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.Introspector.Kind;
import org.junit.jupiter.api.Test;

/**
 * One item of a real PostgreSQL database the model cannot hold — a CHECK pattern outside the
 * portable dialect, a comment with a bidirectional control — is left out alone: kept as a
 * {@code //} comment beside its field with the unwritable characters escaped, reported with
 * its code, and the rest of the database is still pulled into a model that compiles.
 */
class UnholdableItemsTest {

    @Test
    void anUnportablePatternOrAnUnwritableCommentIsACommentAndTheModelStillCompiles() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "unholdable")) {
            db.run("""
                    CREATE TYPE mood AS ENUM ('calm', 'busy');
                    COMMENT ON TYPE mood IS 'a mood\u202D';
                    CREATE TABLE items (
                      id int PRIMARY KEY,
                      feeling mood,
                      digits text CHECK (digits ~ '^[0-9]\\d*$'),
                      repeated text CHECK (repeated ~ '^(a{300})$'),
                      word text CHECK (word ~ '^(ab)$'),
                      note text,
                      plain text
                    );
                    COMMENT ON COLUMN items.note IS 'abc\u202Efdp.exe';
                    COMMENT ON COLUMN items.plain IS E'kept\\n  indented';
                    COMMENT ON TABLE items IS 'line one
                    line two\u2066';
                    """);
            var pulled = PullFixtures.pull(db);
            String text = pulled.text();
            PullFixtures.compile(text);

            assertThat(text).doesNotContain("\u202E", "\u2066", "\u202D");
            assertThat(text).containsPattern("(?m)^  word +text\\? @pattern\\(\"ab\"");
            assertThat(text).containsPattern("// SC969 check items_digits_check: its pattern holds `\\\\d` .*outside the portable pattern dialect");
            assertThat(text).containsPattern("// SC969 check items_repeated_check: its pattern holds the repetition count 300");
            assertThat(text).contains("// SC975 column note: the comment is left out: a bidirectional control",
                    "abc\\u202Efdp.exe");
            assertThat(text).contains("// SC975 table items: the comment is left out", "line two\\u2066").containsOnlyOnce("u2066");
            assertThat(text).contains("// SC975 mood: the comment is left out", "a mood\\u202D").containsOnlyOnce("u202D");
            assertThat(text).containsPattern("(?m)^enum Mood \\{");
            assertThat(text).as("a comment's lines keep their indentation").contains("  /// kept\n  ///   indented\n  plain").doesNotContain("/// abc", "/// line one");
            assertThat(text).as("each check kept beside its field")
                    .containsPattern("(?m)^  // SC969 check items_digits_check: .*\\n  digits +text\\?$")
                    .containsPattern("(?m)^  // SC969 check items_repeated_check: .*\\n  repeated +text\\?$");

            assertThat(pulled.warnings()).extracting(Diagnostic::code).contains("SC969", "SC975");
            assertThat(pulled.warnings()).filteredOn(d -> d.code().equals("SC969")).hasSize(2);
            assertThat(pulled.warnings()).filteredOn(d -> d.message().contains("the comment is left out")).hasSize(3);
        }
    }

    /**
     * Values the database took but a model refuses (a check bound past the column type's range, a
     * default the calendar or the type cannot hold) are each left out alone, with the compiler's own
     * reason, and an unnamed constraint is called so, never `null`.
     */
    @Test
    void aValueTheCompilerRefusesIsLeftOutAloneOnSqlite() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "unholdable_values")) {
            db.run("""
                    CREATE TABLE t (
                      id INTEGER PRIMARY KEY,
                      i INTEGER CHECK (i > 1e400),
                      j INTEGER DEFAULT 99999999999999999999999,
                      d DATE DEFAULT '2024-02-30',
                      s VARCHAR(99999999999),
                      n NUMERIC(99999999999, 2),
                      k INTEGER CHECK (k < 3000000000),
                      ok INTEGER DEFAULT 7 CHECK (ok > 1)
                    );
                    """);
            var pulled = PullFixtures.pull(db);
            String text = pulled.text();
            PullFixtures.compile(text);

            assertThat(text).containsPattern("(?m)^  // SC969 unnamed check: the model cannot hold it: \\[SC520\\] the literal of a check on `T.i` is out of the range of int .*\\n  i +int\\?$")
                    .containsPattern("(?m)^  // SC968 default of j: the model cannot hold it: \\[SC320\\] .*\\n  j +int\\?$")
                    .containsPattern("(?m)^  // SC968 default of d: the model cannot hold it: \\[SC520\\] .*not a date on the calendar.*\\n  d +date\\?$")
                    .containsPattern("(?m)^  // SC969 unnamed check: the model cannot hold it: .*CHECK \\(k < 3000000000\\)\\n  k +int\\?$")
                    .containsPattern("(?m)^  // SC967 column s: stored as `VARCHAR\\(99999999999\\)`.*\\n  s +text\\?$")
                    .containsPattern("(?m)^  ok +int\\? += 7 @check\\(> 1\\)$")
                    .doesNotContain("null");
            assertThat(pulled.warnings()).extracting(Diagnostic::message)
                    .contains("an unnamed check on `t` is not pulled: the model cannot hold it: [SC520] the literal of a check on `T.k` is out of the range of int (-2147483648 to 2147483647)")
                    .noneMatch(m -> m.contains("null"));
        }
    }

    /**
     * Names the database keeps apart and a reader cannot (a Cyrillic word beside the Latin word it
     * looks like) are left out as check would refuse them (SC511), and a Cyrillic word alone is
     * pulled as it is: the pulled model compiles.
     */
    @Test
    void namesThatOnlyLookAlikeAreLeftOutAsCheckWouldRefuseThem() throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "lookalike_names")) {
            db.run("""
                    CREATE TABLE cop (id INTEGER PRIMARY KEY);
                    CREATE TABLE "\u0441\u043E\u0440" (id INTEGER PRIMARY KEY);
                    CREATE TABLE scale (id INTEGER PRIMARY KEY, cop INTEGER, "\u0421\u041E\u0420" INTEGER);
                    CREATE TABLE weights (id INTEGER PRIMARY KEY, "\u0432\u0435\u0441" INTEGER);
                    """);
            var pulled = PullFixtures.pull(db);
            PullFixtures.compile(pulled.text());
            assertThat(pulled.text()).contains("@map(\"\u0432\u0435\u0441\")");
            assertThat(pulled.warnings()).extracting(Diagnostic::message)
                    .anyMatch(m -> m.contains("`\u0441\u043E\u0440`") && m.contains("its name and that of table `cop` look alike"))
                    .anyMatch(m -> m.contains("`scale`") && m.contains("its columns `cop` and `\u0421\u041E\u0420` look alike"));
        }
    }

    @Test
    void aValueTheCompilerRefusesIsLeftOutAloneOnPostgres() throws Exception {
        try (var db = LiveDb.fresh(Kind.POSTGRES, "unholdable_values")) {
            db.run("""
                    CREATE TYPE state AS ENUM ('null', 'on');
                    CREATE TABLE t (
                      id int PRIMARY KEY,
                      n int CHECK (n < 3000000000),
                      at time DEFAULT '24:00',
                      tiny real DEFAULT 1e-40,
                      st state DEFAULT 'null',
                      ok int DEFAULT 7 CHECK (ok > 1)
                    );
                    """);
            var pulled = PullFixtures.pull(db);
            String text = pulled.text();
            PullFixtures.compile(text);

            assertThat(text).containsPattern("(?m)^  // SC969 check t_n_check: the model cannot hold it: \\[SC520\\] .*\\n  n +int\\?$")
                    .containsPattern("(?m)^  // SC968 default of at: the model cannot hold it: \\[SC520\\] .*\\n  at +time\\?$")
                    .containsPattern("(?m)^  // SC968 default of tiny: the model cannot hold it: \\[SC520\\] .*\\n  tiny +float\\?$")
                    .containsPattern("(?m)^  ok +int\\? += 7 @check\\(> 1, name = \"t_ok_check\"\\)$");
            assertThat(pulled.warnings()).extracting(Diagnostic::code).contains("SC969", "SC968");
        }
    }
}
