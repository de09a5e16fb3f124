package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.DbShape;
import dev.schemac.gen.sql.ExpectedShape;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import dev.schemac.model.Dialect;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A MySQL limit that starts at a later migration of a PostgreSQL model (a unique key past
 * MySQL's 3,072 bytes), with MySQL not asked for: the SQL history stops writing MySQL scripts
 * there, and real Alembic on real MySQL and MariaDB refuses that revision at once, with the
 * first revision's words, instead of adding the column and then failing on the key (MySQL's
 * DDL is not transactional, so that would leave the database between two revisions). On
 * PostgreSQL the same chain runs to the end.
 */
class AlembicRefusesMysqlAfterAGapTest {
    static final String INIT = "20250101000000";
    static final String STEP = "20250102000000";
    static final String REFUSAL = "MySQL cannot hold this model as it is (schemac's warnings for MySQL say why): "
            + "this history has no MySQL migrations from this revision on";

    static final String V1 = """
            schema notes { dialect = postgres timestamps = false }
            entity Note { title string(200) }
            """;
    /** A column first, then the key MySQL cannot hold: without the refusal the column would stay behind on MySQL. */
    static final String V2 = """
            schema notes { dialect = postgres timestamps = false }
            entity Note { title string(1000) @unique body string(100)? }
            """;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"MYSQL", "MARIADB", "POSTGRES"})
    void theRevisionAfterTheGapStopsBeforeAnyStatementOnMysql(Kind kind, @TempDir Path tmp) throws Exception {
        var old = EvolutionHarness.compile(V1);
        var neu = EvolutionHarness.compile(V2);
        var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), old, INIT, "init");
        var step = EvolutionHarness.migrate(init.after(), EvolutionHarness.relative(init.files()), neu, STEP, "long_titles");
        assertThat(init.files()).containsKey(MigrationFiles.sqlPath(Dialect.MYSQL, INIT + "_init", "up"));
        assertThat(step.files()).as("the MySQL chain stops at the limit")
                .doesNotContainKey(MigrationFiles.sqlPath(Dialect.MYSQL, STEP + "_long_titles", "up"))
                .containsKey(MigrationFiles.sqlPath(Dialect.POSTGRES, STEP + "_long_titles", "up"));
        var history = new LinkedHashMap<String, String>(init.files());
        history.putAll(step.files());
        Path scripts = AlembicJudgesEvolutionTest.writeAlembic(tmp, history, neu.compilation().model());
        try (var db = LiveDb.fresh(kind, "alembic_gap")) {
            String url = AlembicJudgesEvolutionTest.url(kind, db);
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", INIT, "the first revision, which has MySQL scripts");
            DbShape before = AlembicJudgesEvolutionTest.withoutVersionTable(db.shape());
            var head = AlembicJudgesEvolutionTest.run(scripts, url, "upgrade", "head");
            if (kind == Kind.POSTGRES) {
                assertThat(head.exit()).as(head.out()).isZero();
                assertThat(ShapeDiff.between(EvolutionHarness.columnOrderFree(ExpectedShape.of(neu.compilation().catalog(), kind, true)),
                        AlembicJudgesEvolutionTest.withoutVersionTable(db.shape()))).isEmpty();
                assertThat(Sequences.rows(db, "SELECT version_num FROM alembic_version")).containsExactly(STEP);
                return;
            }
            assertThat(head.exit()).as("the upgrade past the gap is refused: %s", head.out()).isNotZero();
            assertThat(head.out()).contains("RuntimeError: " + REFUSAL);
            assertThat(ShapeDiff.between(before, AlembicJudgesEvolutionTest.withoutVersionTable(db.shape())))
                    .as("nothing of the refused revision ran").isEmpty();
            assertThat(Sequences.rows(db, "SELECT version_num FROM alembic_version")).containsExactly(INIT);
        }
    }

    /** A history without MySQL from its first migration: the first revision refuses MySQL with the same words. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"MYSQL"})
    void theFirstRevisionOfAHistoryWithoutMysqlRefusesItAlike(Kind kind, @TempDir Path tmp) throws Exception {
        var neu = EvolutionHarness.compile(V2);
        var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), neu, INIT, "init");
        assertThat(init.files()).doesNotContainKey(MigrationFiles.sqlPath(Dialect.MYSQL, INIT + "_init", "up"));
        Path scripts = AlembicJudgesEvolutionTest.writeAlembic(tmp, init.files(), neu.compilation().model());
        try (var db = LiveDb.fresh(kind, "alembic_no_mysql")) {
            var up = AlembicJudgesEvolutionTest.run(scripts, AlembicJudgesEvolutionTest.url(kind, db), "upgrade", "head");
            assertThat(up.exit()).as(up.out()).isNotZero();
            assertThat(up.out()).contains("RuntimeError: " + REFUSAL);
            assertThat(AlembicJudgesEvolutionTest.withoutVersionTable(db.shape()).tables()).isEmpty();
        }
    }
}
