package dev.schemac.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.compile.Compiler;
import dev.schemac.output.Output;
import dev.schemac.support.TestModels;
import dev.schemac.support.TestPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Targets that do not read each other run at the same time; the result must be the result of
 * running them one after the other: the same files, byte for byte, in the same order, with the
 * same owners and the same diagnostics, whatever the number of threads.
 */
class ParallelTargetsTest {

    static Stream<Path> models() {
        return Stream.concat(TestModels.relationalAndReserved().stream(),
                Stream.of(TestPaths.testResources().resolve("nosql/library.schema")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyTargetAtOnceWritesWhatTheyWriteOneAfterTheOther(Path schema) {
        var c = Compiler.compile(List.of(schema));
        if (c.hasErrors()) return; // models that must fail are the diagnostics tests' business
        var serial = Targets.run(c, Targets.all(), TargetOptions.defaults(), 1);
        assertThat(serial.files()).as("%s generates something", schema).isNotEmpty();
        for (int threads : new int[] {2, 8}) {
            var parallel = Targets.run(c, Targets.all(), TargetOptions.defaults(), threads);
            assertThat(new ArrayList<>(parallel.files().keySet())).as("paths and their order, %d threads", threads)
                    .isEqualTo(new ArrayList<>(serial.files().keySet()));
            assertThat(parallel.files()).as("%d threads", threads).isEqualTo(serial.files());
            assertThat(new ArrayList<>(parallel.owners().entrySet())).isEqualTo(new ArrayList<>(serial.owners().entrySet()));
            assertThat(parallel.diagnostics()).isEqualTo(serial.diagnostics());
        }
    }

    /** {@code check} runs each target's check instead of rendering: it must report exactly what rendering reports. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void checkingReportsWhatRenderingReports(Path schema) {
        var c = Compiler.compile(List.of(schema));
        if (c.hasErrors()) return;
        var rendered = Targets.run(c, Targets.all(), TargetOptions.defaults(), 1);
        for (int threads : new int[] {1, 2}) {
            var checked = Targets.check(c, Targets.all(), TargetOptions.defaults(), threads);
            assertThat(checked.diagnostics()).as("%d threads", threads).isEqualTo(rendered.diagnostics());
            assertThat(checked.files()).isEmpty();
        }
    }

    @Test
    void aCheckThatWouldReadASiblingIsABugInTheTarget() {
        var c = Compiler.compile(List.of(TestModels.examples().get(0)));
        Target reader = new Target() {
            @Override public String name() { return "reader"; }
            @Override public String description() { return "quotes the ER text, and checks by rendering"; }
            @Override public Set<String> reads() { return Set.of("erd"); }
            @Override public List<OutputFile> files(TargetContext ctx) { return List.of(new OutputFile("copy/er.txt", null)); }
            @Override public void generate(TargetContext ctx, Output out) {
                out.write("copy/er.txt", ctx.sibling("erd").orElseThrow().get("erd/er.txt"));
            }
        };
        assertThatThrownBy(() -> Targets.check(c, List.of(reader), TargetOptions.defaults(), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("override check()");
    }

    @Test
    void aReaderWaitsForWhatItReadsAndATargetsExceptionEndsTheRun() {
        var c = Compiler.compile(List.of(TestModels.examples().get(0)));
        Target copier = new Target() {
            @Override public String name() { return "copier"; }
            @Override public String description() { return "copies the ER text it reads"; }
            @Override public Set<String> reads() { return Set.of("erd"); }
            @Override public List<OutputFile> files(TargetContext ctx) { return List.of(new OutputFile("copy/er.txt", null)); }
            @Override public void generate(TargetContext ctx, Output out) {
                out.write("copy/er.txt", ctx.sibling("erd").orElseThrow().get("erd/er.txt"));
            }
        };
        var chosen = List.of(copier, Targets.byName("postgres").orElseThrow(), Targets.byName("sqlite").orElseThrow());
        var serial = Targets.run(c, chosen, TargetOptions.defaults(), 1);
        var parallel = Targets.run(c, chosen, TargetOptions.defaults(), 3);
        assertThat(parallel.files()).isEqualTo(serial.files()).containsKey("copy/er.txt").doesNotContainKey("erd/er.txt");

        Target failing = new Target() {
            @Override public String name() { return "failing"; }
            @Override public String description() { return "a generator bug"; }
            @Override public List<OutputFile> files(TargetContext ctx) { return List.of(); }
            @Override public void generate(TargetContext ctx, Output out) { throw new IllegalStateException("bug in failing"); }
        };
        assertThatThrownBy(() -> Targets.run(c, List.of(Targets.byName("sqlite").orElseThrow(), failing),
                TargetOptions.defaults(), 2)).isInstanceOf(IllegalStateException.class).hasMessage("bug in failing");
    }
}
