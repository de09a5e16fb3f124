package dev.schemac.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.output.Manifest;
import dev.schemac.output.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example's full hand-over is checked in under {@code examples/<name>/generated/};
 * this compares every target's output with it, file by file and byte by byte, and finds
 * stale files too. Regenerate with {@code ./scripts/update-golden.sh} (it runs this test
 * with -Dschemac.update=true) and review the diff.
 */
class GoldenOutputTest {

    static Stream<Path> examples() {
        return dev.schemac.support.TestModels.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void generatedFilesMatch(Path schema) throws IOException {
        var c = Compiler.compile(List.of(schema));
        assertThat(c.hasErrors()).as("%s compiles: %s", schema, c.diagnostics()).isFalse();
        var result = Targets.run(c, Targets.all(), TargetOptions.defaults());
        assertThat(result.hasErrors()).as("targets run cleanly: %s", result.diagnostics()).isFalse();
        Path dir = schema.getParent().resolve("generated");
        // The manifest is checked in with the outputs: a fresh clone's first generate after an edit to the
        // example then replaces schemac's files, where without it they would read as hand-written (SC137).
        String manifest = manifest(c.model().settings().name(), result);
        if (TestPaths.updating()) rewrite(dir, result.files(), manifest);
        var expected = new TreeSet<String>();
        if (Files.isDirectory(dir)) {
            try (var w = Files.walk(dir)) {
                w.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(Manifest.NAME))
                        .forEach(p -> expected.add(dir.relativize(p).toString().replace('\\', '/')));
            }
        }
        assertThat(Files.readString(dir.resolve(Manifest.NAME), StandardCharsets.UTF_8)).as("%s/%s", dir, Manifest.NAME)
                .isEqualTo(manifest);
        assertThat(expected).as("files under %s (regenerate with ./scripts/update-golden.sh)", dir)
                .containsExactlyElementsOf(new TreeSet<>(result.files().keySet()));
        for (var e : result.files().entrySet()) {
            assertThat(e.getValue()).as("%s/%s", dir, e.getKey())
                    .isEqualTo(Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8));
        }
    }

    /**
     * The manifest generate writes into a folder it fills with {@code result}: planned by generate's own
     * {@link OutputFolder} over an empty folder, so this test has no rendering of the format of its own.
     */
    static String manifest(String model, Targets.Result result) throws IOException {
        Path empty = Files.createTempDirectory("schemac-golden-manifest");
        try {
            var plan = new OutputFolder(empty, new OutputFolder.Claim(model, false, List.of()))
                    .plan(result.files(), result.owners(), Set.copyOf(result.owners().values()));
            assertThat(plan.problem()).isNull();
            return plan.manifestText();
        } finally {
            Files.delete(empty);
        }
    }

    private static void rewrite(Path dir, Map<String, String> files, String manifest) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var w = Files.walk(dir)) {
                for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(Manifest.NAME), manifest, StandardCharsets.UTF_8);
    }
}
