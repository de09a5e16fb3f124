package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQLite's AUTOINCREMENT never gives an id twice, and a migration that rebuilds the table must
 * keep that promise: rows 1-3 made and row 3 deleted, the next row after the rebuild is 4 (the
 * copy alone would leave SQLite remembering 2, and give 3 again), up and down, by the SQL
 * migration and by Alembic's batch. Also through a table renamed in the same migration.
 */
class RebuildKeepsIdsTest {
    private static final String V1 = """
            schema desk { dialect = sqlite timestamps = false }
            entity Ticket { title string(40) }
            """;
    /** A unique added: SQLite makes it by rebuilding the table. */
    private static final String UNIQUE = """
            schema desk { dialect = sqlite timestamps = false }
            entity Ticket { title string(40) @unique }
            """;
    private static final String RENAMED = """
            schema desk { dialect = sqlite timestamps = false }
            entity Issue { @@renamed_from("Ticket") title string(40) @unique }
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unique", "renamed"})
    void theSqlMigrationGivesNoDeletedIdAgain(String change) throws Exception {
        var files = history(change);
        String table = table(change);
        try (var db = LiveDb.fresh(Kind.SQLITE, "ids_sql_" + change)) {
            db.run(files.get(MigrationFiles.sqlPath(Dialect.SQLITE, AlembicJudgesEvolutionTest.INIT + "_init", "up")));
            threeRowsTheLastDeleted(db);
            String step = AlembicJudgesEvolutionTest.STEP + "_step";
            String up = files.get(MigrationFiles.sqlPath(Dialect.SQLITE, step, "up"));
            assertThat(up).as("the migration rebuilds the table").contains("Rebuilding " + table);
            db.run(up);
            assertThat(newId(db, table)).as("after the rebuild up").isEqualTo("4");
            db.run(files.get(MigrationFiles.sqlPath(Dialect.SQLITE, step, "down")));
            assertThat(newId(db, "tickets")).as("after the rebuild down").isEqualTo("5");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unique", "renamed"})
    void alembicsBatchGivesNoDeletedIdAgain(String change, @TempDir Path tmp) throws Exception {
        var compiled = EvolutionHarness.compile(change.equals("unique") ? UNIQUE : RENAMED);
        Path scripts = AlembicJudgesEvolutionTest.writeAlembic(tmp, history(change), compiled.compilation().model());
        try (var db = LiveDb.fresh(Kind.SQLITE, "ids_alembic_" + change)) {
            String url = AlembicJudgesEvolutionTest.url(Kind.SQLITE, db);
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", AlembicJudgesEvolutionTest.INIT, "initial revision");
            threeRowsTheLastDeleted(db);
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", "head", "the rebuild");
            assertThat(newId(db, table(change))).as("after the batch up").isEqualTo("4");
            AlembicJudgesEvolutionTest.alembic(scripts, url, "downgrade", AlembicJudgesEvolutionTest.INIT, "the rebuild back");
            assertThat(newId(db, "tickets")).as("after the batch down").isEqualTo("5");
        }
    }

    private static String table(String change) {
        return change.equals("unique") ? "tickets" : "issues";
    }

    private static Map<String, String> history(String change) throws java.io.IOException {
        var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), EvolutionHarness.compile(V1), AlembicJudgesEvolutionTest.INIT, "init");
        var step = EvolutionHarness.migrate(init.after(), EvolutionHarness.relative(init.files()),
                EvolutionHarness.compile(change.equals("unique") ? UNIQUE : RENAMED), AlembicJudgesEvolutionTest.STEP, "step");
        var files = new LinkedHashMap<String, String>(init.files());
        files.putAll(step.files());
        return files;
    }

    private static void threeRowsTheLastDeleted(LiveDb db) throws Exception {
        db.run("INSERT INTO tickets (title) VALUES ('a');\nINSERT INTO tickets (title) VALUES ('b');\n"
                + "INSERT INTO tickets (title) VALUES ('c');\nDELETE FROM tickets WHERE id = 3;");
        assertThat(Sequences.rows(db, "SELECT id FROM tickets ORDER BY id")).containsExactly("1", "2");
    }

    /** The id SQLite gives the next row of {@code table}. */
    private static String newId(LiveDb db, String table) throws Exception {
        db.run("INSERT INTO " + table + " (title) VALUES ('n" + System.nanoTime() + "');");
        return Sequences.rows(db, "SELECT max(id) FROM " + table).get(0);
    }
}
