package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A check comparing two columns that the migration makes text compares them as text afterwards: a row with 9 below
 * 10 breaks {@code lo < hi} once they are '9' and '10'. The check is judged anew (SC561, refused without
 * --allow-destructive), and each engine that keeps checks fails the forced migration on that row and keeps it;
 * a row whose numbers order as their text migrates.
 */
class CheckOverColumnsMadeTextOnRealEnginesTest {
    private static final String V1 = """
            schema app {
              dialect    = postgres
              timestamps = false
            }

            entity Span {
              name string(10)
              lo   int
              hi   int
              @@check(lo < hi)
            }
            """;
    private static final String V2 = V1.replace("lo   int", "lo   string(12)").replace("hi   int", "hi   string(12)");
    private static final String ROWS = "SELECT name, lo, hi FROM spans ORDER BY name";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theCheckIsJudgedAnewAndFailsOnTheRowItNowRefuses(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        boolean checks;
        try (var db = LiveDb.fresh(kind, "madetext")) {
            checks = db.enforcesChecks();
        }
        // MySQL before 8.0.16 throws checks away (and cannot drop one): there the columns change without it.
        var versions = checks ? List.of(V1, V2) : List.of(V1.replace("  @@check(lo < hi)\n", ""), V2.replace("  @@check(lo < hi)\n", ""));
        var s = new Sequences.Sequence("madetext", "a check over columns made text", versions, List.of(),
                new TreeMap<>(Map.of()), Map.of(), false, Set.of());
        var b = Sequences.build(s);
        if (checks) {
            assertThat(b.steps().get(1).plan().findings()).extracting(f -> f.code().id()).contains("SC561");
            try (var db = LiveDb.fresh(kind, "madetext")) {
                db.run(Sequences.sql(b, s, d, 1, "up"));
                db.run("INSERT INTO spans (name, lo, hi) VALUES ('a', 1, 2);");
                db.run("INSERT INTO spans (name, lo, hi) VALUES ('b', 9, 10);");
                var before = Sequences.rows(db, ROWS);
                assertThatThrownBy(() -> db.run(Sequences.sql(b, s, d, 2, "up"))).as("9 < 10 as text on %s", kind)
                        .isInstanceOf(SQLException.class);
                assertThat(Sequences.rows(db, ROWS)).isEqualTo(before);
            }
        }
        // MySQL and MariaDB commit each statement: the failed migration is not run again on that database.
        try (var db = LiveDb.fresh(kind, "madetext_fits")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run("INSERT INTO spans (name, lo, hi) VALUES ('a', 1, 2);");
            db.run(Sequences.sql(b, s, d, 2, "up"));
            assertThat(Sequences.rows(db, ROWS)).containsExactly("a|1|2");
        }
    }
}
