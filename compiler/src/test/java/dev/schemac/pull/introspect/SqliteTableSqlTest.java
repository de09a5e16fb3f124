package dev.schemac.pull.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What only SQLite's CREATE TABLE text keeps: constraint names, checks, AUTOINCREMENT, column comments. */
class SqliteTableSqlTest {

    @Test
    void readsNamesChecksAndComments() {
        var t = SqliteTableSql.parse("""
                CREATE TABLE "order" (
                  -- The key.
                  id INTEGER NOT NULL CONSTRAINT pk_order PRIMARY KEY AUTOINCREMENT,
                  -- Line one
                  -- line two
                  code VARCHAR(8) NOT NULL CHECK (length(code) > 0), -- trailing, not a doc
                  "user id" INTEGER REFERENCES users (id) ON DELETE CASCADE,
                  CONSTRAINT uq_order_code UNIQUE (code),
                  CONSTRAINT fk_order_users FOREIGN KEY ("user id") REFERENCES users (id),
                  CHECK (id > 0)
                )""");
        assertThat(t.autoincrement).isTrue();
        assertThat(t.columnComments).containsEntry("id", "The key.").containsEntry("code", "Line one\nline two");
        assertThat(t.columnComments).doesNotContainKey("user id");
        assertThat(t.constraints).containsExactly(
                new SqliteTableSql.Constraint("pk_order", "PRIMARY", List.of("id"), null),
                new SqliteTableSql.Constraint(null, "CHECK", List.of("code"), "length(code) > 0"),
                new SqliteTableSql.Constraint(null, "FOREIGN", List.of("user id"), null),
                new SqliteTableSql.Constraint("uq_order_code", "UNIQUE", List.of("code"), null),
                new SqliteTableSql.Constraint("fk_order_users", "FOREIGN", List.of("user id"), null),
                new SqliteTableSql.Constraint(null, "CHECK", List.of(), "id > 0"));
    }

    @Test
    void aKeySetToItsDefaultOnDeleteIsReadToItsEnd() {
        var t = SqliteTableSql.parse("CREATE TABLE t (id INTEGER PRIMARY KEY, "
                + "p INTEGER REFERENCES parent (id) ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED DEFAULT 0, "
                + "q INTEGER REFERENCES parent (id) ON UPDATE SET DEFAULT DEFAULT 1 CHECK (q > 0))");
        assertThat(t.constraints).containsExactly(
                new SqliteTableSql.Constraint(null, "PRIMARY", List.of("id"), null),
                new SqliteTableSql.Constraint(null, "FOREIGN", List.of("p"), null, true),
                new SqliteTableSql.Constraint(null, "FOREIGN", List.of("q"), null, false),
                new SqliteTableSql.Constraint(null, "CHECK", List.of("q"), "q > 0"));
    }

    @Test
    void aCheckEndingInALineCommentIsSeen() {
        assertThat(SqliteTableSql.endsInLineComment("a > 0 -- positive")).isTrue();
        assertThat(SqliteTableSql.endsInLineComment("a > 0 /* positive */")).isFalse();
        assertThat(SqliteTableSql.endsInLineComment("a = '-- no'")).isFalse();
    }

    @Test
    void withoutRowidIsSeen() {
        assertThat(SqliteTableSql.parse("CREATE TABLE t (a TEXT PRIMARY KEY) WITHOUT ROWID").withoutRowid).isTrue();
    }

    @Test
    void strictIsSeenAsATableOptionOnly() {
        assertThat(SqliteTableSql.parse("CREATE TABLE t (a TEXT PRIMARY KEY) WITHOUT ROWID, STRICT").strict).isTrue();
        assertThat(SqliteTableSql.parse("CREATE TABLE t (a TEXT PRIMARY KEY) strict").strict).isTrue();
        // A column named strict, or the word in a default, is no table option.
        var plain = SqliteTableSql.parse("CREATE TABLE t (strict TEXT PRIMARY KEY, b TEXT DEFAULT 'STRICT')");
        assertThat(plain.strict).isFalse();
        assertThat(plain.withoutRowid).isFalse();
    }

    @Test
    void collationsAndDeferredForeignKeysAreSeen() {
        var t = SqliteTableSql.parse("""
                CREATE TABLE w (
                  id INTEGER PRIMARY KEY,
                  tag TEXT NOT NULL COLLATE NOCASE UNIQUE,
                  a INTEGER REFERENCES w (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  b INTEGER REFERENCES w (id) DEFERRABLE INITIALLY IMMEDIATE,
                  c INTEGER REFERENCES w (id) NOT DEFERRABLE INITIALLY DEFERRED,
                  d INTEGER,
                  CONSTRAINT fk_d FOREIGN KEY (d) REFERENCES w (id) DEFERRABLE INITIALLY DEFERRED
                )""");
        assertThat(t.collations).containsExactly(java.util.Map.entry("tag", "NOCASE"));
        assertThat(t.constraints.stream().filter(c -> c.kind().equals("FOREIGN")).map(c -> c.columns().get(0) + "=" + c.deferred()))
                .containsExactly("a=true", "b=false", "c=false", "d=true");
        assertThat(t.constraints.stream().filter(c -> c.kind().equals("UNIQUE")).map(c -> c.columns())).containsExactly(List.of("tag"));
    }
}
