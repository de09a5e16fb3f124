package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} for standard input, {@code fmt} on folders, and the unified diffs of {@code --check}. */
class StdinAndFmtTest {
    @TempDir
    Path tmp;

    static final String FORMATTED = """
            entity User {
              email string(255) @unique @pii
            }
            """;
    static final String UGLY = "entity  User{email string(255)   @unique @pii}\n";

    @Test
    void fmtOnALinkFormatsTheFileItNamesAndKeepsTheLink() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("shared")).resolve("user.schema");
        Files.writeString(target, UGLY);
        Path link = Files.createSymbolicLink(tmp.resolve("link.schema"), target);
        var r = Cli.run("fmt", link.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(target).content().isEqualTo(FORMATTED);
    }

    /** A stream that refuses every byte, as a full disk or a closed pipe does. */
    static java.io.PrintWriter failing() {
        return new java.io.PrintWriter(new java.io.OutputStream() {
            @Override public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
    }

    @Test
    void aFailedWriteToStandardOutputIsAFailedRun() throws IOException {
        Path model = Files.writeString(tmp.resolve("user.schema"), FORMATTED);
        var err = new java.io.StringWriter();
        int code = Main.run(java.io.InputStream.nullInputStream(), failing(), new java.io.PrintWriter(err),
                "check", "--format", "json", model.toString());
        assertThat(code).isEqualTo(Main.INPUT_ERRORS);
        assertThat(err.toString()).isEqualTo("schemac: error: writing standard output failed (a full disk or a closed pipe?): "
                + "the output is incomplete\n");
        var fmt = new java.io.StringWriter();
        assertThat(Main.run(new java.io.ByteArrayInputStream(UGLY.getBytes(java.nio.charset.StandardCharsets.UTF_8)), failing(),
                new java.io.PrintWriter(fmt), "fmt", "-")).isEqualTo(Main.INPUT_ERRORS);
        assertThat(fmt.toString()).contains("writing standard output failed");
    }

    @Test
    void aRealProcessWritingToAFullDeviceExitsOne() throws Exception {
        Path model = Files.writeString(tmp.resolve("user.schema"), FORMATTED);
        var r = Cli.shell(tmp, "schemac check --format json \"$1\" > /dev/full", model.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("schemac: error: writing standard output failed");
    }

    @Test
    void checkReadsAModelFromStandardInput() {
        var ok = Cli.withInput(FORMATTED, "check", "-");
        assertThat(ok.code()).as(ok.err()).isZero();
        var bad = Cli.withInput("entity User {\n  email Strng\n}\n", "check", "--color", "never", "-");
        assertThat(bad.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(bad.err()).contains("error[SC208]").contains("--> <stdin>:2:9").contains(" 2 |   email Strng");
    }

    @Test
    void standardInputCanBeReadOnceOnly() {
        assertThat(Cli.withInput(FORMATTED, "check", "-", "-").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void fmtFormatsStandardInputToStandardOutput() {
        var r = Cli.withInput(UGLY, "fmt", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(FORMATTED);
        var same = Cli.withInput(FORMATTED, "fmt", "-");
        assertThat(same.out()).isEqualTo(FORMATTED);
    }

    @Test
    void fmtCheckOnStandardInputPrintsADiff() {
        var r = Cli.withInput(UGLY, "fmt", "--check", "-");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.out()).startsWith("--- a/<stdin>\n+++ b/<stdin>\n@@ -1,1 +1,3 @@\n")
                .contains("-entity  User{email string(255)   @unique @pii}\n")
                .contains("+entity User {\n+  email string(255) @unique @pii\n+}\n");
        assertThat(Cli.withInput(FORMATTED, "fmt", "--check", "-").code()).isZero();
    }

    @Test
    void fmtOfABrokenStandardInputPrintsNothingButTheDiagnostic() {
        var r = Cli.withInput("entity User {\n  email string(255\n", "fmt", "-");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("error[SC425]: entity `User` is never closed");
    }

    @Test
    void fmtOfAFolderFormatsEverySchemaFileBelowIt() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.schema"), UGLY);
        Path sub = Files.createDirectories(tmp.resolve("models/deep"));
        Path b = Files.writeString(sub.resolve("b.schema"), UGLY);
        Path other = Files.writeString(tmp.resolve("notes.txt"), UGLY);
        Path hidden = Files.createDirectories(tmp.resolve(".cache"));
        Path c = Files.writeString(hidden.resolve("c.schema"), UGLY);

        var check = Cli.run("fmt", "--check", tmp.toString());
        assertThat(check.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(check.err()).contains("not formatted: " + a).contains("not formatted: " + b);
        assertThat(check.out()).contains("--- a/" + a).contains("+++ b/" + b);
        assertThat(a).content().isEqualTo(UGLY);

        var r = Cli.run("fmt", tmp.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(a).content().isEqualTo(FORMATTED);
        assertThat(b).content().isEqualTo(FORMATTED);
        assertThat(other).content().as("only .schema files").isEqualTo(UGLY);
        assertThat(c).content().as("hidden folders are not entered").isEqualTo(UGLY);
        assertThat(Cli.run("fmt", "--check", tmp.toString()).code()).isZero();
    }

    @Test
    void fmtOfAFolderWithOneBrokenFileRewritesNone() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.schema"), UGLY);
        Path broken = Files.writeString(tmp.resolve("b.schema"), "entity User {\n  email string(255\n");
        var r = Cli.run("fmt", tmp.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains(broken.toString());
        assertThat(a).content().as("all files or none").isEqualTo(UGLY);
    }

    @Test
    void fmtOfAnEmptyFolderSucceeds() throws IOException {
        assertThat(Cli.run("fmt", Files.createDirectory(tmp.resolve("empty")).toString()).code()).isZero();
    }

    @Test
    void checkOfAFolderIsRefusedWithACode() {
        var r = Cli.run("check", "--color", "never", tmp.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC124]: `" + tmp + "` is a folder, not a regular file").contains("--> " + tmp + ":1:1");
    }

    @Test
    void generateCheckPrintsAUnifiedDiff() throws IOException {
        Path m = Files.writeString(tmp.resolve("m.schema"), FORMATTED);
        Path out = tmp.resolve("out");
        assertThat(Cli.run("generate", "-t", "sqlite", "-o", out.toString(), m.toString()).code()).isZero();
        Files.writeString(m, FORMATTED.replace("string(255)", "string(200)"));
        var r = Cli.run("generate", "-t", "sqlite", "-o", out.toString(), "--check", m.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.out()).contains("--- a/sql/sqlite/schema.sql\n+++ b/sql/sqlite/schema.sql\n@@ ")
                .contains("-  email VARCHAR(255)").contains("+  email VARCHAR(200)");
        assertThat(r.err()).contains("out of date: " + out.resolve("sql/sqlite/schema.sql"));
        assertThat(out.resolve("sql/sqlite/schema.sql")).content().contains("VARCHAR(255)");
    }

    @Test
    void generateFromStandardInputNeedsAnOutputFolder() throws IOException {
        assertThat(Cli.withInput(FORMATTED, "generate", "-t", "json", "-").code()).isEqualTo(Main.USAGE);
        var r = Cli.withInput(FORMATTED, "generate", "-t", "json", "-o", tmp.resolve("o").toString(), "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(tmp.resolve("o/json/model.json")).exists();
    }
}
