package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, what is written where, and when nothing is written. */
class CommandLineTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static final String GOOD = """
            /// A person who signs in.
            entity User {
              email string(255) @unique @pii
            }
            """;

    static final String BAD = """
            entity User {
              email Strng(255)
            }
            """;

    @Test
    void checkSucceedsOnAGoodModel() throws IOException {
        var r = run("check", write("good.schema", GOOD).toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void checkReportsErrorsWithSourceAndCaret() throws IOException {
        Path bad = write("bad.schema", BAD);
        var r = run("check", "--color", "never", bad.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC208]: unknown type `Strng`. Did you mean `string`?")
                .contains("--> " + bad + ":2:9")
                .contains(" 2 |   email Strng(255)")
                .contains("   |         ^^^^^")
                .contains("1 error, 0 warnings or notes")
                .doesNotContain("\u001b[");
    }

    @Test
    void jsonDiagnosticsForTools() throws IOException {
        var r = run("check", "--format", "json", write("bad.schema", BAD).toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        JsonNode d = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(d.get("code").asText()).isEqualTo("SC208");
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("line").asInt()).isEqualTo(2);
        assertThat(d.get("column").asInt()).isEqualTo(9);
        assertThat(d.get("endColumn").asInt()).isEqualTo(14);
        assertThat(d.get("help").asText()).startsWith("use a scalar type");
    }

    @Test
    void colourOnlyWhenAsked() throws IOException {
        var r = run("check", "--color", "always", write("bad.schema", BAD).toString());
        assertThat(r.err()).contains("\u001b[1;31merror[SC208]");
    }

    @Test
    void generateWritesFilesAndCheckFindsThemCurrent() throws IOException {
        Path model = write("m.schema", GOOD);
        Path out = tmp.resolve("out");
        var r = run("generate", "--target", "sqlite,json", "--out", out.toString(), model.toString());
        assertThat(r.code()).isZero();
        assertThat(out.resolve("sql/sqlite/schema.sql")).exists();
        assertThat(out.resolve("json/model.json")).exists();
        assertThat(out.resolve("sql/postgres")).doesNotExist();
        assertThat(r.err()).contains("wrote 3 files");

        assertThat(run("generate", "-t", "sqlite,json", "-o", out.toString(), "--check", model.toString()).code()).isZero();
        Files.writeString(out.resolve("sql/sqlite/schema.sql"), "-- edited by hand\n");
        var stale = run("generate", "-t", "sqlite,json", "-o", out.toString(), "--check", model.toString());
        assertThat(stale.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(stale.err()).contains("out of date: ").contains("schema.sql");
        assertThat(Files.readString(out.resolve("sql/sqlite/schema.sql"))).isEqualTo("-- edited by hand\n");
    }

    @Test
    void generateWithoutTargetsWritesEveryTargetToGeneratedNextToTheModel() throws IOException {
        Path model = write("m.schema", GOOD);
        assertThat(run("generate", model.toString()).code()).isZero();
        assertThat(tmp.resolve("generated/sql/postgres/schema.sql")).exists();
        assertThat(tmp.resolve("generated/sql/mysql/schema.sql")).exists();
    }

    @Test
    void aFailedCompileWritesNothing() throws IOException {
        Path out = tmp.resolve("out");
        var r = run("generate", "-o", out.toString(), write("bad.schema", BAD).toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(out).doesNotExist();
    }

    @Test
    void aTargetErrorWritesNothingEither() throws IOException {
        Path out = tmp.resolve("out");
        var r = run("generate", "-t", "sqlite,mysql", "-o", out.toString(),
                write("m.schema", "schema s { dialect = mysql }\nentity User {\n  email text @unique\n}\n").toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("SC504").contains("MySQL");
        assertThat(out).doesNotExist();
    }

    @Test
    void targetsAreChosenWithTheProcessorsVocabulary() throws IOException {
        Path all = tmp.resolve("all");
        Path named = tmp.resolve("named");
        Path none = tmp.resolve("none");
        var model = write("m.schema", GOOD).toString();
        assertThat(run("generate", "-t", "all", "-o", all.toString(), model).code()).isEqualTo(Main.OK);
        assertThat(run("generate", "-o", tmp.resolve("default").toString(), model).code()).isEqualTo(Main.OK);
        assertThat(run("generate", "-t", "sqlite,all,sqlite", "-o", named.toString(), model).code()).isEqualTo(Main.OK);
        assertThat(run("generate", "-t", "none", "-o", none.toString(), model).code()).isEqualTo(Main.OK);
        assertThat(fileNames(all)).isEqualTo(fileNames(tmp.resolve("default"))).isEqualTo(fileNames(named));
        assertThat(fileNames(none)).isEmpty();
    }

    private static java.util.List<String> fileNames(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) return java.util.List.of();
        try (var w = java.nio.file.Files.walk(dir)) {
            return w.filter(java.nio.file.Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        assertThat(run().code()).isEqualTo(Main.USAGE);
        assertThat(run("frobnicate").code()).isEqualTo(Main.USAGE);
        assertThat(run("check").code()).isEqualTo(Main.USAGE);
        var unknown = run("generate", "-t", "cobol", write("m.schema", GOOD).toString());
        assertThat(unknown.code()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).contains("unknown target `cobol`").contains("sqlite");
        assertThat(run("generate", "--timestamp", "yesterday", write("n.schema", GOOD).toString()).code())
                .isEqualTo(Main.USAGE);
        assertThat(run("explain", "SC999").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void missingFileIsAnInputError() {
        var r = run("check", tmp.resolve("nope.schema").toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("SC107");
    }

    @Test
    void fmtRewritesAndChecks() throws IOException {
        Path p = write("f.schema", "/// A person who signs in.\nentity  User{email string(255)   @unique @pii}\n");
        assertThat(run("fmt", "--check", p.toString()).code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(run("fmt", p.toString()).code()).isZero();
        assertThat(Files.readString(p)).isEqualTo(GOOD);
        assertThat(run("fmt", "--check", p.toString()).code()).isZero();
    }

    @Test
    void fmtNeverRewritesAFileThatDoesNotParse() throws IOException {
        Path p = write("broken.schema", "entity User {\n  email string(255\n");
        var r = run("fmt", p.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(Files.readString(p)).isEqualTo("entity User {\n  email string(255\n");
    }

    @Test
    void explainPrintsTheDocumentation() {
        var r = run("explain", "SC404");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("SC404: Ambiguous relation (error)").contains("@relation(\"name\")");
        assertThat(run("explain").out()).contains("SC100").contains("SC504");
    }

    @Test
    void helpOfACommandAndASuggestionForAMisspeltOne() {
        assertThat(run("help", "generate").out()).contains("Usage: schemac generate");
        assertThat(run("chek").err()).contains("Did you mean `schemac check`?");
    }

    @Test
    void aMigrationHistoryFileThatCannotBeReadIsAnInputErrorAtThatFile() throws IOException {
        Path model = write("m.schema", GOOD);
        Path history = tmp.resolve("generated/migrations");
        Files.createDirectories(history);
        Path bad = history.resolve("20260101000000_init.sql");
        Files.write(bad, new byte[] {(byte) 0xC3, (byte) 0x28});
        var r = run("check", model.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC105]: file is not UTF-8 text: a file of the migration history")
                .contains("--> " + bad + ":1:1").doesNotContain("Usage:");
        var broken = run("check", write("bad.schema", BAD).toString());
        assertThat(broken.code()).as("a model that does not compile never asks for the history").isEqualTo(Main.INPUT_ERRORS);
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("schemac ");
        assertThat(run("--help").out()).contains("check").contains("generate").contains("fmt").contains("explain");
    }
}
