package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The takeover sequence (run on every engine by EvolutionSequencesOnRealEnginesTest): Person is renamed to Member while
 * a new Person takes over its name. A hint left on the model after its migration names an entity the last snapshot
 * still has (the newcomer), yet it was applied: the next migration warns (SC553) and changes nothing, where it used to
 * rename the newcomer's table onto Member's. The same for a field renamed while a new field takes its old name.
 */
class HintAppliedWhileItsOldNameLivesOnTest {
    @Test
    void anEntityHintAppliedEarlierRenamesNothingAgain() throws Exception {
        var s = Sequences.chosen(Sequences.all(), "takeover").get(0);
        var b = Sequences.build(s);
        var again = EvolutionHarness.migrate(b.steps().get(1).after(), EvolutionHarness.relative(b.files()), b.versions().get(1),
                "20250102100000", "again");
        assertThat(again.plan().isEmpty()).as("%s", again.plan().up()).isTrue();
        assertThat(again.plan().diagnostics()).extracting(Diagnostic::code).containsExactly("SC553");
        assertThat(again.plan().diagnostics().get(0).span().line()).isEqualTo(8);
    }

    @Test
    void aFieldHintAppliedEarlierRenamesNothingAgain() throws Exception {
        String v1 = """
                schema app {
                  dialect    = postgres
                  timestamps = false
                }

                entity Item {
                  label string(40)
                }
                """;
        String v2 = """
                schema app {
                  dialect    = postgres
                  timestamps = false
                }

                entity Item {
                  title string(40) @renamed_from("label")
                  label string(20)?
                }
                """;
        var s = new Sequences.Sequence("fieldtakeover", "a field renamed while a new one takes its name", java.util.List.of(v1, v2),
                java.util.List.of(), new java.util.TreeMap<>(java.util.Map.of(0, "SELECT 1")), java.util.Map.of(), false, java.util.Set.of());
        var b = Sequences.build(s);
        assertThat(b.steps().get(1).plan().up()).anyMatch(c -> c instanceof Change.RenameColumn);
        var again = EvolutionHarness.migrate(b.steps().get(1).after(), EvolutionHarness.relative(b.files()), b.versions().get(1),
                "20250102100000", "again");
        assertThat(again.plan().isEmpty()).as("%s", again.plan().up()).isTrue();
        assertThat(again.plan().diagnostics()).extracting(Diagnostic::code).containsExactly("SC553");
    }
}
