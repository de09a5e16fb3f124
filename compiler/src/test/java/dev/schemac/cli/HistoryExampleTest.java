package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/library: three versions of a model migrated in turn by {@code schemac migrate}
 * with fixed timestamps give exactly the checked-in {@code generated/} folder (history,
 * snapshots and every other target). {@code ./scripts/update-golden.sh} rewrites it.
 */
class HistoryExampleTest {
    /** The versions, their migration names and timestamps, as examples/library/README.md lists them. */
    static final List<String[]> STEPS = List.of(
            new String[] {"v1", "init", "20250101000000"},
            new String[] {"v2", "loans_and_readers", "20250102000000"},
            new String[] {"v3", "shelves_and_tags", "20250103000000"});

    static Path example() { return TestPaths.examples().resolve("library"); }

    /** Runs the three migrations into {@code out}. */
    static void build(Path out) {
        for (String[] s : STEPS) {
            var o = new StringWriter();
            var e = new StringWriter();
            int code = Main.run(new PrintWriter(o), new PrintWriter(e), "migrate",
                    example().resolve(s[0]).resolve("library.schema").toString(), "--out", out.toString(), "--name", s[1],
                    "--timestamp", s[2]);
            assertThat(code).as("migrate %s: %s", s[0], e).isZero();
            assertThat(o.toString()).startsWith("migration " + s[2] + "_" + s[1] + ":");
        }
    }

    static TreeMap<String, String> tree(Path dir) throws IOException {
        var m = new TreeMap<String, String>();
        if (!Files.isDirectory(dir)) return m;
        try (var w = Files.walk(dir)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    @Test
    void theHistoryIsReproducedByteForByte(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("generated");
        build(out);
        var built = tree(out);
        Path golden = example().resolve("generated");
        if (TestPaths.updating()) {
            if (Files.isDirectory(golden)) {
                try (var w = Files.walk(golden)) {
                    for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            for (var e : built.entrySet()) {
                Path p = golden.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
        }
        var expected = tree(golden);
        assertThat(built.keySet()).as("files under %s (regenerate with ./scripts/update-golden.sh)", golden)
                .containsExactlyElementsOf(expected.keySet());
        for (var e : built.entrySet()) assertThat(e.getValue()).as("%s", e.getKey()).isEqualTo(expected.get(e.getKey()));
        assertThat(built.keySet().stream().filter(p -> p.startsWith("migrations/snapshots/"))).hasSize(3);
    }

    @Test
    void theCurrentModelIsCoveredAndTheHistoryIsIntact() {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "migrate", "--check",
                example().resolve("v3/library.schema").toString(), "--out", example().resolve("generated").toString());
        assertThat(code).as("%s", e).isZero();
        assertThat(o.toString()).contains("no changes");
    }
}
