package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.ExpectedShape;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Evolution as teams do it ({@link Sequences}: hand-written sequences of two or three
 * versions of a model with rows), on the real engines: each migration, up, gives exactly
 * what its version's Catalog promises and keeps the rows inserted after the first one;
 * each down gives the version before, rows kept; the first down empties the database. The
 * destructive findings of each migration are exactly the sequence's, and the history is
 * the same bytes when built twice. Real Alembic runs the same chains with the same rows:
 * in CI each sequence on one engine (in turn) and on the engines its {@code alembic on:} names,
 * {@code -Dschemac.evolve.sequences.alembic=all}
 * runs every sequence on every engine, and {@code -Dschemac.evolve.sequences.only=NAME} runs one sequence alone.
 */
class EvolutionSequencesOnRealEnginesTest {

    static Dialect dialect(Kind k) {
        return RandomEvolutionTest.dialect(k);
    }

    @Test
    void findingsAreTheSequencesAndTheHistoryIsDeterministic() throws Exception {
        for (var s : Sequences.all()) {
            var built = Sequences.build(s);
            for (int v = 2; v <= s.versions().size(); v++) {
                var codes = new TreeSet<String>();
                built.steps().get(v - 1).plan().findings().forEach(f -> codes.add(f.code().id()));
                assertThat(codes).as("destructive findings of %s v%d (%s)", s.name(), v, s.about())
                        .isEqualTo(s.lint().getOrDefault(v, new TreeSet<>()));
            }
            assertThat(Sequences.build(s).files()).as("%s built twice", s.name()).isEqualTo(built.files());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void everySequenceMigratesUpAndDownKeepingTheRows(Kind kind) throws Exception {
        Dialect d = dialect(kind);
        var ran = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        for (var s : Sequences.all()) {
            try (var db = LiveDb.fresh(kind, "seq")) {
                boolean checks = db.enforcesChecks();
                if (s.needsChecks() && !checks) {
                    skipped.add(s.name());
                    continue;
                }
                var b = Sequences.build(s);
                int n = s.versions().size();
                String where = s.name() + " on " + kind + " (" + s.about() + ")";
                int at = 0;
                String direction = "up";
                try {
                    at = 1;
                    db.run(Sequences.sql(b, s, d, 1, "up"));
                    if (!s.rows().isEmpty()) db.run(Sequences.quoted(kind, String.join("\n", s.rows())));
                    var kept = Sequences.rows(db, s.keep(1));
                    for (at = 2; at <= n; at++) {
                        db.run(Sequences.sql(b, s, d, at, "up"));
                        assertShape(db, b.compilation(at).catalog(), kind, checks, where + ", after up v" + at);
                        assertThat(Sequences.rows(db, s.keep(at))).as("rows after up v%d, %s", at, where).isEqualTo(kept);
                    }
                    direction = "down";
                    for (at = n; at >= 2; at--) {
                        db.run(Sequences.sql(b, s, d, at, "down"));
                        assertShape(db, b.compilation(at - 1).catalog(), kind, checks, where + ", after down v" + at);
                        assertThat(Sequences.rows(db, s.keep(at - 1))).as("rows after down v%d, %s", at, where).isEqualTo(kept);
                    }
                    at = 1;
                    db.run(Sequences.sql(b, s, d, 1, "down"));
                    assertThat(db.shape().tables()).as("the first down empties the database, %s", where).isEmpty();
                } catch (java.sql.SQLException e) {
                    throw new AssertionError("migration v" + at + " " + direction + " failed, " + where + ": " + e.getMessage()
                            + "\n--- script\n" + Sequences.sql(b, s, d, at, direction), e);
                }
                ran.add(s.name());
            }
        }
        System.out.println("[schemac] evolution sequences on " + kind + ": " + ran.size() + " migrated up and down with their rows "
                + ran + (skipped.isEmpty() ? "" : "; not on this engine, which ignores CHECK constraints: " + skipped));
        assertThat(ran).hasSizeGreaterThanOrEqualTo(Sequences.only() == null ? 10 : 1);
    }

    static void assertShape(LiveDb db, dev.schemac.catalog.Catalog catalog, Kind kind, boolean checks, String where) throws Exception {
        assertThat(ShapeDiff.between(EvolutionHarness.columnOrderFree(ExpectedShape.of(catalog, kind, checks)),
                AlembicJudgesEvolutionTest.withoutVersionTable(db.shape()))).as(where).isEmpty();
    }

    static boolean alembicEverywhere() {
        return "all".equals(System.getProperty("schemac.evolve.sequences.alembic"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void alembicRunsEverySequenceWithItsRows(Kind kind, @TempDir Path tmp) throws Exception {
        var all = Sequences.all();
        int judged = 0;
        for (int i = 0; i < all.size(); i++) {
            var s = all.get(i);
            if (!alembicEverywhere() && Kind.values()[i % Kind.values().length] != kind && !s.alembicOn().contains(kind)) continue;
            try (var db = LiveDb.fresh(kind, "seq_alembic")) {
                boolean checks = db.enforcesChecks();
                if (s.needsChecks() && !checks) continue;
                var b = Sequences.build(s);
                int n = s.versions().size();
                Path dir = Files.createDirectories(tmp.resolve(s.name()));
                var files = new LinkedHashMap<String, String>(MigrationFiles.environment(b.compilation(n).model(), dialect(kind)));
                files.putAll(b.files());
                for (Map.Entry<String, String> e : files.entrySet()) {
                    if (!e.getKey().startsWith(MigrationFiles.ROOT + "alembic/")) continue;
                    Path p = dir.resolve(e.getKey().substring(MigrationFiles.ROOT.length()));
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                }
                Path scripts = dir.resolve("alembic");
                String url = AlembicJudgesEvolutionTest.url(kind, db);
                String where = s.name() + " with Alembic on " + kind + " (" + s.about() + ")";
                String first = s.id(1).substring(0, 14);
                AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", first, where);
                if (!s.rows().isEmpty()) db.run(Sequences.quoted(kind, String.join("\n", s.rows())));
                List<String> kept = Sequences.rows(db, s.keep(1));
                AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", "head", where);
                assertShape(db, b.compilation(n).catalog(), kind, checks, where + ", after upgrade head");
                assertThat(Sequences.rows(db, s.keep(n))).as("rows after upgrade head, %s", where).isEqualTo(kept);
                AlembicJudgesEvolutionTest.alembic(scripts, url, "downgrade", first, where);
                assertShape(db, b.compilation(1).catalog(), kind, checks, where + ", after downgrade to the first revision");
                assertThat(Sequences.rows(db, s.keep(1))).as("rows after downgrade, %s", where).isEqualTo(kept);
                AlembicJudgesEvolutionTest.alembic(scripts, url, "downgrade", "base", where);
                assertThat(AlembicJudgesEvolutionTest.withoutVersionTable(db.shape()).tables()).as("downgrade base, %s", where).isEmpty();
                judged++;
            }
        }
        System.out.println("[schemac] real Alembic ran " + judged + " evolution sequences on " + kind);
        assertThat(judged).isGreaterThan(0);
    }
}
