package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A composite key of two columns that another table's reference holds grows to three: the migration adds the
 * reference's column for the new one and fills it from the referenced table, joined on the columns it kept, before the
 * reference's check and foreign key, in its own step ({@link Change.FillColumn}), so SC564 (and, for a required
 * reference, SC560 and SC559) no longer stand in the way. Taken at its word on every engine with rows that refer to a
 * room and rows that refer to none: an optional reference ({@code keygrowopt}; {@code pkextend}, where a key column is
 * renamed too) and a required one ({@code keygrowreq}, whose rows keep their {@code @updated} stamps through the fill),
 * up and down.
 */
class GrownKeyUnderReferenceOnRealEnginesTest {

    record Case(String sequence, String number, List<String> rows, List<String> referred) {}

    static final List<Case> CASES = List.of(
            new Case("keygrowopt", "no", List.of(
                    "INSERT INTO bookings (who, room_building, room_no) VALUES ('ann', 'A', 1);",
                    "INSERT INTO bookings (who) VALUES ('bob');",
                    "INSERT INTO bookings (who, room_building, room_no) VALUES ('cid', 'B', 1);"),
                    List.of("ann|A|main|1|hall", "bob|null|null|null|null", "cid|B|main|1|shed")),
            new Case("pkextend", "number", List.of(
                    "INSERT INTO bookings (who, room_building, room_number) VALUES ('ann', 'A', 1);",
                    "INSERT INTO bookings (who) VALUES ('bob');",
                    "INSERT INTO bookings (who, room_building, room_number) VALUES ('cid', 'B', 1);"),
                    List.of("ann|A|main|1|hall", "bob|null|null|null|null", "cid|B|main|1|shed")),
            new Case("keygrowreq", "no", List.of(
                    "INSERT INTO bookings (who, room_building, room_no) VALUES ('ann', 'A', 1);",
                    "INSERT INTO bookings (who, room_building, room_no) VALUES ('bob', 'A', 2);",
                    "INSERT INTO bookings (who, room_building, room_no) VALUES ('cid', 'B', 1);"),
                    List.of("ann|A|main|1|hall", "bob|A|main|2|lab", "cid|B|main|1|shed")));

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theMigrationFillsTheNewColumnFromTheReferencedTable(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        for (Case c : CASES) {
            var s = Sequences.read(Sequences.root().resolve(c.sequence()));
            var b = Sequences.build(s);
            var plan = b.steps().get(1).plan();
            assertThat(plan.findings()).as(c.sequence()).noneMatch(f -> List.of("SC564", "SC560", "SC559").contains(f.code().id()));
            String fill = "Fills column `bookings.room_wing` from `rooms.wing` of the row each row refers to (`room_building` = "
                    + "`rooms.building`, `room_no` = `rooms.no`)";
            boolean required = c.sequence().equals("keygrowreq");
            // A required reference's column is added optional, filled and made required: the fill says all of it, once.
            assertThat(plan.sentences()).as(c.sequence()).contains(required
                    ? fill + " and then makes it required, before the reference is checked."
                    : fill + ", before the reference is checked; a row that refers to none keeps NULL.");
            assertThat(plan.sentences()).as(c.sequence()).noneMatch(x -> x.startsWith("Changes column `bookings.room_wing`"));
            try (var db = LiveDb.fresh(kind, "grownkey")) {
                db.run(Sequences.sql(b, s, d, 1, "up"));
                db.run(Sequences.quoted(kind, "INSERT INTO rooms (building, " + c.number() + ", name) VALUES ('A', 1, 'hall');\n"
                        + "INSERT INTO rooms (building, " + c.number() + ", name) VALUES ('A', 2, 'lab');\n"
                        + "INSERT INTO rooms (building, " + c.number() + ", name) VALUES ('B', 1, 'shed');\n"
                        + String.join("\n", c.rows())));
                boolean stamped = c.sequence().equals("keygrowreq");
                var stamps = stamped ? Sequences.rows(db, "SELECT who, updated_at FROM bookings ORDER BY 1") : List.<String>of();
                db.run(Sequences.sql(b, s, d, 2, "up"));
                if (stamped) {
                    assertThat(Sequences.rows(db, "SELECT who, updated_at FROM bookings ORDER BY 1"))
                            .as("the fill is the migration's: the rows' @updated stamps stay, on %s", kind).isEqualTo(stamps);
                }
                assertThat(Sequences.rows(db, "SELECT b.who, b.room_building, b.room_wing, b.room_no, r.name FROM bookings b "
                        + "LEFT JOIN rooms r ON r.building = b.room_building AND r.wing = b.room_wing AND r.no = b.room_no ORDER BY 1"))
                        .as("%s on %s: each booking refers to its room through the new column", c.sequence(), kind)
                        .isEqualTo(c.referred());
                db.run(Sequences.sql(b, s, d, 2, "down"));
                assertThat(Sequences.rows(db, "SELECT b.who, r.name FROM bookings b LEFT JOIN rooms r ON r.building = b.room_building "
                        + "AND r." + c.number() + " = b.room_" + c.number() + " ORDER BY 1"))
                        .as("%s on %s, after the down", c.sequence(), kind)
                        .isEqualTo(c.referred().stream().map(x -> x.substring(0, 3) + "|" + x.substring(x.lastIndexOf('|') + 1)).toList());
                assertThat(db.shape().tables().get("bookings").columns())
                        .as("the down drops the column again").noneMatch(col -> col.name().equals("room_wing"));
            }
        }
    }

    /**
     * The reference's new check (all its columns set or all NULL) over existing rows: where the engine enforced the
     * foreign key on every row, each row that refers finds its room and the fill makes it whole, so migrate warns of
     * nothing (SC561 absent for PostgreSQL, MySQL and MariaDB models). SQLite checks a foreign key only on a connection
     * that turns it on: a booking written without it may refer to no room, the fill leaves its new column NULL beside
     * the set ones, and the check stops the migration, so SC561 stays for a SQLite model; shown with such a row.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theWholeCheckIsWarnedOfOnlyWhereARowMayReferToNoRow(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        for (String sequence : List.of("keygrowopt", "pkextend", "selfkeygrow")) {
            var b = Sequences.build(Sequences.read(Sequences.root().resolve(sequence)));
            var plan = b.steps().get(1).plan();
            assertThat(Lint.findings(plan.up(), plan.from(), plan.to(), d)).as("%s for a %s model", sequence, d)
                    .filteredOn(f -> f.code().id().equals("SC561")).hasSize(d == Dialect.SQLITE ? 1 : 0);
        }
        var s = Sequences.read(Sequences.root().resolve("keygrowopt"));
        var b = Sequences.build(s);
        try (var db = LiveDb.fresh(kind, "grownkeydangling")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(Sequences.quoted(kind, "INSERT INTO rooms (building, no, name) VALUES ('A', 1, 'hall');"));
            String dangling = "INSERT INTO bookings (who, room_building, room_no) VALUES ('dan', 'Z', 9);";
            if (kind == Kind.SQLITE) {
                db.run("PRAGMA foreign_keys = OFF;\n" + Sequences.quoted(kind, dangling) + "\nPRAGMA foreign_keys = ON;");
                assertThat(Sequences.rows(db, "SELECT who FROM bookings")).containsExactly("dan");
                // The check stops the migration over a booking that refers to no room.
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.run(Sequences.sql(b, s, d, 2, "up")))
                        .hasMessageContaining("CHECK constraint failed");
            } else {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.run(Sequences.quoted(kind, dangling)))
                        .as("%s enforces the foreign key: no booking refers to no room", kind);
            }
        }
    }
}
