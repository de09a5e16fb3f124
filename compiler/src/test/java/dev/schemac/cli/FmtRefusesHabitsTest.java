package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.parse.SchemaReader;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fmt never rewrites a file that check refuses on another tool's habit: a habit line such as
 * `email string(255) NOT NULL` parses (as two fields), and laying it out as what it parses as
 * would replace the habit's answer with a bogus field. Held over the whole newcomer corpus.
 */
class FmtRefusesHabitsTest {
    @TempDir
    Path tmp;

    @Test
    void everyHabitCheckReportsIsRefusedByFmtAndTheFileIsLeftAsItWas() throws IOException {
        // A copy of the whole corpus (some of its files import `_shared.schema`), each file then formatted in place.
        List<Path> inputs;
        try (var list = Files.list(TestPaths.testResources().resolve("newcomer"))) {
            inputs = list.filter(p -> p.toString().endsWith(".schema")).sorted().toList();
        }
        for (Path p : inputs) Files.copy(p, tmp.resolve(p.getFileName()));
        int refused = 0;
        for (Path original : inputs) {
            if (original.getFileName().toString().startsWith("_")) continue;
            Path input = tmp.resolve(original.getFileName());
            byte[] bytes = Files.readAllBytes(input);
            var parsed = SchemaReader.read(input.toString(), bytes);
            if (parsed.diagnostics().stream().anyMatch(Diagnostic::isError)) continue; // a parse error: refused already
            List<String> habits = parsed.habits().found().stream().map(Diagnostic::code).toList();
            var checked = Compiler.compile(List.of(input));
            List<String> reported = checked.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
            Path copy = input;
            var r = Cli.run("fmt", "--color", "never", copy.toString());
            if (!habits.isEmpty() && reported.containsAll(habits)) {
                refused++;
                assertThat(r.code()).as(input.getFileName() + ": refused\n" + r.err()).isEqualTo(Main.INPUT_ERRORS);
                for (String code : habits) assertThat(r.err()).as(input.getFileName().toString()).contains("error[" + code + "]");
                assertThat(copy).as(input.getFileName() + ": left as it was").hasBinaryContent(bytes);
            } else if (reported.isEmpty()) {
                assertThat(r.code()).as(input.getFileName() + ": a file check accepts is formatted\n" + r.err()).isZero();
            }
        }
        assertThat(refused).as("habit files the grammar accepts").isGreaterThanOrEqualTo(9);
    }

    @Test
    void sqlNotNullKeepsItsLineAndItsAnswer() throws IOException {
        String text = "entity User {\n  email string(255) NOT NULL\n}\n";
        Path file = Files.writeString(tmp.resolve("user.schema"), text);
        var r = Cli.run("fmt", "--color", "never", file.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).startsWith("error[SC427]: `NOT NULL` is written as in SQL").contains("--> " + file + ":2:21");
        assertThat(file).hasContent(text);
    }

    @Test
    void aFileWhoseHabitLikeTextIsValidIsFormatted() throws IOException {
        // `NOT` is a field of the type `NULL`, an entity the model declares: the habit was a guess that resolving
        // proves wrong, so check accepts the file and fmt formats it.
        String text = "entity NULL {\n  x int\n}\n\nentity User {\n  email   string(255)  NOT NULL\n}\n";
        Path file = Files.writeString(tmp.resolve("valid.schema"), text);
        var checked = Cli.run("check", "--no-settings", "-t", "sqlite", "--color", "never", file.toString());
        assertThat(checked.code()).as(checked.err()).isZero();
        var formatted = Cli.run("fmt", "--color", "never", file.toString());
        assertThat(formatted.code()).as(formatted.err()).isZero();
        assertThat(file).content().contains("  email string(255)\n");
    }
}
