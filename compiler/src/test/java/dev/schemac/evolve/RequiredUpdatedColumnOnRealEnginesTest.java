package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.evolve.EvolutionHarness.Version;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.pull.DatabaseUrl;
import dev.schemac.pull.Puller;
import dev.schemac.pull.compare.Drift;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A required {@code @updated} column without a default ({@code seen datetime @updated}) on
 * MySQL 8 and MariaDB, whose DATETIME with ON UPDATE MariaDB gives the zero date as its
 * default at every definition that names none. However the column was defined (the create
 * script, a migration's ADD COLUMN, a migration's MODIFY COLUMN), both engines agree: the
 * column has no default, an INSERT that leaves it out is refused (MariaDB had stored
 * 0000-00-00 00:00:00), ON UPDATE is kept, and diff finds the database equal to the model.
 */
class RequiredUpdatedColumnOnRealEnginesTest {

    static final String V1 = """
            schema visits { dialect = mysql }
            entity Visit {
              page string(40)
            }
            """;
    static final String V2 = """
            schema visits { dialect = mysql }
            entity Visit {
              page string(40)
              seen datetime @updated
            }
            """;
    /** The column's comment changes: MySQL writes its whole definition again (MODIFY COLUMN). */
    static final String V3 = """
            schema visits { dialect = mysql }
            entity Visit {
              page string(40)
              /// When the page was last seen.
              seen datetime @updated
            }
            """;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void theCreateScriptLeavesNoDefault(Kind kind) throws Exception {
        Version v = EvolutionHarness.compile(V3);
        var r = Targets.run(v.compilation(), List.of(Targets.byName("mysql").orElseThrow()), TargetOptions.defaults());
        try (var db = LiveDb.fresh(kind, "required_updated")) {
            db.run(r.files().get("sql/mysql/schema.sql"));
            assertAsModelled(db, v, "the create script");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"MARIADB", "MYSQL"})
    void migrationsThatAddAndRedefineTheColumnLeaveNoDefault(Kind kind) throws Exception {
        Version v1 = EvolutionHarness.compile(V1), v2 = EvolutionHarness.compile(V2), v3 = EvolutionHarness.compile(V3);
        var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), v1, "20250101000000", "init");
        var add = EvolutionHarness.migrate(init.after(), EvolutionHarness.relative(init.files()), v2, "20250102000000", "seen");
        var history = new java.util.LinkedHashMap<>(EvolutionHarness.relative(init.files()));
        history.putAll(EvolutionHarness.relative(add.files()));
        var modify = EvolutionHarness.migrate(add.after(), history, v3, "20250103000000", "doc");
        try (var db = LiveDb.fresh(kind, "required_updated_m")) {
            db.run(up(init, "20250101000000_init"));
            db.run(up(add, "20250102000000_seen"));
            assertThat(up(add, "20250102000000_seen")).contains("ADD COLUMN");
            assertAsModelled(db, v2, "after ADD COLUMN");
            db.run("DELETE FROM visits;");
            db.run(up(modify, "20250103000000_doc"));
            assertThat(up(modify, "20250103000000_doc")).contains("MODIFY COLUMN");
            assertAsModelled(db, v3, "after MODIFY COLUMN");
        }
    }

    private static String up(EvolutionHarness.Step step, String id) {
        return step.files().get(MigrationFiles.sqlPath(Dialect.MYSQL, id, "up"));
    }

    private static void assertAsModelled(LiveDb db, Version v, String how) throws Exception {
        try (Connection c = db.connect(); var s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT column_default, extra FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'visits' AND column_name = 'seen'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("%s: the default of visits.seen", how).isNull();
                assertThat(rs.getString(2).toLowerCase(java.util.Locale.ROOT)).as("%s: ON UPDATE kept", how).contains("on update");
            }
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO visits (page) VALUES ('home')"))
                    .as("%s: a row without the required column is refused", how).isInstanceOf(SQLException.class)
                    .hasMessageContaining("seen");
            s.executeUpdate("INSERT INTO visits (page, seen) VALUES ('home', '2025-01-01 00:00:00')");
        }
        String url = db.server().url(db.kind() == Kind.MARIADB ? "mariadb" : "mysql");
        var live = Puller.read(DatabaseUrl.parse(url), null);
        // A migration appends the column after updated_at: the database's order of the @updated columns is
        // not the model's, which changes no trigger.
        assertThat(Drift.sentences(Drift.of(v.compilation().catalog(), live).changes())).as("%s: diff", how).isEmpty();
    }
}
