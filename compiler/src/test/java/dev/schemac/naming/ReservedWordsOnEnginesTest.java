package dev.schemac.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each SQL list of the reserved-word table against the engine it describes: the engine's own
 * keyword list (SQLite's, {@code pg_get_keywords()}, {@code INFORMATION_SCHEMA.KEYWORDS}), and every
 * keyword tried as a name where the scripts write names. A word the engine starts or stops
 * reserving fails here, naming the word.
 */
class ReservedWordsOnEnginesTest {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    // ------------------------------------------------------------------ SQLite, through the sqlite3 shell

    /** The shell's keyword list (its completion extension lists them), in upper case. */
    static List<String> sqliteKeywords() throws Exception {
        var out = new ArrayList<String>();
        for (String line : sqlite("SELECT DISTINCT candidate FROM completion('') WHERE candidate = upper(candidate);\n")
                .split("\n")) {
            if (WORD.matcher(line.strip()).matches()) out.add(line.strip());
        }
        return out;
    }

    /** The words whose line of {@code script} fails (one statement or more per line, no -bail). */
    static Set<String> sqliteFailures(List<String> words, java.util.function.IntFunction<String> line) throws Exception {
        var script = new StringBuilder();
        for (int i = 0; i < words.size(); i++) script.append(line.apply(i)).append('\n');
        var failed = new TreeSet<String>();
        Matcher m = Pattern.compile("(?:Parse error|Runtime error|Error) near line (\\d+)").matcher(sqlite(script.toString()));
        while (m.find()) failed.add(words.get(Integer.parseInt(m.group(1)) - 1));
        return failed;
    }

    private static String sqlite(String script) throws Exception {
        Path f = Files.createTempFile("schemac-keywords", ".sql");
        try {
            Files.writeString(f, script, StandardCharsets.UTF_8);
            Process p;
            try {
                p = new ProcessBuilder("sqlite3", ":memory:").redirectInput(f.toFile()).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new IllegalStateException("the sqlite3 shell is required (apt-get install sqlite3): " + e.getMessage(), e);
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("sqlite3 did not finish");
            return out;
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Test
    void sqliteListsAreWhatTheShellRefuses() throws Exception {
        List<String> words = sqliteKeywords();
        assertThat(words).as("SQLite's keyword list, from the shell").hasSizeGreaterThan(140).contains("SELECT", "NOTHING");
        var names = new TreeSet<String>();
        names.addAll(sqliteFailures(words, i -> "CREATE TABLE " + words.get(i) + " (a INT);"));
        names.addAll(sqliteFailures(words, i -> "CREATE TABLE c" + i + " (" + words.get(i) + " INT);"));
        names.addAll(sqliteFailures(words, i -> "CREATE TABLE x" + i + " (a INT); CREATE INDEX " + words.get(i)
                + " ON x" + i + " (a);"));
        names.addAll(sqliteFailures(words, i -> "CREATE TABLE k" + i + " (a INT, CONSTRAINT " + words.get(i) + " CHECK (a > 0));"));
        assertThat(names).as("keywords SQLite refuses as a table, column, index or constraint name")
                .containsExactlyInAnyOrderElementsOf(ReservedWords.SQLITE_NAMES);
        // In an expression a word may also be taken for its own syntax: the check holds only if it reads the column.
        var expressions = sqliteFailures(words, i -> "CREATE TABLE e" + i + " (\"" + words.get(i) + "\" INT, CHECK ("
                + words.get(i) + " = 7)); INSERT INTO e" + i + " VALUES (7);");
        expressions.removeAll(names);
        assertThat(expressions).as("keywords SQLite reads as syntax where a column is named in an expression")
                .containsExactlyInAnyOrderElementsOf(ReservedWords.SQLITE_EXPRESSIONS);
    }

    // ------------------------------------------------------------------ PostgreSQL

    private static Set<String> query(Connection c, String sql) throws SQLException {
        var out = new TreeSet<String>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** Whether each statement runs, each in a savepoint of one transaction that is rolled back. */
    private static boolean runs(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT probe");
            try {
                for (String sql : statements) s.execute(sql);
                return true;
            } catch (SQLException e) {
                return false;
            } finally {
                s.execute("ROLLBACK TO SAVEPOINT probe");
            }
        }
    }

    @Test
    void postgresListsAreItsKeywordCategoriesAndTypes() throws Exception {
        try (Database db = Engines.freshDatabase(Engine.POSTGRES, "keywords"); Connection c = db.connect()) {
            assertThat(query(c, "SELECT upper(word) FROM pg_get_keywords() WHERE catcode IN ('R', 'T')"))
                    .as("reserved, and reserved but for function or type names").containsExactlyInAnyOrderElementsOf(ReservedWords.POSTGRES);
            assertThat(query(c, "SELECT upper(word) FROM pg_get_keywords() WHERE catcode IN ('R', 'C')"))
                    .as("key words that cannot name a type").containsExactlyInAnyOrderElementsOf(ReservedWords.POSTGRES_TYPE);
            assertThat(query(c, "SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                    + "WHERE n.nspname = 'pg_catalog' AND typname !~ '^_' AND typname !~ '^pg_'"))
                    .as("PostgreSQL's own types (those named pg_* aside)").containsExactlyInAnyOrderElementsOf(ReservedWords.POSTGRES_CATALOG_TYPES);
            c.setAutoCommit(false);
            var keywords = query(c, "SELECT upper(word) FROM pg_get_keywords()");
            var refused = new TreeSet<String>();
            var inTriggers = new TreeSet<String>();
            var candidates = new TreeSet<>(keywords);
            candidates.addAll(ReservedWords.POSTGRES_PLPGSQL);
            for (String w : candidates) {
                if (!runs(c, "CREATE TABLE " + w + " (a int)") || !runs(c, "CREATE TABLE t (" + w + " int)")) refused.add(w);
                String col = "\"" + w.toLowerCase(Locale.ROOT) + "\"";
                if (!runs(c, "CREATE TABLE g (" + col + " int)", "CREATE FUNCTION g_f() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + "BEGIN IF NEW." + w + " IS NOT DISTINCT FROM OLD." + w + " THEN NEW." + w + " := 1; END IF; "
                        + "RETURN NEW; END; $$", "CREATE TRIGGER g_t BEFORE UPDATE ON g FOR EACH ROW EXECUTE FUNCTION g_f()",
                        "INSERT INTO g VALUES (1)", "UPDATE g SET " + col + " = 2")) {
                    inTriggers.add(w);
                }
            }
            c.rollback();
            assertThat(refused).as("key words PostgreSQL refuses as a table or column name")
                    .containsExactlyInAnyOrderElementsOf(ReservedWords.POSTGRES);
            inTriggers.removeAll(ReservedWords.POSTGRES);
            assertThat(inTriggers).as("words PL/pgSQL refuses in a trigger body (NEW.word)")
                    .containsExactlyInAnyOrderElementsOf(ReservedWords.POSTGRES_PLPGSQL);
        }
    }

    // ------------------------------------------------------------------ MySQL and MariaDB

    /**
     * The words refused as a table or column name, and as the table of an INSERT (seed data), in
     * {@code sqlMode}: PREPARE parses without running, and only a syntax error (1064) counts, not
     * the missing table the INSERT names.
     */
    private static Set<String> mysqlRefused(Connection c, Set<String> words, String sqlMode) throws SQLException {
        var out = new TreeSet<String>();
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION sql_mode = '" + sqlMode + "'");
            for (String w : words) {
                for (String sql : List.of("CREATE TABLE " + w + " (a INT)", "CREATE TABLE t (" + w + " INT)",
                        "INSERT INTO " + w + " (a) VALUES (1)")) {
                    try {
                        s.execute("PREPARE probe FROM '" + sql + "'");
                        s.execute("DEALLOCATE PREPARE probe");
                    } catch (SQLException e) {
                        if (e.getErrorCode() == 1064) out.add(w);
                    }
                }
            }
        }
        return out;
    }

    /** The server's keywords and built-in function names (its help topics, and MariaDB's SQL_FUNCTIONS), in upper case. */
    private static Set<String> mysqlWords(Connection c, boolean mariadb) throws SQLException {
        var out = new TreeSet<String>();
        var sources = new ArrayList<>(List.of("SELECT word FROM information_schema.KEYWORDS", "SELECT name FROM mysql.help_topic"));
        if (mariadb) sources.add("SELECT function FROM information_schema.SQL_FUNCTIONS");
        for (String sql : sources) {
            for (String w : query(c, sql)) if (w != null && WORD.matcher(w).matches()) out.add(w.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    @Test
    void mysqlAndMariadbListsAreWhatTheServersRefuse() throws Exception {
        var functions = new HashSet<String>();
        try (Database db = Engines.freshDatabase(Engine.MYSQL, "keywords"); Connection c = db.connect()) {
            assertThat(query(c, "SELECT word FROM information_schema.KEYWORDS WHERE reserved = 1"))
                    .as("MySQL's reserved words").containsExactlyInAnyOrderElementsOf(ReservedWords.MYSQL_8);
            var words = mysqlWords(c, false);
            assertThat(words).as("MySQL's keywords and function names").hasSizeGreaterThan(600);
            var plain = mysqlRefused(c, words, "");
            assertThat(plain).as("words MySQL refuses as a name").containsExactlyInAnyOrderElementsOf(ReservedWords.MYSQL_8);
            var ignoreSpace = mysqlRefused(c, words, "IGNORE_SPACE");
            ignoreSpace.removeAll(plain);
            functions.addAll(ignoreSpace);
            assertThat(ReservedWords.MYSQL_LATER).as("reserved only by later MySQL releases").doesNotContainAnyElementsOf(plain);
        }
        try (Database db = Engines.freshDatabase(Engine.MARIADB, "keywords"); Connection c = db.connect()) {
            var words = mysqlWords(c, true);
            assertThat(words).as("MariaDB's keywords and function names").hasSizeGreaterThan(600);
            var plain = mysqlRefused(c, words, "");
            assertThat(plain).as("words MariaDB refuses as a name").containsExactlyInAnyOrderElementsOf(ReservedWords.MARIADB);
            var ignoreSpace = mysqlRefused(c, words, "IGNORE_SPACE");
            ignoreSpace.removeAll(plain);
            functions.addAll(ignoreSpace);
        }
        assertThat(functions).as("function names either server reserves under IGNORE_SPACE")
                .containsExactlyInAnyOrderElementsOf(ReservedWords.MYSQL_FUNCTIONS);
    }

    /**
     * The words reserved in the {@code mysql} dialect as tables only, each used unquoted as a column
     * the way hand-written queries use one (created, inserted, filtered, sorted, grouped, updated,
     * indexed, checked) on both servers, in the default mode, {@code ANSI} and {@code IGNORE_SPACE};
     * and each still refused as a table name under {@code IGNORE_SPACE}, which is why it is listed.
     */
    @Test
    void wordsReservedAsTablesOnlyAreColumnsOnBothServers() throws Exception {
        assertThat(ReservedWords.MYSQL_TABLE_ONLY).contains("POSITION", "VALUE", "COUNT").doesNotContain("RANK", "LEAD");
        var refusedAsTable = new TreeSet<String>();
        for (Engine engine : List.of(Engine.MYSQL, Engine.MARIADB)) {
            try (Database db = Engines.freshDatabase(engine, "columnwords"); Connection c = db.connect();
                    Statement s = c.createStatement()) {
                var refusedAsColumn = new TreeSet<String>();
                for (String mode : List.of("", "ANSI", "IGNORE_SPACE")) {
                    s.execute("SET SESSION sql_mode = '" + mode + "'");
                    for (String w : ReservedWords.MYSQL_TABLE_ONLY) {
                        String col = w.toLowerCase(Locale.ROOT);
                        try {
                            for (String sql : List.of("CREATE TABLE cw (k INT, " + col + " INT)",
                                    "INSERT INTO cw (k, " + col + ") VALUES (1, 1)",
                                    "SELECT " + col + " FROM cw WHERE " + col + " = 1 AND k = 1 ORDER BY " + col,
                                    "SELECT k FROM cw GROUP BY k, " + col,
                                    "UPDATE cw SET " + col + " = 2 WHERE " + col + " = 1",
                                    "CREATE INDEX idx_cw ON cw (" + col + ", k)",
                                    "ALTER TABLE cw ADD CONSTRAINT ck_cw CHECK (" + col + " > 0)")) {
                                s.execute(sql);
                            }
                        } catch (SQLException e) {
                            refusedAsColumn.add(w + " (" + mode + "): " + e.getMessage());
                        } finally {
                            s.execute("DROP TABLE IF EXISTS cw");
                        }
                    }
                }
                s.execute("SET SESSION sql_mode = 'IGNORE_SPACE'");
                for (String w : ReservedWords.MYSQL_TABLE_ONLY) {
                    for (String sql : List.of("INSERT INTO " + w + " (a) VALUES (1)", "CREATE TABLE " + w + " (a INT)")) {
                        try {
                            s.execute("PREPARE probe FROM '" + sql + "'");
                            s.execute("DEALLOCATE PREPARE probe");
                        } catch (SQLException e) {
                            if (e.getErrorCode() == 1064) refusedAsTable.add(w);
                        }
                    }
                }
                assertThat(refusedAsColumn).as("%s refuses these words as a column", engine).isEmpty();
            }
        }
        assertThat(refusedAsTable).as("refused as a table name by one server or both")
                .containsExactlyInAnyOrderElementsOf(ReservedWords.MYSQL_TABLE_ONLY);
    }
}
