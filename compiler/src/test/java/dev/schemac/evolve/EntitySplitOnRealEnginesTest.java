package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.check.ShopExampleTest;
import dev.schemac.diag.Code;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 3NF split that SC804's help proposes, pasted over an entity whose table has rows. In one
 * migration the new table starts empty: the foreign key over the kept determinant fails on every
 * row (on MySQL after the dependent columns were dropped), so the lint refuses it (SC561 at the
 * relation, SC557 saying the values are not moved) and its help gives two steps. Followed as
 * written on every engine (the new entity alone, the help's INSERT, then the split), by the SQL
 * scripts and by real Alembic, they keep each row's facts, read through the relation.
 */
class EntitySplitOnRealEnginesTest {
    private static final String HEADER = """
            schema clinic {
              dialect    = postgres
              timestamps = false
            }

            """;
    private static final String VISIT = """
            entity Visit {
              patient     string(100)
              seen_at     datetime
              doctor_code string(10)
              doctor_name string(100)
              specialty   string(60)
              fee         decimal(10, 2)
              @@depends(doctor_code -> doctor_name, specialty)
            }
            """;
    private static final List<String> ROWS = List.of(
            "INSERT INTO visits (patient, seen_at, doctor_code, doctor_name, specialty, fee) VALUES ('ann', '2025-01-02 10:00:00', 'D1', 'House', 'Diagnostics', 120.50);",
            "INSERT INTO visits (patient, seen_at, doctor_code, doctor_name, specialty, fee) VALUES ('bob', '2025-01-03 11:00:00', 'D1', 'House', 'Diagnostics', 80.25);",
            "INSERT INTO visits (patient, seen_at, doctor_code, doctor_name, specialty, fee) VALUES ('cy', '2025-01-04 12:00:00', 'D2', 'Quinn', 'Surgery', 300.10);");
    private static final String FACTS = "SELECT id, patient, doctor_code, doctor_name, specialty, fee FROM visits ORDER BY id";
    private static final String FACTS_THROUGH_RELATION = "SELECT v.id, v.patient, v.doctor_code, d.doctor_name, d.specialty, v.fee"
            + " FROM visits v JOIN visit_doctor_codes d ON d.doctor_code = v.doctor_code ORDER BY v.id";
    private static final Pattern INSERT = Pattern.compile("`(INSERT INTO [^`]*)`");

    /** The model with SC804's proposal pasted over the entity, as its help says. */
    static String split() throws Exception {
        var v1 = EvolutionHarness.compile(HEADER + VISIT).compilation();
        Diagnostic d = v1.diagnostics().stream().filter(x -> x.code().equals("SC804")).findFirst().orElseThrow();
        return HEADER + ShopExampleTest.pasteable(d.help());
    }

    /** The first of the two steps: the split's new entity beside the entity as it was. */
    static String newEntityAlone() throws Exception {
        String pasted = split().substring(HEADER.length());
        return HEADER + VISIT + "\n" + pasted.substring(pasted.indexOf("\nentity ", pasted.indexOf("entity Visit {") + 1) + 1);
    }

    static Sequences.Sequence sequence(String name, String... versions) {
        return new Sequences.Sequence(name, "the 3NF split of SC804 on a table with rows", List.of(versions), ROWS,
                new TreeMap<>(Map.of(0, FACTS)), Map.of(), false, Set.of());
    }

    static TreeSet<String> codes(Sequences.Built b, int v) {
        var out = new TreeSet<String>();
        b.steps().get(v - 1).plan().findings().forEach(f -> out.add(f.code().id()));
        return out;
    }

    static String helpInsert(Sequences.Built b, int v) {
        var f = b.steps().get(v - 1).plan().findings().stream().filter(x -> x.code() == Code.NEW_CONSTRAINT).findFirst().orElseThrow();
        var m = INSERT.matcher(f.help());
        assertThat(m.find()).as("an INSERT in the help: %s", f.help()).isTrue();
        return m.group(1);
    }

    @Test
    void theSplitInOneMigrationIsRefusedAtTheRelationAndSaysTheValuesAreNotMoved() throws Exception {
        String v2 = split();
        var b = Sequences.build(sequence("split", HEADER + VISIT, v2));
        assertThat(codes(b, 2)).isEqualTo(new TreeSet<>(List.of("SC557", "SC561")));
        var findings = b.steps().get(1).plan().findings();
        var fk = findings.stream().filter(f -> f.code() == Code.NEW_CONSTRAINT).findFirst().orElseThrow();
        assertThat(fk.message()).isEqualTo("the migration adds foreign key `fk_visits_visit_doctor_codes` on `visits` (`doctor_code`) to "
                + "`visit_doctor_codes`, which this migration creates empty: it does not move rows into it, so every row with a value in "
                + "(`doctor_code`) makes the key fail");
        assertThat(helpInsert(b, 2)).isEqualTo("INSERT INTO visit_doctor_codes (doctor_code, doctor_name, specialty) SELECT DISTINCT "
                + "doctor_code, doctor_name, specialty FROM visits WHERE doctor_code IS NOT NULL");
        assertThat(fk.help()).startsWith("migrate in two steps: add entity `VisitDoctorCode` alone first");
        var model = b.compilation(2).model();
        var diagnostics = Lint.diagnostics(findings, model, b.compilation(2).catalog(), false);
        var lines = v2.lines().toList();
        var at = diagnostics.stream().filter(d -> d.code().equals("SC561")).findFirst().orElseThrow();
        assertThat(lines.get(at.span().line() - 1)).contains("doctor_code").contains("VisitDoctorCode");
        assertThat(findings.stream().filter(f -> f.code() == Code.DROP_COLUMN).map(Lint.Finding::help))
                .hasSize(2).allMatch(h -> h.startsWith("the values are not moved into `visit_doctor_codes."));
    }

    @Test
    void aForeignKeyOverColumnsThatHoldValuesIsFoundAndAnotherActionIsNot() throws Exception {
        String two = HEADER + """
                entity Doctor {
                  code string(10) @id
                }

                entity Visit {
                  patient string(100)
                  doctor_code string(10)
                }
                """;
        String related = two.replace("  doctor_code string(10)\n", "  doctor Doctor @map(\"doctor_code\")\n")
                .replace("  code string(10) @id\n", "  code string(10) @id\n  visits Visit[]\n");
        var b = Sequences.build(sequence("fk", two, related, related.replace("Doctor @map", "Doctor @on_delete(cascade) @map")));
        var fk = b.steps().get(1).plan().findings();
        assertThat(codes(b, 2)).containsExactly("SC561");
        assertThat(fk.get(0).message()).isEqualTo("the migration adds foreign key `fk_visits_doctors` on `visits` (`doctor_code`), which "
                + "already hold values; a row whose value is not a key of `doctors` makes it fail");
        assertThat(fk.get(0).help()).contains("SELECT * FROM visits t WHERE doctor_code IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM doctors r WHERE r.code = t.doctor_code)");
        assertThat(codes(b, 3)).as("the same key with another action").isEmpty();
    }

    /**
     * The help's SQL names what the model maps, quoted as the model's dialect quotes it: a table
     * named `order` and `group` and a column named `user` (all reserved) give a lookup PostgreSQL
     * runs, which finds the one row whose value is no key, and an INSERT that fills the new table.
     */
    @Test
    void theHelpsSqlRunsOverReservedNamesOnPostgres() throws Exception {
        String two = HEADER + """
                entity Doctor {
                  code string(10) @id
                  @@map("group")
                }

                entity Visit {
                  patient string(100)
                  doctor_code string(10) @map("user")
                  @@map("order")
                }
                """;
        String related = two.replace("  doctor_code string(10) @map(\"user\")\n", "  doctor Doctor @map(\"user\")\n")
                .replace("  code string(10) @id\n", "  code string(10) @id\n  visits Visit[]\n");
        var seq = sequence("reserved", two, related);
        var b = Sequences.build(seq);
        assertThat(codes(b, 2)).containsExactly("SC561");
        var m = Pattern.compile("`(SELECT \\* FROM [^`]*)`").matcher(b.steps().get(1).plan().findings().get(0).help());
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("SELECT * FROM \"order\" t WHERE \"user\" IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM \"group\" r WHERE r.code = t.\"user\")");
        try (var db = LiveDb.fresh(Kind.POSTGRES, "reserved_names")) {
            db.run(Sequences.sql(b, seq, Dialect.POSTGRES, 1, "up"));
            db.run("INSERT INTO \"group\" (code) VALUES ('D1');\n"
                    + "INSERT INTO \"order\" (patient, \"user\") VALUES ('ann', 'D1'), ('bob', 'D9'), ('cy', 'D1');");
            assertThat(Sequences.rows(db, m.group(1).replace("SELECT *", "SELECT patient"))).containsExactly("bob");
        }

        String split = HEADER + """
                entity Order {
                  patient string(100)
                  group   string(10)
                  label   string(60)
                  @@depends(group -> label)
                }
                """;
        var v1 = EvolutionHarness.compile(split).compilation();
        Diagnostic d = v1.diagnostics().stream().filter(x -> x.code().equals("SC804")).findFirst().orElseThrow();
        var splitSeq = new Sequences.Sequence("reserved_split", "a split over reserved names", List.of(split,
                HEADER + ShopExampleTest.pasteable(d.help())), List.of(), new TreeMap<>(), Map.of(), false, Set.of());
        var bs = Sequences.build(splitSeq);
        String insert = helpInsert(bs, 2);
        assertThat(insert).contains("\"group\"");
        try (var db = LiveDb.fresh(Kind.POSTGRES, "reserved_split")) {
            db.run(Sequences.sql(bs, splitSeq, Dialect.POSTGRES, 1, "up"));
            String target = insert.substring("INSERT INTO ".length(), insert.indexOf(' ', "INSERT INTO ".length()));
            db.run("INSERT INTO orders (patient, \"group\", label) VALUES ('ann', 'g1', 'One'), ('bob', 'g1', 'One'), ('cy', 'g2', 'Two');\n"
                    + "CREATE TABLE " + target + " (\"group\" varchar(10) PRIMARY KEY, label varchar(60) NOT NULL);");
            db.run(insert + ";");
            assertThat(Sequences.rows(db, "SELECT count(*) FROM " + target)).containsExactly("2");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theTwoStepsOfTheHelpKeepEveryRowsFactsAndOneStepFailsAsFound(Kind kind, @TempDir Path tmp) throws Exception {
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        var oneStep = sequence("split1", HEADER + VISIT, split());
        var b1 = Sequences.build(oneStep);
        try (var db = LiveDb.fresh(kind, "split1")) {
            db.run(Sequences.sql(b1, oneStep, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", ROWS)));
            assertThatThrownBy(() -> db.run(Sequences.sql(b1, oneStep, d, 2, "up"))).as("the split in one migration on %s", kind)
                    .isInstanceOf(SQLException.class);
        }
        var twoSteps = sequence("split2", HEADER + VISIT, newEntityAlone(), split());
        var b = Sequences.build(twoSteps);
        assertThat(codes(b, 2)).as("the new entity alone").isEmpty();
        assertThat(codes(b, 3)).as("the split once the new table is filled").isEqualTo(new TreeSet<>(List.of("SC557", "SC561")));
        try (var db = LiveDb.fresh(kind, "split2")) {
            boolean checks = db.enforcesChecks();
            db.run(Sequences.sql(b, twoSteps, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", ROWS)));
            var facts = Sequences.rows(db, FACTS);
            assertThat(facts).hasSize(3);
            db.run(Sequences.sql(b, twoSteps, d, 2, "up"));
            db.run(helpInsert(b1, 2) + ";");
            db.run(Sequences.sql(b, twoSteps, d, 3, "up"));
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(3).catalog(), kind, checks, "after the split on " + kind);
            assertThat(Sequences.rows(db, FACTS_THROUGH_RELATION)).as("each visit's doctor through the relation on %s", kind)
                    .isEqualTo(facts);
        }
        try (var db = LiveDb.fresh(kind, "split2_alembic")) {
            boolean checks = db.enforcesChecks();
            Path scripts = AlembicJudgesEvolutionTest.writeAlembic(tmp, b.files(), b.compilation(3).model());
            String url = AlembicJudgesEvolutionTest.url(kind, db);
            String where = "the two steps of the split with Alembic on " + kind;
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", twoSteps.id(1).substring(0, 14), where);
            db.run(Sequences.quoted(kind, String.join("\n", ROWS)));
            var facts = Sequences.rows(db, FACTS);
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", twoSteps.id(2).substring(0, 14), where);
            db.run(helpInsert(b1, 2) + ";");
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", "head", where);
            EvolutionSequencesOnRealEnginesTest.assertShape(db, b.compilation(3).catalog(), kind, checks, where);
            assertThat(Sequences.rows(db, FACTS_THROUGH_RELATION)).as(where).isEqualTo(facts);
        }
    }
}
