package dev.schemac.gen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.support.TestPaths;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A check's literal means on each engine what the model means: the DDL of
 * sql-models/literals.schema is run, then rows at and around every bound are inserted, each
 * accepted or refused as the model says. Instants and times on the day of the bounds, in
 * both forms SQLite stores (the scripts' bare {@code 12:00:00}, SQLAlchemy's
 * {@code 12:00:00.000000}); PostgreSQL's DDL and rows run in a session whose TimeZone is not
 * UTC; a {@code float} at its own bound (binary32 stores 0.3 as 0.300000011920928955078125).
 * MySQL 8.0.15 parses CHECKs and enforces none (LiveDb#enforcesChecks), so it is not here:
 * MariaDB runs the same script.
 */
class CheckLiteralsOnRealEnginesTest {
    static final Path MODEL = TestPaths.testResources().resolve("sql-models/literals.schema");

    /** A row differing from a valid one in one column, and whether the model accepts it. */
    record Case(String column, String value, boolean accepted, boolean sqliteOnly) {
        static Case ok(String column, String value) { return new Case(column, value, true, false); }

        static Case no(String column, String value) { return new Case(column, value, false, false); }
    }

    static final List<Case> CASES = List.of(
            Case.ok("starts_at", "2030-06-15 12:00:00"), Case.no("starts_at", "2030-06-15 11:59:59"),
            Case.ok("starts_at", "2030-06-15 17:59:59"), Case.no("starts_at", "2030-06-15 18:00:00"),
            Case.no("ends_at", "2030-06-15 12:00:00"), Case.ok("ends_at", "2030-06-15 12:00:01"),
            Case.ok("ends_at", "2030-06-15 18:00:00"), Case.no("ends_at", "2030-06-15 18:00:01"),
            Case.no("opens", "08:00:00"), Case.ok("opens", "08:00:01"), Case.ok("opens", "17:30:00"), Case.no("opens", "17:30:01"),
            Case.ok("day", "2030-06-15"), Case.ok("day", "2030-06-16"), Case.no("day", "2030-06-17"),
            Case.ok("ratio", "0.3"), Case.ok("ratio", "0.29"), Case.no("ratio", "0.3001"), Case.no("ratio", "0.2899"),
            Case.no("share", "0.1"), Case.ok("share", "0.1001"), Case.no("share", "0.7"), Case.ok("share", "0.6999"),
            // The form SQLAlchemy writes on SQLite, which sorts after the bare one.
            new Case("starts_at", "2030-06-15 12:00:00.000000", true, true),
            new Case("starts_at", "2030-06-15 18:00:00.000000", false, true),
            new Case("ends_at", "2030-06-15 12:00:00.000000", false, true),
            new Case("ends_at", "2030-06-15 12:00:00.000001", true, true),
            new Case("ends_at", "2030-06-15 18:00:00.000000", true, true),
            new Case("opens", "08:00:00.000000", false, true),
            new Case("opens", "17:30:00.000000", true, true));

    private static final String[] COLUMNS = {"starts_at", "ends_at", "opens", "day", "ratio", "share", "handle", "mark"};
    private static final String[] VALID = {"2030-06-15 13:00:00", "2030-06-15 17:00:00", "09:00:00", "2030-06-15", "0.295", "0.5",
            "abc", "it''s"};

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRES", "MARIADB"})
    void everyBoundMeansWhatTheModelSays(Kind kind) throws Exception {
        Compilation c = Compiler.compile(List.of(MODEL));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        String dialect = kind == Kind.SQLITE ? "sqlite" : kind == Kind.POSTGRES ? "postgres" : "mysql";
        var r = Targets.run(c, List.of(Targets.byName(dialect).orElseThrow()), TargetOptions.defaults());
        String ddl = r.files().get("sql/" + dialect + "/schema.sql");
        // Not UTC: a datetime literal without an offset would be read in this zone.
        String session = kind == Kind.POSTGRES ? "SET TIME ZONE 'America/New_York';\n" : "";
        var wrong = new ArrayList<String>();
        try (LiveDb db = LiveDb.fresh(kind, "literals")) {
            db.run(session + ddl);
            assertThat(db.enforcesChecks()).isTrue();
            assertThat(insert(db, session, null, null)).as("the valid row").isTrue();
            for (Case k : CASES) {
                if (k.sqliteOnly() && kind != Kind.SQLITE) continue;
                String value = kind == Kind.POSTGRES && k.column().endsWith("_at") ? k.value() + "+00" : k.value();
                if (insert(db, session, k.column(), value) != k.accepted()) {
                    wrong.add(k.column() + " = " + value + (k.accepted() ? " refused" : " accepted"));
                }
            }
        }
        assertThat(wrong).as("rows the %s DDL judges otherwise than the model", kind).isEmpty();
    }

    private static boolean insert(LiveDb db, String session, String column, String value) throws Exception {
        var values = new ArrayList<String>();
        for (int i = 0; i < COLUMNS.length; i++) {
            String v = COLUMNS[i].equals(column) ? value : VALID[i];
            if (db.kind() == Kind.POSTGRES && COLUMNS[i].endsWith("_at") && !COLUMNS[i].equals(column)) v = v + "+00";
            boolean number = COLUMNS[i].equals("ratio") || COLUMNS[i].equals("share");
            values.add(number ? v : "'" + v + "'");
        }
        try (var conn = db.connect(); var s = conn.createStatement()) {
            if (!session.isEmpty()) s.execute(session);
            s.executeUpdate("INSERT INTO shifts (" + String.join(", ", COLUMNS) + ") VALUES (" + String.join(", ", values) + ")");
            return true;
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("check")
                    && !e.getMessage().contains("ck_shifts") && !e.getMessage().contains("CONSTRAINT")) {
                throw e;
            }
            return false;
        }
    }
}
