package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code -Dschemac.evolve.sequences.only=NAME}: the sequences it leaves the tests that read the corpus. */
class SequencesTest {

    @Test
    void aNameThatMatchesNoSequenceFailsInsteadOfLeavingNothingToRun() throws IOException {
        var corpus = List.of(Sequences.read(Sequences.root().resolve("optref")), Sequences.read(Sequences.root().resolve("relabel")));
        assertThatThrownBy(() -> Sequences.chosen(corpus, "relable"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dschemac.evolve.sequences.only=relable names no sequence `relable` under src/test/resources/evolve-sequences; "
                        + "the sequences are [optref, relabel]");
        assertThat(Sequences.chosen(corpus, "relabel")).extracting(Sequences.Sequence::name).containsExactly("relabel");
        assertThat(Sequences.chosen(corpus, null)).isEqualTo(corpus);
        assertThat(Sequences.chosen(corpus, "relabel, optref")).extracting(Sequences.Sequence::name).containsExactly("optref", "relabel");
        assertThatThrownBy(() -> Sequences.chosen(corpus, "relabel,optrf")).hasMessageContaining("names no sequence `optrf`");
    }
}
