package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bounded column that goes from {@code double} to {@code float} (the {@code floatbound}
 * sequence) with a row at the bound: the check is written again with the bound as binary32
 * holds it, so the up migration keeps the row on every engine. The down (float to double)
 * writes the bound as the model wrote it, which the row, now 0.300000011920928955078125,
 * breaks wherever a float is binary32 and checks are enforced: the down script says so at
 * that statement, and the engine refuses it. Not on the MySQL 8.0.15 the tests run, which has
 * neither CHECK constraints nor their DROP CONSTRAINT (the sequence {@code needs: checks});
 * MariaDB runs the MySQL scripts.
 */
class FloatBoundRetypeOnRealEnginesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = "MYSQL", mode = EnumSource.Mode.EXCLUDE)
    void theUpKeepsARowAtTheBoundAndTheDownSaysItBreaksIt(Kind kind) throws Exception {
        var s = Sequences.read(Sequences.root().resolve("floatbound"));
        var b = Sequences.build(s);
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        String down = Sequences.sql(b, s, d, 2, "down");
        assertThat(down).contains("the migration changes `readings.x` from float to double and writes check "
                + "`ck_readings_x` again with its bound as written (`x <= 0.3`); where a float is binary32 (PostgreSQL, MySQL), "
                + "a row at the float bound holds 0.300000011920928955078125, which breaks it");
        try (var db = LiveDb.fresh(kind, "floatbound")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run("INSERT INTO readings (x, y) VALUES (0.3, 0.5);");
            db.run(Sequences.sql(b, s, d, 2, "up"));
            assertThat(Sequences.rows(db, "SELECT COUNT(*) FROM readings")).containsExactly("1");
            db.run("INSERT INTO readings (x, y) VALUES (0.3, 0.5);");
            if (kind != Kind.SQLITE) {
                assertThatThrownBy(() -> db.run(down)).as("the down on %s with a row at the float bound", kind)
                        .isInstanceOf(java.sql.SQLException.class);
            } else {
                db.run(down);
                assertThat(Sequences.rows(db, "SELECT COUNT(*) FROM readings")).containsExactly("2");
            }
        }
    }
}
