package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code --format json|sarif} a command's standard output is exactly one parseable
 * document, clean or not; a command whose standard output carries data (fmt -, migrate
 * --dry-run) keeps it for the data and prints the document on standard error.
 */
class MachineFormatStdoutTest {
    /** Strict: text after the document (a human line) is an error, as it is for json.tool. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path tmp;

    private static JsonNode document(String text, String format) throws IOException {
        JsonNode d = JSON.readTree(text);
        if (format.equals("json")) assertThat(d.isArray()).as(text).isTrue();
        else assertThat(d.at("/version").asText()).as(text).isEqualTo("2.1.0");
        return d;
    }

    private static int results(JsonNode d) {
        return d.isArray() ? d.size() : d.at("/runs/0/results").size();
    }

    @Test
    void fmtPrintsOneDocumentWhateverTheOutcome() throws IOException {
        Path unformatted = Files.writeString(tmp.resolve("fm.schema"), "entity  X {\n  a   int\n}\n");
        Path clean = Files.writeString(tmp.resolve("clean.schema"), "entity X {\n  a int\n}\n");
        Path broken = Files.writeString(tmp.resolve("bad.schema"), "entity X {\n  a int\n");
        for (String format : List.of("json", "sarif")) {
            var check = Cli.run("fmt", "--check", unformatted.toString(), "--format", format);
            assertThat(check.code()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(results(document(check.out(), format))).isZero();
            assertThat(check.err()).contains("+++ b/" + unformatted).contains("not formatted: " + unformatted);

            var cleanCheck = Cli.run("fmt", "--check", clean.toString(), "--format", format);
            assertThat(cleanCheck.code()).isZero();
            assertThat(results(document(cleanCheck.out(), format))).isZero();

            var both = Cli.run("fmt", "--check", unformatted.toString(), broken.toString(), "--format", format);
            assertThat(both.code()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(results(document(both.out(), format))).isEqualTo(1);

            var fmt = Cli.run("fmt", clean.toString(), "--format", format);
            assertThat(fmt.code()).isZero();
            assertThat(results(document(fmt.out(), format))).isZero();
        }
        // The formatted text of `-` is standard output's; the document goes to standard error.
        var stdin = Cli.withInput("entity  X {\n  a   int\n}\n", "fmt", "-", "--format", "json");
        assertThat(stdin.out()).isEqualTo("entity X {\n  a int\n}\n");
        assertThat(results(document(stdin.err(), "json"))).isZero();
        var brokenStdin = Cli.withInput("entity X {\n", "fmt", "-", "--format", "json");
        assertThat(brokenStdin.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(brokenStdin.out()).isEmpty();
        assertThat(document(brokenStdin.err(), "json").get(0).get("code").asText()).isEqualTo("SC425");
    }

    @Test
    void migratePrintsOneDocumentAndItsSentencesOnStandardError() throws IOException {
        Path model = Files.writeString(tmp.resolve("m.schema"), "/// A thing.\nentity Thing {\n  name string(100)\n}\n");
        for (String format : List.of("json", "sarif")) {
            Path o = tmp.resolve("gen-" + format);
            var first = Cli.run("migrate", model.toString(), "--out", o.toString(), "--name", "init",
                    "--timestamp", "20260101000000", "--format", format);
            assertThat(first.code()).as(first.err()).isZero();
            document(first.out(), format);
            assertThat(first.err()).contains("migration 20260101000000_init:");

            var none = Cli.run("migrate", model.toString(), "--out", o.toString(), "--check", "--format", format);
            assertThat(none.code()).isZero();
            document(none.out(), format);
            assertThat(none.err()).isEqualTo("no changes\n");
        }
        Files.writeString(model, "/// A thing.\nentity Thing {\n  name string(100)\n  code string(20)?\n}\n");
        Path o = tmp.resolve("gen-json");
        var dry = Cli.run("migrate", model.toString(), "--out", o.toString(), "--name", "add_code",
                "--timestamp", "20260102000000", "--dry-run", "--format", "json");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("-- Migration 20260102000000_add_code").doesNotContain("[");
        document(dry.err(), "json");
        var args = new ArrayList<>(List.of("migrate", model.toString(), "--out", o.toString(), "--check", "--format", "json"));
        var behind = Cli.run(args.toArray(String[]::new));
        assertThat(behind.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(document(behind.out(), "json").get(0).get("code").asText()).isEqualTo("SC550");
    }
}
