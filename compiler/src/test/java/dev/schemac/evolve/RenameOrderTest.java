package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.evolve.Change.RenameColumn;
import dev.schemac.evolve.Change.RenameConstraint;
import dev.schemac.evolve.Change.RenameTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renames in chains and swaps, without engines: a table, column or constraint renamed to a
 * name another one is renamed away from (A to B while B becomes C), or two trading names
 * (A and B), must be ordered so that no statement takes a name still in use, through a
 * temporary name where the renames form a cycle. {@link NameLedger} follows every name
 * through the up and the down list. The same on the engines: {@code RandomEvolutionTest}.
 */
class RenameOrderTest {

    static final String HEADER = "schema r {\n  dialect = postgres\n  timestamps = false\n}\n";

    record Case(String old, String neu) {}

    static final Map<String, Case> CASES = Map.of(
            "field chain", new Case("""
                    entity Item {
                      a int @index
                      b int @unique
                      c string(10)
                    }
                    """, """
                    entity Item {
                      b int @index @renamed_from("a")
                      d int @unique @renamed_from("b")
                      c string(10)
                    }
                    """),
            "field swap", new Case("""
                    entity Item {
                      a int @unique
                      b int @index @min(0)
                    }
                    """, """
                    entity Item {
                      b int @unique @renamed_from("a")
                      a int @index @min(0) @renamed_from("b")
                    }
                    """),
            "entity chain", new Case("""
                    entity Foo {
                      x int @index
                    }
                    entity Bar {
                      y int @unique
                      foo Foo @on_delete(cascade)
                    }
                    """, """
                    entity Bar {
                      @@renamed_from("Foo")
                      x int @index
                    }
                    entity Baz {
                      @@renamed_from("Bar")
                      y int @unique
                      foo Bar @on_delete(cascade)
                    }
                    """),
            "entity swap", new Case("""
                    entity Foo {
                      x int @index
                    }
                    entity Bar {
                      x int @index
                      foo Foo @on_delete(cascade)
                    }
                    """, """
                    entity Bar {
                      @@renamed_from("Foo")
                      x int @index
                    }
                    entity Foo {
                      @@renamed_from("Bar")
                      x int @index
                      foo Bar @on_delete(cascade)
                    }
                    """),
            "table swap by @@map", new Case("""
                    entity Foo {
                      @@map("left_side")
                      x int @unique
                    }
                    entity Bar {
                      @@map("right_side")
                      x int @unique
                    }
                    """, """
                    entity Foo {
                      @@map("right_side")
                      x int @unique
                    }
                    entity Bar {
                      @@map("left_side")
                      x int @unique
                    }
                    """));

    static Evolution.Plan plan(Case c) throws Exception {
        var old = EvolutionHarness.compile(HEADER + c.old());
        var neu = EvolutionHarness.compile(HEADER + c.neu());
        assertThat(old.compilation().hasErrors()).as("%s", old.compilation().diagnostics()).isFalse();
        assertThat(neu.compilation().hasErrors()).as("%s", neu.compilation().diagnostics()).isFalse();
        var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), old, "20250101000000", "init");
        return Evolution.plan(neu.compilation().model(), neu.compilation().catalog(), init.after(), neu.hints());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"field chain", "field swap", "entity chain", "entity swap", "table swap by @@map"})
    void renamesNeverTakeANameInUse(String name) throws Exception {
        var p = plan(CASES.get(name));
        assertThat(p.diagnostics().stream().filter(d -> d.isError())).isEmpty();
        assertThat(p.up()).as("renames, not drops and adds").anyMatch(c -> c instanceof RenameColumn || c instanceof RenameTable)
                .anyMatch(c -> c instanceof RenameConstraint);
        assertThat(NameLedger.problems(p.from(), p.up())).as("up: %s", p.up()).isEmpty();
        assertThat(NameLedger.problems(p.to(), p.down())).as("down: %s", p.down()).isEmpty();
    }

    @Test
    void aSwapGoesThroughATemporaryNameAndEndsWhereTheModelSays() throws Exception {
        var p = plan(CASES.get("field swap"));
        var renames = p.up().stream().filter(c -> c instanceof RenameColumn).map(c -> (RenameColumn) c).toList();
        assertThat(renames).hasSize(3);
        // a steps aside, b takes a's name, and a (under the temporary name) takes b's.
        assertThat(renames.get(0).to()).isEqualTo(renames.get(2).from()).startsWith(Renames.TEMPORARY);
        assertThat(renames.get(1).to()).isEqualTo(renames.get(0).from());
        assertThat(renames.get(2).to()).isEqualTo(renames.get(1).from());
        // The sentences say what the model did, not how the names were shuffled.
        assertThat(Describe.sentences(p.up())).contains("Renames column `items.a` to `b`.", "Renames column `items.b` to `a`.")
                .noneMatch(s -> s.contains(Renames.TEMPORARY));
    }

    @Test
    void randomChainsAndSwapsNeverTakeANameInUse() throws Exception {
        int checked = 0;
        for (long seed = 1; seed <= 150; seed++) {
            var pair = ModelPairs.chains(seed, true);
            var old = EvolutionHarness.compile(pair.oldText());
            var neu = EvolutionHarness.compile(pair.newText());
            if (old.compilation().hasErrors() || neu.compilation().hasErrors()) continue;
            var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), old, "20250101000000", "init");
            var p = Evolution.plan(neu.compilation().model(), neu.compilation().catalog(), init.after(), neu.hints());
            String where = "seed " + seed + " " + pair.edits() + "\n" + pair.oldText() + "\n---\n" + pair.newText();
            assertThat(p.diagnostics().stream().filter(d -> d.isError())).as(where).isEmpty();
            assertThat(NameLedger.problems(p.from(), p.up())).as("up of %s", where).isEmpty();
            assertThat(NameLedger.problems(p.to(), p.down())).as("down of %s", where).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThan(130);
    }

    @Test
    void everyRandomPairKeepsItsNamesApart() throws Exception {
        for (long seed = 1; seed <= 200; seed++) {
            var pair = ModelPairs.pair(seed, true);
            var old = EvolutionHarness.compile(pair.oldText());
            var neu = EvolutionHarness.compile(pair.newText());
            if (old.compilation().hasErrors() || neu.compilation().hasErrors()) continue;
            var init = EvolutionHarness.migrate(History.EMPTY, Map.of(), old, "20250101000000", "init");
            var p = Evolution.plan(neu.compilation().model(), neu.compilation().catalog(), init.after(), neu.hints());
            assertThat(NameLedger.problems(p.from(), p.up())).as("seed %d %s", seed, pair.edits()).isEmpty();
            assertThat(NameLedger.problems(p.to(), p.down())).as("seed %d %s", seed, pair.edits()).isEmpty();
        }
    }

}
