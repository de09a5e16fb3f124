package dev.schemac.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostic;
import dev.schemac.source.SourceFile;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every settings file under resources/settings has its expected diagnostics beside it
 * ({@code name.toml} → {@code name.diagnostics}, the format of the model's expectations).
 * Files named {@code valid_*} must have none. -Dschemac.update=true rewrites them.
 */
class SettingsExpectedDiagnosticsTest {
    static Path dir() { return TestPaths.testResources().resolve("settings"); }

    static Stream<Path> inputs() throws IOException {
        try (var s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".toml")).sorted().toList().stream();
        }
    }

    static String render(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.span().line() + ":" + d.span().column() + " " + d.code() + " "
                + d.severity().label() + ": " + d.message()).collect(Collectors.joining("\n", "", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void diagnosticsMatch(Path input) throws IOException {
        String name = input.getFileName().toString();
        var file = new SourceFile(name, Files.readString(input, StandardCharsets.UTF_8));
        var loaded = SettingsFile.parse(file, Path.of("/project"));
        String actual = loaded.diagnostics().isEmpty() ? "" : render(loaded.diagnostics());
        if (name.startsWith("valid_")) {
            assertThat(actual).as("a valid settings file has no diagnostics").isEmpty();
            return;
        }
        assertThat(loaded.diagnostics()).as("an invalid settings file has diagnostics").isNotEmpty();
        assertThat(loaded.settings()).as("a file with errors contributes nothing").isEqualTo(ProjectSettings.NONE);
        Path expected = Path.of(input.toString().replaceAll("\\.toml$", ".diagnostics"));
        if (TestPaths.updating()) Files.writeString(expected, actual, StandardCharsets.UTF_8);
        assertThat(expected).as("expected diagnostics beside " + name).exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
