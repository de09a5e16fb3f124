package dev.schemac.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input under resources/diagnostics has its expected diagnostics beside it
 * ({@code name.schema} → {@code name.diagnostics}: one line per diagnostic with its
 * line:column, code, severity and message). Run with -Dschemac.update=true to rewrite the
 * expectations, then review the diff.
 */
class ExpectedDiagnosticsTest {
    static Path dir() { return TestPaths.testResources().resolve("diagnostics"); }

    /** The corpus of newcomer mistakes (habits of Prisma, SQL DDL, JPA and DBML users): NewcomerCorpusTest. */
    static Path newcomers() { return TestPaths.testResources().resolve("newcomer"); }

    static Stream<Path> inputs() throws IOException {
        return Stream.concat(schemas(dir()).stream(), schemas(newcomers()).stream());
    }

    static List<Path> schemas(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".schema") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
    }

    static String render(List<Diagnostic> ds) {
        return ds.stream().map(d -> {
            String loc = d.span() == null ? "-" : d.span().line() + ":" + d.span().column();
            return loc + " " + d.code() + " " + d.severity().label() + ": " + d.message();
        }).collect(Collectors.joining("\n", "", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void diagnosticsMatch(Path input) throws IOException {
        // A path relative to the working directory keeps absolute paths out of the expectations.
        var c = Compiler.compile(List.of(Path.of("").toAbsolutePath().relativize(input)));
        var all = new java.util.ArrayList<>(c.diagnostics());
        if (!c.hasErrors()) {
            // Clean models also go through every target: dialect limits are reported there.
            all.addAll(dev.schemac.gen.Targets.run(c, dev.schemac.gen.Targets.all(),
                    dev.schemac.gen.TargetOptions.defaults()).diagnostics());
        }
        String actual = render(all);
        Path expected = Path.of(input.toString().replaceAll("\\.schema$", ".diagnostics"));
        if (TestPaths.updating()) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected diagnostics file beside " + input.getFileName()).exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void everyCoreCodeIsPinnedByAnExpectation() throws IOException {
        Set<String> seen = new TreeSet<>();
        try (var s = Stream.of(Files.list(dir()), Files.list(dir().resolveSibling("settings")), Files.list(newcomers()))
                .flatMap(x -> x)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".diagnostics")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    String[] parts = line.split(" ");
                    if (parts.length > 1) seen.add(parts[1]);
                }
            }
        }
        Set<String> all = new TreeSet<>();
        for (Code c : Code.values()) all.add(c.id());
        all.removeAll(seen);
        // SC107 needs a file that does not exist, which cannot sit beside its expectation.
        all.removeAll(Set.of("SC107"));
        // The input and output files' failures need a file system in a given state; the command
        // line's contract tests (dev.schemac.cli.FileSystemFailuresTest) pin each on its path.
        all.removeAll(Set.of("SC123", "SC124", "SC130", "SC132", "SC133", "SC139"));
        // An output that is an input or a pipe: OutputsNeverReplaceInputsTest pins each on its path.
        all.removeAll(Set.of("SC134", "SC135"));
        // A held output folder needs a second run holding its lock: OutputFolderLockTest pins SC136 on the lock file.
        // A file in the way of an output and another model's folder need a folder in that state: OutputOwnershipTest
        // pins SC137 on the file and SC138 on the manifest.
        all.removeAll(Set.of("SC136", "SC137", "SC138"));
        // A target option's value, reported by the targets that read it: PrismaProviderOptionTest pins
        // SC750 on the command line (message, help, nothing written).
        all.removeAll(Set.of("SC750"));
        // A table definition past 64,000 bytes needs a model of that size: MysqlTableDefinitionTest builds one and pins
        // SC545's location and message with check, and runs the model below it on MariaDB and MySQL.
        all.removeAll(Set.of("SC545"));
        // SC550-SC589 are about a model against its migration history, which a single .schema file
        // cannot hold: MigrateCommandTest pins each one's location and message on a real history.
        all.removeIf(code -> code.compareTo("SC550") >= 0 && code.compareTo("SC589") <= 0);
        assertThat(all).as("core codes without an expected-diagnostics test").isEmpty();
    }
}
