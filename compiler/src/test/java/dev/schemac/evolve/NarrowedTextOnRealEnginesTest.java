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
 * A column retyped to a shorter string (or a number or enum to a string of a few characters), accepted
 * with --allow-destructive, over rows that do not fit: MySQL and MariaDB refuse it ("Data truncated"),
 * and so must PostgreSQL, whose explicit {@code ::varchar(n)} cast would cut the values without a word.
 * No engine keeps a cut value; rows that fit migrate on every engine. (SQLite checks no length: it keeps
 * every value whole.)
 */
class NarrowedTextOnRealEnginesTest {
    private static final String V1 = """
            schema app {
              dialect    = postgres
              timestamps = false
            }

            enum Size {
              SMALL
              MEDIUM
            }

            entity Note {
              title string(20)
              code  int
              size  Size
            }
            """;
    private static final String V2 = V1.replace("title string(20)", "title string(5)").replace("code  int", "code  string(3)")
            .replace("size  Size", "size  string(5)");
    private static final String ROWS = "SELECT title, code, size FROM notes ORDER BY id";

    static Sequences.Sequence sequence() {
        return new Sequences.Sequence("narrowed", "text narrowed over rows", List.of(V1, V2), List.of(),
                new TreeMap<>(Map.of(0, ROWS)), Map.of(), false, Set.of());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aNarrowingOverRowsThatDoNotFitFailsAndCutsNothing(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        var s = sequence();
        var b = Sequences.build(s);
        assertThat(b.steps().get(1).plan().findings()).extracting(f -> f.code().id()).contains("SC558");
        for (String row : List.of("('a long title here', 7, 'SMALL')", "('short', 1234567, 'SMALL')", "('short', 7, 'MEDIUM')")) {
            try (var db = LiveDb.fresh(kind, "narrowed")) {
                db.run(Sequences.sql(b, s, d, 1, "up"));
                db.run("INSERT INTO notes (title, code, size) VALUES " + row + ";");
                var before = Sequences.rows(db, ROWS);
                if (kind == Kind.SQLITE) {
                    db.run(Sequences.sql(b, s, d, 2, "up"));
                    assertThat(Sequences.rows(db, ROWS)).as("SQLite keeps %s whole", row).isEqualTo(before);
                    continue;
                }
                assertThatThrownBy(() -> db.run(Sequences.sql(b, s, d, 2, "up"))).as("%s on %s", row, kind).isInstanceOf(SQLException.class);
                var after = Sequences.rows(db, "SELECT title, code, size FROM notes");
                assertThat(after.get(0)).as("no value of %s cut on %s", row, kind).isEqualTo(before.get(0));
            }
        }
        try (var db = LiveDb.fresh(kind, "narrowed_fits")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run("INSERT INTO notes (title, code, size) VALUES ('short', 123, 'SMALL');");
            db.run(Sequences.sql(b, s, d, 2, "up"));
            assertThat(Sequences.rows(db, ROWS)).containsExactly("short|123|SMALL");
        }
    }
}
