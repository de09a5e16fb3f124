package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A table with two {@code @updated} columns ({@code seen_at} and the implicit
 * {@code updated_at}), built by the create script and by a migration that adds the second
 * column to a table with rows: the same UPDATEs on every engine, and what each leaves in
 * the columns. An UPDATE that changes a column keeps its value; the other {@code @updated}
 * column is refreshed; SQLite agrees with PostgreSQL in every case (one trigger per table,
 * which does not fire itself). MySQL's {@code ON UPDATE} differs where documented: an
 * UPDATE that changes no value refreshes nothing, and a column assigned its own value is
 * kept.
 */
class UpdatedColumnsOnRealEnginesTest {

    private static final String RESET = "UPDATE sessions SET seen_at = '2000-01-01 00:00:00', updated_at = '2000-01-01 00:00:00'";
    private static final String GIVEN = "'2010-01-01 00:00:00'";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theCreateScriptKeepsBothColumnsAsPostgresDoes(Kind kind) throws Exception {
        var s = Sequences.read(Sequences.root().resolve("updated2"));
        var b = Sequences.build(s);
        var r = Targets.run(b.compilation(2), List.of(Targets.byName("sqlite").orElseThrow(),
                Targets.byName("postgres").orElseThrow(), Targets.byName("mysql").orElseThrow()), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        String dir = switch (kind) {
            case SQLITE -> "sql/sqlite/";
            case POSTGRES -> "sql/postgres/";
            case MARIADB, MYSQL -> "sql/mysql/";
        };
        try (var db = LiveDb.fresh(kind, "updated2"); Connection c = db.connect()) {
            db.run(r.files().get(dir + "schema.sql"));
            exec(c, "INSERT INTO sessions (token) VALUES ('a')");
            assertTwoColumns(kind, c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aMigrationAddingASecondColumnKeepsBothAndRemovingItKeepsOne(Kind kind) throws Exception {
        var s = Sequences.read(Sequences.root().resolve("updated2"));
        var b = Sequences.build(s);
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        try (var db = LiveDb.fresh(kind, "updated2m"); Connection c = db.connect()) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            exec(c, "INSERT INTO sessions (token) VALUES ('a')");
            db.run(Sequences.sql(b, s, d, 2, "up"));
            assertTwoColumns(kind, c);

            db.run(Sequences.sql(b, s, d, 3, "up"));
            exec(c, "UPDATE sessions SET updated_at = '2000-01-01 00:00:00'");
            exec(c, "UPDATE sessions SET token = 'one'");
            assertThat(one(c, "updated_at")).as("v3, one @updated column again: another column changed").isEqualTo("now");
            exec(c, "UPDATE sessions SET updated_at = " + GIVEN);
            assertThat(one(c, "updated_at")).as("v3: updated_at given").isEqualTo("given");

            db.run(Sequences.sql(b, s, d, 3, "down"));
            assertTwoColumns(kind, c);
        }
    }

    /**
     * A SQLite database an earlier release made, with one trigger per {@code @updated} column (each
     * overwrote a value an UPDATE gave the other): the next migration that rebuilds the table's
     * trigger drops them too, and the table ends with its one trigger.
     */
    @org.junit.jupiter.api.Test
    void anEarlierReleasesTriggerPerColumnIsDroppedOnSqlite() throws Exception {
        var s = Sequences.read(Sequences.root().resolve("updated2"));
        var b = Sequences.build(s);
        try (var db = LiveDb.fresh(Kind.SQLITE, "updated2old"); Connection c = db.connect()) {
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 1, "up"));
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 2, "up"));
            exec(c, "DROP TRIGGER trg_sessions_updated_at");
            for (String col : List.of("seen_at", "updated_at")) {
                exec(c, "CREATE TRIGGER trg_sessions_updated_at_" + col + " AFTER UPDATE ON sessions FOR EACH ROW WHEN NEW." + col
                        + " IS OLD." + col + " BEGIN UPDATE sessions SET " + col + " = CURRENT_TIMESTAMP WHERE id = NEW.id; END");
            }
            exec(c, "INSERT INTO sessions (token) VALUES ('a')");
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 3, "up"));
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT group_concat(name) FROM sqlite_master WHERE type = 'trigger'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("triggers after the migration").isEqualTo("trg_sessions_updated_at");
            }
            exec(c, "UPDATE sessions SET updated_at = " + GIVEN);
            assertThat(one(c, "updated_at")).as("updated_at given").isEqualTo("given");
        }
    }

    /**
     * The same database of an earlier release, and a migration that changes the table in place (a column added) and
     * leaves its own trigger as it is: the per-column triggers go all the same.
     */
    @org.junit.jupiter.api.Test
    void anEarlierReleasesTriggerPerColumnIsDroppedByAnInPlaceChange(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String v1 = Files.readString(Sequences.root().resolve("updated2/v2.schema"));
        Files.writeString(dir.resolve("v1.schema"), v1);
        String v2 = v1.replace("seen_at datetime? @updated", "seen_at datetime? @updated\n  note string(20)?");
        assertThat(v2).isNotEqualTo(v1);
        Files.writeString(dir.resolve("v2.schema"), v2);
        Files.writeString(dir.resolve("sequence.txt"), "keep: SELECT token FROM sessions\n");
        var s = Sequences.read(dir);
        var b = Sequences.build(s);
        String up = Sequences.sql(b, s, Dialect.SQLITE, 2, "up");
        assertThat(up).as("the table's own trigger is left as it is").doesNotContain("DROP TRIGGER IF EXISTS \"trg_sessions_updated_at\";");
        try (var db = LiveDb.fresh(Kind.SQLITE, "updated2inplace"); Connection c = db.connect()) {
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 1, "up"));
            exec(c, "DROP TRIGGER trg_sessions_updated_at");
            for (String col : List.of("seen_at", "updated_at")) {
                exec(c, "CREATE TRIGGER trg_sessions_updated_at_" + col + " AFTER UPDATE ON sessions FOR EACH ROW WHEN NEW." + col
                        + " IS OLD." + col + " BEGIN UPDATE sessions SET " + col + " = CURRENT_TIMESTAMP WHERE id = NEW.id; END");
            }
            exec(c, "INSERT INTO sessions (token) VALUES ('a')");
            db.run(up);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT group_concat(name) FROM sqlite_master WHERE type = 'trigger'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("triggers after the migration").isEqualTo("trg_sessions_updated_at");
            }
            assertTwoColumns(Kind.SQLITE, c);
        }
        // An earlier release's database that also kept the trigger of the table's name from when it had one @updated
        // column (it stamps seen_at alone, over a value the UPDATE gives): replaced, not kept.
        try (var db = LiveDb.fresh(Kind.SQLITE, "updated2inplacestale"); Connection c = db.connect()) {
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 1, "up"));
            exec(c, "DROP TRIGGER trg_sessions_updated_at");
            exec(c, "CREATE TRIGGER trg_sessions_updated_at AFTER UPDATE ON sessions FOR EACH ROW BEGIN UPDATE sessions SET "
                    + "seen_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END");
            exec(c, "CREATE TRIGGER trg_sessions_updated_at_updated_at AFTER UPDATE ON sessions FOR EACH ROW WHEN NEW.updated_at IS "
                    + "OLD.updated_at BEGIN UPDATE sessions SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END");
            exec(c, "INSERT INTO sessions (token) VALUES ('a')");
            db.run(up);
            assertThat(triggers(c)).as("triggers after the migration").isEqualTo("trg_sessions_updated_at");
            assertTwoColumns(Kind.SQLITE, c);
        }
        // A database this release made: its trigger stays, and the same migration keeps both columns as they were.
        try (var db = LiveDb.fresh(Kind.SQLITE, "updated2inplacenew"); Connection c = db.connect()) {
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 1, "up"));
            exec(c, "INSERT INTO sessions (token) VALUES ('a')");
            db.run(up);
            assertTwoColumns(Kind.SQLITE, c);
        }
    }

    private static String triggers(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'trigger' "
                     + "ORDER BY name)")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /**
     * The name the earlier releases' rule gives table `a`'s column `b_updated_at` (its trigger's and the column's) is
     * table `a_updated_at_b`'s own trigger: a migration that touches `a` in place and drops the earlier triggers leaves
     * that one alone, so the other table still stamps its rows.
     */
    @org.junit.jupiter.api.Test
    void anEarlierTriggerNameThatIsAnotherTablesTriggerStays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String v1 = """
                schema app {
                  dialect    = sqlite
                  timestamps = false
                }

                entity A {
                  @@map("a")
                  name         string(20)
                  b_updated_at datetime? @updated
                  c            datetime? @updated
                }

                entity B {
                  @@map("a_updated_at_b")
                  name       string(20)
                  updated_at datetime? @updated
                }
                """;
        Files.writeString(dir.resolve("v1.schema"), v1);
        Files.writeString(dir.resolve("v2.schema"), v1.replace("  c            datetime? @updated\n",
                "  c            datetime? @updated\n  note         string(20)?\n"));
        Files.writeString(dir.resolve("sequence.txt"), "keep: SELECT name FROM a\n");
        var s = Sequences.read(dir);
        var b = Sequences.build(s);
        String up = Sequences.sql(b, s, Dialect.SQLITE, 2, "up");
        assertThat(up).contains("DROP TRIGGER IF EXISTS trg_a_updated_at_c;").doesNotContain("trg_a_updated_at_b_updated_at;");
        try (var db = LiveDb.fresh(Kind.SQLITE, "updatedtwins"); Connection c = db.connect()) {
            db.run(Sequences.sql(b, s, Dialect.SQLITE, 1, "up"));
            exec(c, "INSERT INTO a_updated_at_b (name, updated_at) VALUES ('x', '2000-01-01 00:00:00')");
            db.run(up);
            assertThat(triggers(c)).isEqualTo("trg_a_updated_at,trg_a_updated_at_b_updated_at");
            exec(c, "UPDATE a_updated_at_b SET name = 'y'");
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT updated_at FROM a_updated_at_b")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the other table's trigger still stamps").isNotEqualTo("2000-01-01 00:00:00");
            }
        }
    }

    /** The same UPDATEs on every engine; each starts from both columns set to 2000-01-01. */
    private static void assertTwoColumns(Kind kind, Connection c) throws SQLException {
        boolean mysql = kind == Kind.MYSQL || kind == Kind.MARIADB;
        exec(c, RESET);
        assertThat(both(c)).as("%s: both given in one UPDATE are kept", kind).isEqualTo("old old");

        exec(c, "UPDATE sessions SET token = 'b'");
        assertThat(both(c)).as("%s: another column changed: both refreshed", kind).isEqualTo("now now");

        exec(c, RESET);
        exec(c, "UPDATE sessions SET seen_at = " + GIVEN);
        assertThat(both(c)).as("%s: seen_at given: kept, updated_at refreshed", kind).isEqualTo("given now");

        exec(c, RESET);
        exec(c, "UPDATE sessions SET updated_at = " + GIVEN);
        assertThat(both(c)).as("%s: updated_at given: kept, seen_at refreshed", kind).isEqualTo("now given");

        exec(c, RESET);
        exec(c, "UPDATE sessions SET seen_at = " + GIVEN + ", updated_at = " + GIVEN);
        assertThat(both(c)).as("%s: both given: both kept", kind).isEqualTo("given given");

        exec(c, RESET);
        exec(c, "UPDATE sessions SET token = token");
        assertThat(both(c)).as("%s: an UPDATE that changes no value", kind).isEqualTo(mysql ? "old old" : "now now");

        exec(c, RESET);
        exec(c, "UPDATE sessions SET seen_at = seen_at, token = 'c'");
        assertThat(both(c)).as("%s: seen_at assigned its own value", kind).isEqualTo(mysql ? "old now" : "now now");
        exec(c, "UPDATE sessions SET token = 'b'");
    }

    private static String both(Connection c) throws SQLException {
        return one(c, "seen_at") + " " + one(c, "updated_at");
    }

    /** {@code old} (the reset value), {@code given} (2010) or {@code now}. */
    private static String one(Connection c, String column) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CASE WHEN " + column
                + " < '2001-01-01' THEN 'old' WHEN " + column + " < '2011-01-01' THEN 'given' WHEN " + column
                + " > '2020-01-01' THEN 'now' END FROM sessions")) {
            assertThat(rs.next()).as("one row").isTrue();
            String v = rs.getString(1);
            assertThat(rs.next()).as("one row only").isFalse();
            return v;
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
