package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inputs of issue 11 that once crashed or hung the compiler, through the command line as
 * a user runs it: each ends with a coded diagnostic at its line and exit 1, no internal
 * error, nothing written, and in bounded time (the whole class runs in seconds; a hang
 * would stop the build at the test's timeout). The file-system cases (a file as --out, a
 * read-only or full disk, names too long) are FileSystemFailuresTest's.
 */
class HostileInputsTest {
    @TempDir Path tmp;

    private Cli.Run generate(String model) throws IOException {
        Path m = Files.writeString(tmp.resolve("m.schema"), model, StandardCharsets.UTF_8);
        return Cli.run("generate", "--color", "never", "-o", tmp.resolve("out").toString(), m.toString());
    }

    private void refused(Cli.Run r, String code, String line) throws IOException {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[" + code + "]").contains("m.schema:" + line).doesNotContain("internal error");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anImportOfADeviceIsRefusedAtTheImport() throws Exception {
        refused(generate("import \"/dev/zero\"\n\nentity A {\n  x int\n}\n"), "SC213", "1:8");
        Path fifo = tmp.resolve("pipe.schema");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        refused(generate("import \"pipe.schema\"\n\nentity A {\n  x int\n}\n"), "SC124", "1:8");
    }

    /**
     * A 120 KB line of 20,000 unknown attributes: each of its 20,000 errors quotes a window of the
     * line, not the line, and past 50 of one code they are counted; the report is kilobytes, not the
     * gigabytes (and the OutOfMemoryError) of quoting the whole line each time. (20,000 repeats of one
     * attribute are one SC313, at the first repeat.)
     */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aVeryLongLineGivesABoundedReport() throws IOException {
        var r = generate("entity A {\n  x int" + " @nope".repeat(20_000) + "\n}\n");
        refused(r, "SC310", "2:9");
        assertThat(r.err().length()).isLessThan(64 * 1024);
        assertThat(r.err()).contains("note: 19,950 more SC310 not shown").contains("20000 errors");
        var repeated = generate("entity A {\n  x int" + " @index".repeat(20_000) + "\n}\n");
        refused(repeated, "SC313", "2:16");
        assertThat(repeated.err()).contains("1 error,");
    }

    @Test
    void anImportOfAFolderIsRefusedAtTheImport() throws IOException {
        Files.createDirectory(tmp.resolve("sub"));
        refused(generate("entity A {\n  x int\n}\nimport \"sub\"\n"), "SC213", "4:8");
        Files.createDirectory(tmp.resolve("sub.schema"));
        var r = generate("entity A {\n  x int\n}\nimport \"sub.schema\"\n");
        refused(r, "SC124", "4:8");
        // The help speaks of the import, not of the command line's files and `-`.
        assertThat(r.err()).contains("help: an import names one .schema file").doesNotContain("standard input");
    }

    /**
     * An import names model files only: a secret elsewhere on the machine (the environment, the
     * password file, through a path that climbs out or a link named like a model) is refused at the
     * import before it is read, and no diagnostic, in any format, quotes a line of it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/proc/self/environ", "../../../../../../../../../etc/passwd", "/etc/hostname", "link.schema"})
    void anImportOfAFileThatIsNoModelIsRefusedUnread(String path) throws Exception {
        Files.createSymbolicLink(tmp.resolve("link.schema"), Path.of("/etc/passwd"));
        String model = "import \"" + path + "\"\n\nentity A {\n  x int\n}\n";
        Path m = Files.writeString(tmp.resolve("m.schema"), model, StandardCharsets.UTF_8);
        var check = Cli.run("check", "--color", "never", m.toString());
        assertThat(check.code()).isEqualTo(Main.INPUT_ERRORS);
        String said = path.equals("link.schema") ? "import `link.schema` leads to `/etc/passwd`, not a .schema file"
                : "import `" + path + "` does not name a .schema file";
        assertThat(check.err()).contains("error[SC213]: " + said + "; it was not read\n  --> " + m + ":1:8");
        var sarif = Cli.run("check", "--format", "sarif", m.toString());
        var json = Cli.run("check", "--format", "json", m.toString());
        for (String out : List.of(check.out() + check.err(), sarif.out() + sarif.err(), json.out() + json.err())) {
            assertThat(out).doesNotContain("root:").doesNotContain("PATH=").doesNotContain("HOME=");
        }
        refused(generate(model), "SC213", "1:8");
    }

    /** A model split over folders imports its parts with relative paths, upwards too. */
    @Test
    void aRelativeImportOfAModelFileWorks() throws IOException {
        Path common = Files.createDirectories(tmp.resolve("common"));
        Path app = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(common.resolve("types.schema"), "/// A tag.\nenum Tag {\n  red\n  blue\n}\n");
        Path m = Files.writeString(app.resolve("m.schema"), "import \"../common/types.schema\"\n\n/// A thing.\nentity A {\n"
                + "  id int @id\n  tag Tag\n}\n");
        var r = Cli.run("check", "--color", "never", m.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("SC213").doesNotContain("SC200");
    }

    /**
     * A file that is not UTF-8 is refused at its first bad byte (line and column in characters of
     * what comes before it, after CR LF lines and a character beyond the Basic Multilingual Plane),
     * in the file that holds it, not at 1:1 and not in the file that imports it.
     */
    @Test
    void aBadByteIsRefusedWhereItIsInTheFileThatHoldsIt() throws IOException {
        byte[] part = "/// Caf\u00e9s \ud83d\ude00.\r\nentity Cafe {\r\n  id int @id\r\n  name string(20) = \"Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(part, part.length + 4);
        System.arraycopy(new byte[] {(byte) 0xe9, '"', '\r', '\n'}, 0, bytes, part.length, 4);
        Files.write(tmp.resolve("part.schema"), bytes);
        var r = generate("import \"part.schema\"\n\nentity A {\n  id int @id\n}\n");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC105]: file is not UTF-8 text: malformed UTF-8 sequence\n  --> "
                + tmp.resolve("part.schema") + ":4:25\n").doesNotContain("m.schema:").doesNotContain("internal error");
        assertThat(tmp.resolve("out")).doesNotExist();
        // A settings file is read by the same decoder.
        Files.write(tmp.resolve("schemac.toml"), new byte[] {'o', 'u', 't', ' ', '=', ' ', '"', (byte) 0xff, '"', '\n'});
        var settings = Cli.run("check", "--color", "never", "--settings", tmp.resolve("schemac.toml").toString(),
                Files.writeString(tmp.resolve("ok.schema"), "entity A {\n  id int @id\n}\n").toString());
        assertThat(settings.err()).contains("error[SC105]: file is not UTF-8 text: malformed UTF-8 sequence\n  --> "
                + tmp.resolve("schemac.toml") + ":1:8\n");
    }

    /**
     * Trojan Source in a comment of an imported file: a bidirectional control, or a line separator
     * that shows the rest of a {@code //} comment as a line of code the compiler never reads, is
     * SC109 at the character, in the imported file.
     */
    @Test
    void aCommentThatDisplaysAsOtherCodeIsRefusedInTheFileThatHoldsIt() throws IOException {
        Files.writeString(tmp.resolve("part.schema"), "entity B {\n  id int @id // admin\u2028  role string(20) = \"admin\"\n"
                + "  /* \u202e } */ note string(20)\n}\n");
        var r = generate("import \"part.schema\"\n\nentity A {\n  id int @id\n}\n");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        String part = tmp.resolve("part.schema").toString();
        assertThat(r.err()).contains("error[SC109]: a comment holds U+2028 (LINE SEPARATOR): a `//` comment ends only at "
                        + "the end of its line, so the text after this line separator reads as a line of the model in an "
                        + "editor, and the compiler never reads it\n  --> " + part + ":2:22\n")
                .contains("error[SC109]: a comment holds U+202E (RIGHT-TO-LEFT OVERRIDE): a bidirectional control makes "
                        + "the code around it display as other than it is\n  --> " + part + ":3:6\n")
                .doesNotContain("m.schema:");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aCheckBeyondTheTypesRangeIsAValueError() throws IOException {
        refused(generate("entity A {\n  x double @check(> 1e400)\n}\n"), "SC520", "2:");
        refused(generate("entity A {\n  x int @check(< 99999999999)\n}\n"), "SC520", "2:");
    }

    @Test
    void aHugeRepetitionIsRefusedBeforeTheSampleGeneratorSeesIt() throws IOException {
        refused(generate("entity A {\n  x string(20) @pattern(\"x{2000000000}\")\n}\n"), "SC531", "2:");
        // Nested counts within the bound multiply; the generator abandons such a sample instead of building it.
        var r = generate("entity A {\n  x text @pattern(\"((x{255}){255}){255}\")\n}\n");
        assertThat(r.err()).doesNotContain("internal error");
        assertThat(r.code()).isBetween(0, 1);
    }

    @Test
    void impossibleDatesTimesAndJsonAreValueErrors() throws IOException {
        refused(generate("entity A {\n  d date = \"2024-02-30\"\n}\n"), "SC520", "2:");
        refused(generate("entity A {\n  t time = \"99:99\"\n}\n"), "SC520", "2:");
        refused(generate("entity A {\n  j json = \"{not json\"\n}\n"), "SC520", "2:");
        refused(generate("entity A {\n  n double = 1e400\n}\n"), "SC520", "2:");
    }

    /** A terminal escape in the source is shown, not sent: the excerpt of the line carries no control character. */
    @Test
    void diagnosticsNeverPrintControlCharactersFromTheSource() throws IOException {
        var r = generate("entity A {\n  x int @nope // \u001b[2J\u001b]0;title\u0007 \u202e gnp.exe\n}\n");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("m.schema:2:");
        assertThat(r.err().codePoints().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))).as(r.err()).isEmpty();
    }

    @Test
    void aLongFeatureOrSchemaNameIsACheckError() throws IOException {
        refused(generate("schema s {\n  feature = \"" + "f".repeat(300) + "\"\n}\nentity A {\n  x int\n}\n"), "SC203", "2:");
        refused(generate("schema " + "s".repeat(300) + " {\n}\nentity A {\n  x int\n}\n"), "SC510", "1:8");
    }

    @Test
    void namesEqualAfterCaseFoldingAreRefused() throws IOException {
        refused(generate("entity A {\n  total int\n  Total int\n}\n"), "SC511", "3:");
        refused(generate("enum E {\n  A @map(\"x\")\n  B @map(\"X\")\n}\n"), "SC512", "3:");
    }

    @Test
    void aFailedRunLeavesAnExistingOutputFolderAsItWas() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Path m = Files.writeString(tmp.resolve("m.schema"), "entity A {\n  d date = \"2023-02-29\"\n}\n");
        var r = Cli.run("generate", "--color", "never", "-o", out.toString(), m.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(out.resolve("keep.txt"));
        }
    }
}
