package dev.schemac.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expected diagnostics kept beside their input: {@code foo.schema} and {@code foo.diagnostics},
 * one line per diagnostic ({@code line:col code severity message}) followed by its help and
 * notes, indented. A parameterized test compiles every input under a directory and compares.
 * Run with {@code -Dschemac.update=true} to rewrite the expected files from what the compiler
 * reports now, and review the change as a diff.
 *
 * <p>The paths are the source tree's, not the copies Maven puts on the class path, so that an
 * update writes where the files are kept; Maven runs tests in the module directory.
 */
public final class ExpectedDiagnostics {
    /** Rewrite expected files instead of comparing. */
    public static final boolean UPDATE = Boolean.getBoolean("schemac.update");

    private static final String HEADER = "# Expected diagnostics: line:col code severity message, then help and notes.\n"
            + "# Regenerate with -Dschemac.update=true and review the diff.\n";

    private ExpectedDiagnostics() {}

    /** Every {@code .schema} file under the directory (a test-resources path of the module), in path order. */
    public static Stream<Path> inputs(String directory) {
        Path root = Path.of("src/test/resources").resolve(directory);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".schema")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected file of an input: the same name with {@code .diagnostics}. */
    public static Path expectedFile(Path input) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.length() - ".schema".length()) + ".diagnostics");
    }

    /** Compares the diagnostics with the expected file, or rewrites the file under {@link #UPDATE}. */
    public static void verify(Path input, List<Diagnostic> diagnostics) {
        verify(input, expectedFile(input), diagnostics);
    }

    public static void verify(Path input, Path expected, List<Diagnostic> diagnostics) {
        String actual = HEADER + render(input, diagnostics);
        try {
            if (UPDATE) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(Files.exists(expected))
                    .as("%s has no expected diagnostics; run with -Dschemac.update=true to create %s", input, expected)
                    .isTrue();
            assertThat(actual).as("diagnostics of %s (update with -Dschemac.update=true)", input)
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text form: locations in the input itself are {@code line:col}, others {@code file:line:col}. */
    public static String render(Path input, List<Diagnostic> diagnostics) {
        var b = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            b.append(location(input, d)).append(' ').append(d.code()).append(' ').append(d.severity().label()).append(' ')
                    .append(d.message()).append('\n');
            if (d.help() != null && !d.help().isEmpty()) indented(b, "help: ", d.help());
            for (Diagnostic.Note n : d.notes()) {
                String at = n.span() == null ? "" : n.span().line() + ":" + n.span().column() + " ";
                indented(b, "note: " + at, n.message());
            }
        }
        return b.toString();
    }

    private static String location(Path input, Diagnostic d) {
        if (d.span() == null) return "-";
        String lc = d.span().line() + ":" + d.span().column();
        Path file = Path.of(d.span().file().path());
        return file.normalize().equals(input.normalize()) ? lc : file.getFileName() + ":" + lc;
    }

    private static void indented(StringBuilder b, String label, String text) {
        String[] lines = text.split("\n", -1);
        b.append("  ").append(label).append(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) b.append("  |").append(lines[i].isEmpty() ? "" : " " + lines[i]).append('\n');
    }
}
