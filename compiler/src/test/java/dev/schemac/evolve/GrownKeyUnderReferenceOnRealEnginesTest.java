package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SC564 for a composite key that gains a column under an optional reference ({@code pkextend}: Room's key grows by
 * {@code wing} while {@code number} is renamed {@code no}), taken at its word with a booking that refers to a room: the
 * migration adds {@code room_wing} empty, and the check that the reference's columns are all set or all NULL fails on
 * that row on SQLite and PostgreSQL, while MySQL and MariaDB, which have no such check, keep the row referring to nothing.
 * The help's UPDATE, run before the migration by the names of then, lets it through; the references are set again after.
 */
class GrownKeyUnderReferenceOnRealEnginesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theMessageSaysWhatTheRowsMeetAndItsHelpGetsThemThrough(Kind kind) throws Exception {
        var s = Sequences.read(Sequences.root().resolve("pkextend"));
        var b = Sequences.build(s);
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        var finding = b.steps().get(1).plan().findings().stream().filter(f -> f.code().id().equals("SC564")).findFirst().orElseThrow();
        assertThat(finding.message()).contains("then breaks the check that the reference's columns are all set or all NULL, "
                + "and the migration fails on it on SQLite and PostgreSQL");
        var m = Pattern.compile("`(UPDATE [^`]*)`").matcher(finding.help());
        assertThat(m.find()).as(finding.help()).isTrue();
        String empty = m.group(1);
        assertThat(empty).isEqualTo("UPDATE bookings SET room_building = NULL, room_number = NULL");
        boolean checked = kind == Kind.SQLITE || kind == Kind.POSTGRES;
        try (var db = LiveDb.fresh(kind, "grownkey")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(Sequences.quoted(kind, "INSERT INTO rooms (building, number, name) VALUES ('A', 1, 'hall');\n"
                    + "INSERT INTO bookings (who, room_building, room_number) VALUES ('ann', 'A', 1);"));
            String up = Sequences.sql(b, s, d, 2, "up");
            if (checked) {
                assertThatThrownBy(() -> db.run(up)).as("the check refuses the half reference").isInstanceOf(java.sql.SQLException.class);
                assertThat(Sequences.rows(db, "SELECT who, room_building, room_number FROM bookings")).containsExactly("ann|A|1");
                db.run(empty + ";");
                db.run(up);
                db.run("UPDATE bookings SET room_building = 'A', room_wing = 'main', room_no = 1;");
                assertThat(Sequences.rows(db, "SELECT b.who, r.name FROM bookings b JOIN rooms r ON r.building = b.room_building "
                        + "AND r.wing = b.room_wing AND r.no = b.room_no")).containsExactly("ann|hall");
            } else {
                db.run(up);
                assertThat(Sequences.rows(db, "SELECT who, room_building, room_wing, room_no FROM bookings"))
                        .as("kept, referring to nothing").containsExactly("ann|A|null|1");
            }
        }
    }
}
