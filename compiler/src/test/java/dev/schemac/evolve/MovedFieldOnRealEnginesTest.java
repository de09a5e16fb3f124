package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Code;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A field moved from one existing entity to another (a patient's notes become each appointment's)
 * is a column dropped and one added: no rename hint keeps its values, so SC557's help is not the
 * rename hint but the two steps that move them (the field added to the other entity and filled
 * through the relation, then removed from the first). Followed as written, on every engine, the
 * values arrive. A relation to an entity the same migration drops goes with it: no hint either.
 */
class MovedFieldOnRealEnginesTest {
    private static final String HEADER = """
            schema clinic {
              dialect    = postgres
              timestamps = false
            }

            """;
    private static final String V1 = HEADER + """
            entity Insurer {
              name     string(40) @unique
              patients Patient[]
            }

            entity Patient {
              name    string(60)
              notes   text?
              insurer Insurer?
              visits  Visit[]
            }

            entity Visit {
              patient Patient
              day     date
            }
            """;
    private static final String BOTH = V1.replace("  day     date\n", "  day     date\n  notes   text?\n");
    private static final String MOVED = BOTH.replace("  notes   text?\n  insurer", "  insurer");
    private static final List<String> ROWS = List.of(
            "INSERT INTO patients (id, name, notes) VALUES (1, 'ann', 'allergic to penicillin'), (2, 'bob', NULL), (3, 'cy', 'diabetic');",
            "INSERT INTO visits (id, patient_id, day) VALUES (1, 1, '2026-01-02'), (2, 1, '2026-02-03'), (3, 2, '2026-01-05'), (4, 3, '2026-03-01');");
    private static final Pattern UPDATE = Pattern.compile("`(UPDATE [^`]*)`");
    private static final Pattern INSERT = Pattern.compile("`(INSERT INTO [^`]*)`");
    /** The to-one `insurer` and, named so both can be there at once, the many-to-many that replaces it. */
    private static final String TO_ONE_AND_MANY = V1.replace("  patients Patient[]\n", "  patients Patient[]\n  covered  Patient[] @relation(\"cover\")\n")
            .replace("  insurer Insurer?\n", "  insurer Insurer?\n  insurers Insurer[] @relation(\"cover\")\n");
    private static final String MANY = TO_ONE_AND_MANY.replace("  patients Patient[]\n", "").replace("  insurer Insurer?\n", "");
    private static final String INSURED = "INSERT INTO insurers (id, name) VALUES (1, 'Acme'), (2, 'Bolt');\n"
            + "UPDATE patients SET insurer_id = 1 WHERE id = 1;\nUPDATE patients SET insurer_id = 2 WHERE id = 3;";

    static Sequences.Sequence sequence(String name, String... versions) {
        return new Sequences.Sequence(name, "a field moved to another entity on a table with rows", List.of(versions), ROWS,
                new TreeMap<>(Map.of(0, "SELECT name FROM patients ORDER BY id")), Map.of(), false, Set.of());
    }

    static Lint.Finding dropOf(Sequences.Built b, int v, String column) {
        return b.steps().get(v - 1).plan().findings().stream()
                .filter(f -> f.code() == Code.DROP_COLUMN && f.message().contains("`" + column + "`")).findFirst().orElseThrow();
    }

    @Test
    void aMoveInOneMigrationSaysTheValuesAreNotMovedAndHowAndARelationToADroppedEntityGoesWithIt() throws Exception {
        var b = Sequences.build(sequence("moved", V1, MOVED));
        assertThat(dropOf(b, 2, "patients.notes").help()).isEqualTo("the values are not moved into `visits.notes`, which this migration "
                + "adds empty: migrate in two steps: add the field to `Visit` first and fill it (`UPDATE visits SET notes = (SELECT s.notes "
                + "FROM patients s WHERE s.id = visits.patient_id)`), then remove `Patient.notes` in a later migration");
        String noInsurer = V1.replaceAll("(?s)entity Insurer \\{.*?\\}\n\n", "").replace("  insurer Insurer?\n", "");
        var d = Sequences.build(sequence("dropped", V1, noInsurer));
        assertThat(dropOf(d, 2, "patients.insurer_id").help()).isEqualTo("it goes with the relation to `insurers`, whose table this "
                + "migration drops");
        assertThat(dropOf(d, 2, "patients.insurer_id").code()).isEqualTo(Code.DROP_COLUMN);
        var m = Sequences.build(sequence("many", V1, MANY));
        assertThat(dropOf(m, 2, "patients.insurer_id").help()).isEqualTo("the references are not moved into `cover`, which this migration "
                + "creates empty: migrate in two steps: add the many-to-many first (keep the to-one field as it is), fill it (`INSERT INTO "
                + "cover (patient_id, insurer_id) SELECT id, insurer_id FROM patients WHERE insurer_id IS NOT NULL`), then remove the "
                + "to-one field in a later migration");
        // A field dropped with nothing of its name added elsewhere may still be a rename.
        var r = Sequences.build(sequence("renamed", V1, V1.replace("notes   text?", "remarks text?")));
        assertThat(dropOf(r, 2, "patients.notes").help()).isEqualTo("if the field was renamed, add `@renamed_from(\"notes\")` to it");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theTwoStepsOfTheHelpMoveEveryValue(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        String update = null;
        var m = UPDATE.matcher(dropOf(Sequences.build(sequence("moved", V1, MOVED)), 2, "patients.notes").help());
        if (m.find()) update = m.group(1);
        assertThat(update).isNotNull();
        var steps = sequence("moved2", V1, BOTH, MOVED);
        var b = Sequences.build(steps);
        var codes = new TreeSet<String>();
        b.steps().get(1).plan().findings().forEach(f -> codes.add(f.code().id()));
        assertThat(codes).as("the field added to the other entity").isEmpty();
        try (var db = LiveDb.fresh(kind, "moved2")) {
            boolean checks = db.enforcesChecks();
            db.run(Sequences.sql(b, steps, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", ROWS)));
            db.run(Sequences.sql(b, steps, d, 2, "up"));
            db.run(update + ";");
            db.run(Sequences.sql(b, steps, d, 3, "up"));
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(3).catalog(), kind, checks, "after the move on " + kind);
            assertThat(Sequences.rows(db, "SELECT id, notes FROM visits ORDER BY id")).as("each visit's notes on %s", kind)
                    .containsExactly("1|allergic to penicillin", "2|allergic to penicillin", "3|null", "4|diabetic");
        }
    }

    /** The many-to-many that replaces the to-one, its relation unnamed: its table is {@code insurer_patients}. */
    private static final String MANY_UNNAMED = V1.replace("  patients Patient[]\n", "  covered  Patient[]\n")
            .replace("  insurer Insurer?\n", "  insurers Insurer[]\n");

    /**
     * Beside the to-one, an unnamed many-to-many between the same entities cannot pair (SC404): the help's first step
     * names the to-one's relation, so the many-to-many's table is the one this migration would make, and the INSERT the
     * help gives fills the table that first step really creates. Followed to the letter on every engine, the references arrive.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theHelpsFirstStepMakesTheTableItsInsertFillsWhenTheManyToManyIsUnnamed(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        String help = dropOf(Sequences.build(sequence("unnamed", V1, MANY_UNNAMED)), 2, "patients.insurer_id").help();
        assertThat(help).isEqualTo("the references are not moved into `insurer_patients`, which this migration creates empty: migrate "
                + "in two steps: add the many-to-many first (keep the to-one field as it is, but give its relation a name, the same "
                + "`@relation(\"...\")` on its fields, so that the two relations between `Insurer` and `Patient` pair apart and the "
                + "many-to-many's table is `insurer_patients`), fill it (`INSERT INTO insurer_patients (patient_id, insurer_id) SELECT "
                + "id, insurer_id FROM patients WHERE insurer_id IS NOT NULL`), then remove the to-one field in a later migration");
        var m = INSERT.matcher(help);
        assertThat(m.find()).isTrue();
        String insert = m.group(1);
        // The first step as the help says: both relations, the to-one's named.
        String first = MANY_UNNAMED.replace("  covered  Patient[]\n", "  covered  Patient[]\n  patients Patient[] @relation(\"insured\")\n")
                .replace("  insurers Insurer[]\n", "  insurers Insurer[]\n  insurer Insurer? @relation(\"insured\")\n");
        var steps = sequence("unnamed2", V1, first, MANY_UNNAMED);
        var b = Sequences.build(steps);
        assertThat(b.steps().get(1).plan().findings()).as("the many-to-many beside the named to-one").isEmpty();
        assertThat(Sequences.sql(b, steps, d, 2, "up")).contains("CREATE TABLE insurer_patients");
        try (var db = LiveDb.fresh(kind, "unnamed2")) {
            boolean checks = db.enforcesChecks();
            db.run(Sequences.sql(b, steps, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", ROWS)));
            db.run(INSURED);
            db.run(Sequences.sql(b, steps, d, 2, "up"));
            db.run(insert + ";");
            db.run(Sequences.sql(b, steps, d, 3, "up"));
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(3).catalog(), kind, checks, "after the many-to-many on " + kind);
            assertThat(Sequences.rows(db, "SELECT p.name, i.name FROM patients p JOIN insurer_patients c ON c.patient_id = p.id "
                    + "JOIN insurers i ON i.id = c.insurer_id ORDER BY p.id")).as("each patient's insurer on %s", kind)
                    .containsExactly("ann|Acme", "cy|Bolt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theTwoStepsOfTheHelpCarryAToOneIntoTheManyToManyThatReplacesIt(Kind kind) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        var m = INSERT.matcher(dropOf(Sequences.build(sequence("many", V1, MANY)), 2, "patients.insurer_id").help());
        assertThat(m.find()).isTrue();
        String insert = m.group(1);
        var steps = sequence("many2", V1, TO_ONE_AND_MANY, MANY);
        var b = Sequences.build(steps);
        assertThat(b.steps().get(1).plan().findings()).as("the many-to-many beside the to-one").isEmpty();
        try (var db = LiveDb.fresh(kind, "many2")) {
            boolean checks = db.enforcesChecks();
            db.run(Sequences.sql(b, steps, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", ROWS)));
            db.run(INSURED);
            db.run(Sequences.sql(b, steps, d, 2, "up"));
            db.run(insert + ";");
            db.run(Sequences.sql(b, steps, d, 3, "up"));
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(3).catalog(), kind, checks, "after the many-to-many on " + kind);
            assertThat(Sequences.rows(db, "SELECT p.name, i.name FROM patients p JOIN cover c ON c.patient_id = p.id "
                    + "JOIN insurers i ON i.id = c.insurer_id ORDER BY p.id")).as("each patient's insurer on %s", kind)
                    .containsExactly("ann|Acme", "cy|Bolt");
        }
    }
}
