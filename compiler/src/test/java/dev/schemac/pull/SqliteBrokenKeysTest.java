package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.pull.introspect.Introspection;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SC984 on real SQLite: each key SQLite's own check counts broken rows of is said with the key the reader resolved, and the
 * query its help gives lists exactly the rows the check counts, however the database is shaped.
 */
class SqliteBrokenKeysTest {
    @TempDir
    Path tmp;

    private static final Span AT = new Span(new SourceFile("app.schema", "x"), 0, 0);

    private Connection open(Path file) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static List<List<Object>> rows(Connection c, String sql) throws Exception {
        var out = new ArrayList<List<Object>>();
        try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                var row = new ArrayList<Object>();
                for (int i = 1; i <= n; i++) row.add(r.getObject(i));
                out.add(row);
            }
        }
        return out;
    }

    private static void run(Connection c, String script) throws Exception {
        try (var s = c.createStatement()) {
            for (String stmt : script.split(";\n")) if (!stmt.isBlank()) s.execute(stmt);
        }
    }

    private LiveSchema read(Connection c, Path file, String schema) throws Exception {
        return Introspection.read(c, DatabaseUrl.parse(file.toString()), schema);
    }

    /** The query in the help, read back from the message as plain text (one code span). */
    private static String query(dev.schemac.diag.Diagnostic d) {
        var m = Pattern.compile("list them with (`+)(.*?)\\1").matcher(d.help());
        assertThat(m.find()).as(d.help()).isTrue();
        String q = m.group(2);
        return q.startsWith(" ") && q.endsWith(" ") ? q.substring(1, q.length() - 1) : q;
    }

    private static List<List<Object>> counted(Connection c, String table, String schema, int fkid) throws Exception {
        return rows(c, "SELECT rowid FROM pragma_foreign_key_check('" + table.replace("'", "''") + "', '" + schema.replace("'", "''")
                + "') WHERE fkid = " + fkid + " ORDER BY rowid");
    }

    @Test
    void theQueryListsExactlyTheRowsSqlitesCheckCountsUnderTheParentsAffinity() throws Exception {
        Path file = tmp.resolve("aff.db");
        try (var c = open(file)) {
            run(c, """
                    CREATE TABLE p(code TEXT PRIMARY KEY);
                    CREATE TABLE c(id INTEGER PRIMARY KEY, code INTEGER REFERENCES p(code));
                    INSERT INTO p VALUES('01');
                    INSERT INTO c VALUES(1,1);
                    INSERT INTO c VALUES(2,NULL);
                    """);
            var live = read(c, file, null);
            assertThat(live.brokenKeys()).hasSize(1);
            var k = live.brokenKeys().get(0);
            assertThat(k.rows()).isEqualTo(1);
            var d = PullMessages.rowsBreakAKey(AT, k);
            String q = query(d);
            assertThat(q).isEqualTo("SELECT * FROM c WHERE rowid IN (SELECT rowid FROM pragma_foreign_key_check('c') WHERE fkid = 0)");
            assertThat(rows(c, "SELECT id FROM (" + q + ")")).containsExactly(List.of(1));
            // A comparison in SQL finds no broken row here: 1 = '01' under the child column's affinity.
            assertThat(rows(c, "SELECT c.id FROM c WHERE c.code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM p WHERE p.code = c.code)"))
                    .isEmpty();
        }
    }

    @Test
    void aMismatchedKeyLeavesItsTableOutAndTheOthersAreCounted() throws Exception {
        Path file = tmp.resolve("mis.db");
        try (var c = open(file)) {
            run(c, """
                    CREATE TABLE p(id INTEGER PRIMARY KEY, code TEXT);
                    CREATE TABLE bad(id INTEGER PRIMARY KEY, pcode TEXT REFERENCES p(code), pid INTEGER REFERENCES p(id));
                    CREATE TABLE good(id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id));
                    INSERT INTO bad VALUES(1, 'x', 9);
                    INSERT INTO good VALUES(1, 9);
                    """);
            var live = read(c, file, null);
            assertThat(live.brokenKeys()).extracting(LiveSchema.BrokenKey::table).containsExactly("good");
        }
    }

    @Test
    void anAttachedDatabasesKeysAreCountedAndListedThere() throws Exception {
        Path file = tmp.resolve("main.db");
        Path other = tmp.resolve("other.db");
        try (var c = open(file)) {
            run(c, "ATTACH DATABASE '" + other + "' AS \"a b\";\n"
                    + "CREATE TABLE \"a b\".p(id INTEGER PRIMARY KEY);\n"
                    + "CREATE TABLE \"a b\".c(id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id));\n"
                    + "CREATE TABLE main.c(id INTEGER PRIMARY KEY, pid INTEGER);\n"
                    + "INSERT INTO main.c VALUES(5, 5);\n"
                    + "INSERT INTO \"a b\".c VALUES(3, 7);\n");
            var live = read(c, file, "a b");
            var k = live.brokenKeys().get(0);
            String q = query(PullMessages.rowsBreakAKey(AT, k));
            assertThat(q).startsWith("SELECT * FROM \"a b\".c WHERE rowid IN").contains("pragma_foreign_key_check('c', 'a b')");
            assertThat(rows(c, "SELECT id FROM (" + q + ")")).containsExactly(List.of(3));
            assertThat(counted(c, "c", "a b", k.keyId())).containsExactly(List.of(3));
        }
    }

    @Test
    void aCaseDifferingParentAndACompositeKeyInAnotherOrderAreTheKeysTheReaderResolved() throws Exception {
        Path file = tmp.resolve("case.db");
        try (var c = open(file)) {
            run(c, """
                    CREATE TABLE "order"(a INTEGER, b INTEGER, PRIMARY KEY (b, a));
                    CREATE TABLE line(id INTEGER PRIMARY KEY, x INTEGER, y INTEGER, FOREIGN KEY (x, y) REFERENCES "ORDER");
                    INSERT INTO "order" VALUES(1, 2);
                    INSERT INTO line VALUES(1, 2, 1);
                    INSERT INTO line VALUES(2, 1, 2);
                    """);
            var live = read(c, file, null);
            assertThat(live.brokenKeys()).hasSize(1);
            var k = live.brokenKeys().get(0);
            // The primary key in its own order (b, a), the table as it is named.
            assertThat(k.parent()).isEqualTo("order");
            assertThat(k.parentColumns()).containsExactly("b", "a");
            assertThat(k.columns()).containsExactly("x", "y");
            assertThat(k.rows()).isEqualTo(1);
            var d = PullMessages.rowsBreakAKey(AT, k);
            assertThat(d.message()).contains("breaks the foreign key (`x`, `y`) → `order` (`b`, `a`)");
            assertThat(rows(c, "SELECT id FROM (" + query(d) + ")")).containsExactly(List.of(2));
        }
    }

    @Test
    void hostileNamesStayInsideTheSpanOrLeaveTheQueryOut() throws Exception {
        Path file = tmp.resolve("hostile.db");
        try (var c = open(file)) {
            run(c, """
                    CREATE TABLE "p`q"(id INTEGER PRIMARY KEY);
                    CREATE TABLE "a``b'c"(id INTEGER PRIMARY KEY, pid INTEGER REFERENCES "p`q"(id));
                    CREATE TABLE "n
                    l\u001B[31m"(id INTEGER PRIMARY KEY, pid INTEGER REFERENCES "p`q"(id));
                    CREATE TABLE "rowid"(rowid INTEGER, _rowid_ INTEGER, pid INTEGER REFERENCES "p`q"(id));
                    CREATE TABLE w(id INTEGER PRIMARY KEY, pid INTEGER REFERENCES "p`q"(id)) WITHOUT ROWID;
                    INSERT INTO "a``b'c" VALUES(4, 9);
                    INSERT INTO "n
                    l\u001B[31m" VALUES(1, 9);
                    INSERT INTO "rowid" VALUES(1, 1, 9);
                    INSERT INTO w VALUES(1, 9);
                    """);
            var live = read(c, file, null);
            assertThat(live.brokenKeys()).hasSize(4);
            for (var k : live.brokenKeys()) {
                var d = PullMessages.rowsBreakAKey(AT, k);
                assertThat(d.message() + d.help()).doesNotContain("\n", "\u001B");
                switch (k.table()) {
                    case "a``b'c" -> {
                        String q = query(d);
                        assertThat(q).isEqualTo("SELECT * FROM \"a``b'c\" WHERE rowid IN (SELECT rowid FROM "
                                + "pragma_foreign_key_check('a``b''c') WHERE fkid = 0)");
                        assertThat(rows(c, "SELECT id FROM (" + q + ")")).containsExactly(List.of(4));
                    }
                    case "rowid" -> {
                        String q = query(d);
                        assertThat(q).contains("WHERE oid IN");
                        assertThat(rows(c, "SELECT pid FROM (" + q + ")")).containsExactly(List.of(9));
                    }
                    case "w" -> assertThat(d.help()).doesNotContain("list them with").contains("is a WITHOUT ROWID table or hides its rowid");
                    default -> {
                        assertThat(k.table()).contains("\u001B");
                        assertThat(d.help()).doesNotContain("list them with `").contains("the query is not shown");
                    }
                }
            }
        }
    }

    /**
     * What SQLite takes as a key a foreign key may reference, held to SQLite itself: a unique index over the columns under
     * each column's own collation (a NOCASE column's plain index) is one; one under another collation, over an expression,
     * or partial is not, and SQLite's check of the table stops with "foreign key mismatch". The reader says the same of
     * each (a mismatched key, SC971, with why), pull does not stop on it, and the rows of the real key are still counted.
     */
    @Test
    void aUniqueIndexIsAKeyExactlyWhereSqliteTakesItAsOne() throws Exception {
        Path file = tmp.resolve("keys.db");
        try (var c = open(file)) {
            run(c, """
                    CREATE TABLE p(id INTEGER PRIMARY KEY, code TEXT, tag TEXT COLLATE NOCASE, expr TEXT, part TEXT, bin TEXT COLLATE NOCASE);
                    CREATE UNIQUE INDEX p_code ON p(code COLLATE NOCASE);
                    CREATE UNIQUE INDEX p_tag ON p(tag);
                    CREATE UNIQUE INDEX p_expr ON p(lower(expr));
                    CREATE UNIQUE INDEX p_part ON p(part) WHERE part IS NOT NULL;
                    CREATE UNIQUE INDEX p_bin ON p(bin COLLATE BINARY);
                    CREATE TABLE c_code(id INTEGER PRIMARY KEY, v TEXT REFERENCES p(code));
                    CREATE TABLE c_tag(id INTEGER PRIMARY KEY, v TEXT REFERENCES p(tag));
                    CREATE TABLE c_expr(id INTEGER PRIMARY KEY, v TEXT REFERENCES p(expr));
                    CREATE TABLE c_part(id INTEGER PRIMARY KEY, v TEXT REFERENCES p(part));
                    CREATE TABLE c_bin(id INTEGER PRIMARY KEY, v TEXT REFERENCES p(bin));
                    INSERT INTO p VALUES(1, 'a', 'T', 'e', 'x', 'b');
                    INSERT INTO c_tag VALUES(1, 't'), (2, 'zz');
                    """);
            var live = read(c, file, null);
            for (String t : List.of("c_code", "c_tag", "c_expr", "c_part", "c_bin")) {
                boolean sqliteRefuses;
                try {
                    rows(c, "SELECT * FROM pragma_foreign_key_check('" + t + "')");
                    sqliteRefuses = false;
                } catch (java.sql.SQLException e) {
                    assertThat(e.getMessage()).contains("foreign key mismatch");
                    sqliteRefuses = true;
                }
                var mismatched = live.info(t).leftovers().stream()
                        .filter(l -> l.shape() instanceof Leftover.Shape.Reference r && r.mismatched()).toList();
                assertThat(!mismatched.isEmpty()).as(t).isEqualTo(sqliteRefuses);
                assertThat(sqliteRefuses).as(t).isEqualTo(!t.equals("c_tag"));
            }
            assertThat(live.info("c_code").leftovers().stream().map(Leftover::reason).toList()).anySatisfy(r -> assertThat(r)
                    .contains("the unique index `p_code` over them compares `code COLLATE NOCASE`, not under the column's own collation"));
            assertThat(live.info("c_bin").leftovers().stream().map(Leftover::reason).toList()).anySatisfy(r -> assertThat(r)
                    .contains("`bin COLLATE BINARY`"));
            // The key SQLite takes has its broken row counted (the NOCASE key finds 'T' for 't'); pull goes through.
            assertThat(live.brokenKeys()).singleElement().satisfies(k -> {
                assertThat(k.table()).isEqualTo("c_tag");
                assertThat(k.rows()).isEqualTo(1);
            });
            assertThat(Puller.model(live, null, "keys.schema").text()).contains("SC971");
        }
    }

    /**
     * A primary key is judged as SQLite judges it: its autoindex compares each column under a collation, and one other than
     * the column's own is no key ("foreign key mismatch", which stopped the pull where the reader took every primary key);
     * only a rowid alias (INTEGER PRIMARY KEY) has no index and is a key as it is.
     */
    @Test
    void aPrimaryKeyIsAKeyExactlyWhereSqliteTakesItAsOne() throws Exception {
        Path file = tmp.resolve("pks.db");
        try (var c = open(file)) {
            run(c, """
                    CREATE TABLE p_nocase(code TEXT, PRIMARY KEY (code COLLATE NOCASE));
                    CREATE TABLE p_own(code TEXT COLLATE NOCASE PRIMARY KEY);
                    CREATE TABLE p_alias(id INTEGER PRIMARY KEY);
                    CREATE TABLE p_desc(id INTEGER PRIMARY KEY DESC);
                    CREATE TABLE p_pair(a TEXT, b TEXT, PRIMARY KEY (b, a)) WITHOUT ROWID;
                    CREATE TABLE p_pair_nocase(a TEXT, b TEXT, PRIMARY KEY (b COLLATE NOCASE, a)) WITHOUT ROWID;
                    CREATE TABLE c_nocase(x TEXT REFERENCES p_nocase(code));
                    CREATE TABLE c_own(x TEXT REFERENCES p_own(code));
                    CREATE TABLE c_alias(x INTEGER REFERENCES p_alias(id));
                    CREATE TABLE c_desc(x INTEGER REFERENCES p_desc(id));
                    CREATE TABLE c_pair(a TEXT, b TEXT, FOREIGN KEY (a, b) REFERENCES p_pair(a, b));
                    CREATE TABLE c_pair_nocase(a TEXT, b TEXT, FOREIGN KEY (a, b) REFERENCES p_pair_nocase(a, b));
                    INSERT INTO p_alias VALUES (1);
                    INSERT INTO c_alias VALUES (1), (2);
                    """);
            var live = read(c, file, null);
            var refused = new java.util.ArrayList<String>();
            for (String t : List.of("c_nocase", "c_own", "c_alias", "c_desc", "c_pair", "c_pair_nocase")) {
                boolean sqliteRefuses;
                try {
                    rows(c, "SELECT * FROM pragma_foreign_key_check('" + t + "')");
                    sqliteRefuses = false;
                } catch (java.sql.SQLException e) {
                    assertThat(e.getMessage()).contains("foreign key mismatch");
                    sqliteRefuses = true;
                }
                if (sqliteRefuses) refused.add(t);
                var mismatched = live.info(t).leftovers().stream()
                        .filter(l -> l.shape() instanceof Leftover.Shape.Reference r && r.mismatched()).toList();
                assertThat(!mismatched.isEmpty()).as(t).isEqualTo(sqliteRefuses);
            }
            assertThat(refused).containsExactly("c_nocase", "c_pair_nocase");
            assertThat(live.info("c_nocase").leftovers().stream().map(Leftover::reason).toList()).anySatisfy(r -> assertThat(r)
                    .contains("the primary key over them compares `code COLLATE NOCASE`, not under the column's own collation"));
            assertThat(live.brokenKeys()).singleElement().satisfies(k -> {
                assertThat(k.table()).isEqualTo("c_alias");
                assertThat(k.rows()).isEqualTo(1);
            });
        }
    }
}
