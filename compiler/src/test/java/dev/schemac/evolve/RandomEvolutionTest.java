package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.ExpectedShape;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import dev.schemac.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random evolution on the real engines: for each seeded pair of models (see
 * {@link ModelPairs}), the initial migration of the old model and then the migration
 * from old to new, applied to a real database, give exactly what the Catalog of the new
 * model promises (the introspection the DDL tests use, column order aside); the down
 * migration gives the old one back; the initial down empties the database.
 *
 * <p>CI runs 200 pairs on SQLite and 50 on each server. More on demand:
 * {@code -Dschemac.evolve.pairs=N} (per engine) and {@code -Dschemac.evolve.seed=S} (the
 * first seed; a failure prints the seed that reproduces it with {@code -Dschemac.evolve.pairs=1}).
 */
class RandomEvolutionTest {

    static int pairs(Kind kind) {
        String p = System.getProperty("schemac.evolve.pairs");
        if (p != null) return Integer.parseInt(p);
        return kind == Kind.SQLITE ? 200 : 50;
    }

    static long firstSeed() {
        return Long.parseLong(System.getProperty("schemac.evolve.seed", "1000"));
    }

    static Dialect dialect(Kind k) {
        return switch (k) {
            case SQLITE -> Dialect.SQLITE;
            case POSTGRES -> Dialect.POSTGRES;
            case MARIADB, MYSQL -> Dialect.MYSQL;
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void migrationsReachTheNewModelAndComeBack(Kind kind) throws Exception {
        int n = pairs(kind);
        int applied = 0;
        var skipped = new ArrayList<String>();
        try (var db = LiveDb.fresh(kind, "evolve")) {
            boolean checks = db.enforcesChecks();
            for (int i = 0; i < n; i++) {
                long seed = firstSeed() + i;
                var pair = ModelPairs.pair(seed, checks);
                String where = "seed " + seed + " on " + kind + " (reproduce: -Dschemac.evolve.seed=" + seed
                        + " -Dschemac.evolve.pairs=1); edits " + pair.edits() + "\n--- old\n" + pair.oldText() + "\n--- new\n" + pair.newText();
                var old = EvolutionHarness.compile(pair.oldText());
                var neu = EvolutionHarness.compile(pair.newText());
                if (old.compilation().hasErrors() || neu.compilation().hasErrors()) {
                    skipped.add(seed + ": " + (old.compilation().hasErrors() ? old : neu).compilation().diagnostics().get(0).message());
                    continue;
                }
                var init = EvolutionHarness.migrate(History.EMPTY, java.util.Map.of(), old, "20250101000000", "init");
                assertThat(init.after().problems()).as(where).isEmpty();
                var step = EvolutionHarness.migrate(init.after(), EvolutionHarness.relative(init.files()), neu, "20250102000000", "change");
                assertThat(step.plan().diagnostics().stream().filter(d -> d.isError()).toList()).as(where).isEmpty();
                assertThat(step.after().problems()).as(where).isEmpty();
                Dialect d = dialect(kind);
                String initId = "20250101000000_init";
                String stepId = "20250102000000_change";
                try {
                    db.run(init.files().get(MigrationFiles.sqlPath(d, initId, "up")));
                    if (!step.plan().isEmpty()) {
                        db.run(step.files().get(MigrationFiles.sqlPath(d, stepId, "up")));
                    }
                    assertThat(ShapeDiff.between(
                            EvolutionHarness.columnOrderFree(ExpectedShape.of(neu.compilation().catalog(), kind, checks)),
                            EvolutionHarness.columnOrderFree(db.shape())))
                            .as("after up, the database is the new model's; " + where).isEmpty();
                    if (!step.plan().isEmpty()) {
                        db.run(step.files().get(MigrationFiles.sqlPath(d, stepId, "down")));
                    }
                    assertThat(ShapeDiff.between(
                            EvolutionHarness.columnOrderFree(ExpectedShape.of(old.compilation().catalog(), kind, checks)),
                            EvolutionHarness.columnOrderFree(db.shape())))
                            .as("after down, the database is the old model's; " + where).isEmpty();
                    db.run(init.files().get(MigrationFiles.sqlPath(d, initId, "down")));
                    assertThat(db.shape().tables()).as("the initial down empties the database; " + where).isEmpty();
                } catch (java.sql.SQLException e) {
                    throw new AssertionError("the migration failed on " + kind + ": " + e.getMessage() + "\n" + where + "\n--- up\n"
                            + step.files().get(MigrationFiles.sqlPath(d, stepId, "up")) + "\n--- down\n"
                            + step.files().get(MigrationFiles.sqlPath(d, stepId, "down")), e);
                }
                applied++;
            }
        }
        System.out.println("[schemac] random evolution on " + kind + ": " + applied + " pairs migrated up and down, "
                + skipped.size() + " generated models rejected by the compiler " + skipped);
        assertThat(skipped.size()).as("generated models the compiler rejects: %s", skipped).isLessThanOrEqualTo(n / 10);
        assertThat(applied).isGreaterThan(0);
    }
}
