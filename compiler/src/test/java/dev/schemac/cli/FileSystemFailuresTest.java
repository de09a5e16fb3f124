package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way the file system can refuse a run ends as a coded diagnostic with exit 1 (never
 * exit 70 or a stack trace), and the output folder is left exactly as it was: all outputs of
 * a run are written or none is. The read-only and full file systems are real ones: a tmpfs
 * mounted in a user and mount namespace of its own ({@code unshare}), in which a real
 * schemac process runs.
 */
class FileSystemFailuresTest {
    @TempDir
    Path tmp;

    static final String MODEL = """
            schema shop {}

            entity User {
              email string(255) @unique @pii
              name  string(100)
            }
            """;

    Path model() throws IOException {
        return Files.writeString(tmp.resolve("shop.schema"), MODEL);
    }

    @Test
    void outNamingAFileWritesNothing() throws IOException {
        Path file = Files.writeString(tmp.resolve("out.txt"), "not a folder\n");
        var r = Cli.run("generate", "--color", "never", "-o", file.toString(), model().toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC130]: cannot write under `" + file + "`: it is a file, not a folder")
                .contains("--> " + file + ":1:1").doesNotContain("internal error");
        assertThat(file).content().isEqualTo("not a folder\n");
    }

    /**
     * A device or a pipe named as the output folder is said to be what it is, for every command that
     * writes a folder, and nothing opens it: listing a pipe as a folder would wait for a writer forever.
     */
    @Test
    void outNamingADeviceOrAPipeSaysWhatItIsAndWritesNothing() throws Exception {
        Path pipe = tmp.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        String m = model().toString();
        for (var c : new String[][] {{"/dev/null", "a character device"}, {pipe.toString(), "a pipe"}}) {
            for (var command : new String[][] {{"generate"}, {"generate", "--check"}, {"migrate", "--name", "x"}}) {
                var args = new java.util.ArrayList<>(java.util.List.of(command));
                args.addAll(java.util.List.of("--color", "never", "-o", c[0], m));
                var r = Cli.run(args.toArray(String[]::new));
                assertThat(r.code()).as(args + "\n" + r.err()).isEqualTo(Main.INPUT_ERRORS);
                assertThat(r.err()).as(args.toString())
                        .contains("error[SC130]: cannot write under `" + c[0] + "`: it is " + c[1] + ", not a folder")
                        .doesNotContain("internal error");
            }
        }
        assertThat(Files.isRegularFile(pipe) || Files.isDirectory(pipe)).isFalse();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("shop.schema", "pipe");
        }
    }

    @Test
    void aFileInTheWayOfAnOutputFolderWritesNothing() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("sql"), "in the way\n"); // sql/sqlite/schema.sql needs a folder here
        var r = Cli.run("generate", "--color", "never", "-t", "json,sqlite", "-o", out.toString(), model().toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC130]: cannot write under `" + out.resolve("sql") + "`");
        assertThat(out.resolve("json")).as("json was staged before sqlite failed, and rolled back").doesNotExist();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sql");
        }
    }

    @Test
    void aFileNameTooLongForTheFileSystemWritesNothing() throws IOException {
        // The schema's name and feature are bounded at check time (SC510, SC203); an entity's name is
        // bounded by its table's only, and @@map lifts that: its Java file name is 265 bytes.
        String entity = "E" + "e".repeat(259);
        Path m = Files.writeString(tmp.resolve("long.schema"), "schema shop { dialect = sqlite }\n\nentity " + entity
                + " {\n  email string(255) @pii\n  @@map(\"t\")\n}\n");
        Path out = tmp.resolve("out");
        assertThat(Cli.run("generate", "-t", "json", "-o", out.toString(), m.toString()).code()).isZero();
        String before = listing(out);
        var r = Cli.run("generate", "--color", "never", "-t", "json,java", "-o", out.toString(), m.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC131]: output file name `E" + "e".repeat(59) + "…")
                .contains("is too long for the file system (265 bytes)").doesNotContain("internal error");
        assertThat(listing(out)).isEqualTo(before);
    }

    /**
     * A name too long in the output folder itself is the folder's to shorten, not a model name's; a
     * path whose names each fit but which is past the system's whole-path limit is said as such,
     * not as a name "too long" at 250 bytes. Either way nothing is written.
     */
    @Test
    void anOutputFolderTooLongIsTheFoldersToShorten() throws IOException {
        Path m = Files.writeString(tmp.resolve("m.schema"), "entity User {\n  email string(255)\n}\n");
        String name = "x".repeat(300);
        var r = Cli.run("generate", "--color", "never", "-t", "json", "-o", tmp.resolve(name).resolve("sub").toString(), m.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC131]: output folder name `" + "x".repeat(60) + "…" + "x".repeat(10)
                        + "` is too long for the file system (300 bytes)\n")
                .contains("= help: choose an output folder (--out, or `out` in the settings file) whose names are at most 255 bytes "
                        + "each; nothing was written\n")
                .doesNotContain("model name");

        Path deep = tmp;
        for (int i = 0; i < 20; i++) deep = deep.resolve("y".repeat(250));
        var p = Cli.run("generate", "--color", "never", "-t", "json", "-o", deep.toString(), m.toString());
        assertThat(p.code()).as(p.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(p.err()).contains("error[SC131]: output path `").contains("bytes in all, though each name in it fits)\n")
                .contains("= help: choose an output folder with a shorter path (--out, or `out` in the settings file); "
                        + "nothing was written\n")
                .doesNotContain("(250 bytes)").doesNotContain("internal error");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("m.schema");
        }
    }

    @Test
    void aLongSchemaNameIsRefusedBeforeAnythingIsWritten() throws IOException {
        String name = "s".repeat(260);
        Path m = Files.writeString(tmp.resolve("long.schema"), "schema " + name + " {}\n\nentity User {\n  email string(255)\n}\n");
        Path out = tmp.resolve("out");
        var r = Cli.run("generate", "--color", "never", "-t", "json,java", "-o", out.toString(), m.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC510]: schema name `").contains("at most 100 characters").contains("long.schema:1:8");
        assertThat(out).doesNotExist();
    }

    @Test
    void aReadOnlyFileSystemWritesNothing() throws Exception {
        var r = inOwnTmpfs("64m", """
                schemac generate -t json -o "$FS/out" shop.schema >/dev/null 2>&1 || exit 9
                before=$(cd "$FS" && find . -printf '%p %s %m\\n' | sort; cat out/json/model.json | sha256sum)
                mount -o remount,ro "$FS"
                schemac generate --color never -o "$FS/out" shop.schema
                echo "exit=$?"
                after=$(cd "$FS" && find . -printf '%p %s %m\\n' | sort; cat out/json/model.json | sha256sum)
                [ "$before" = "$after" ] && echo "unchanged"
                """);
        assertThat(r.out()).contains("exit=1").contains("unchanged");
        assertThat(r.err()).contains("error[SC132]: cannot write `").contains("the file system is read-only")
                .doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void aFullDiskRollsBackEveryFileOfTheRun() throws Exception {
        // 96 KiB holds the json output (and the manifest) but not every target's.
        var r = inOwnTmpfs("96k", """
                schemac generate -t json -o "$FS/out" shop.schema >/dev/null 2>&1 || exit 9
                sed -i 's/string(100)/string(120)/' shop.schema
                before=$(cd "$FS" && find . -printf '%p %s %m\\n' | sort; cat out/json/model.json | sha256sum)
                schemac generate --color never -o "$FS/out" shop.schema
                echo "exit=$?"
                after=$(cd "$FS" && find . -printf '%p %s %m\\n' | sort; cat out/json/model.json | sha256sum)
                [ "$before" = "$after" ] && echo "unchanged"
                """);
        assertThat(r.out()).contains("exit=1").contains("unchanged");
        assertThat(r.err()).contains("error[SC133]: writing `").contains("failed: No space left on device")
                .doesNotContain("internal error");
    }

    @Test
    void aFileSystemThatMakesNoFilesIsNamedWithItsReason() throws IOException {
        // /proc makes no new files: Java says only the path (NoSuchFileException), which the
        // message must not repeat as if it were the reason.
        var r = Cli.run("generate", "--color", "never", "-t", "json", "-o", "/proc/schemac-out", model().toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC133]: writing `/proc/schemac-out")
                .contains("failed: no such file or folder (the file system made none there)")
                .doesNotContain("failed: /proc").doesNotContain("internal error");
    }

    @Test
    void aDeviceGivenAsInputIsRefusedBeforeItIsRead() {
        var r = Cli.run("check", "--color", "never", "/dev/zero");
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC124]: `/dev/zero` is a character device, not a regular file")
                .contains("--> /dev/zero:1:1");
    }

    @Test
    void anInputLargerThanTheBoundIsRefused() throws IOException {
        Path big = tmp.resolve("big.schema");
        try (var f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength((16L << 20) + 1); // sparse: no disk space needed
        }
        var r = Cli.run("check", "--color", "never", big.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(r.err()).contains("error[SC123]: `" + big + "` is 16777217 bytes; schemac reads at most 16777216");
    }

    @Test
    void anInternalErrorIsAShortReportWithAStableCodeAndExitTwo() {
        var err = new StringWriter();
        int code = Main.internalError(new IllegalStateException("written twice: a\u001b[2J"), new PrintWriter(err));
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString()).startsWith("error[SC139]: internal error: IllegalStateException: written twice: a\\u001B[2J (at ")
                .contains("= help: this is a bug in schemac").doesNotContain("\u001b").doesNotContain("\tat ");
    }

    @Test
    void everyExitCodeIsZeroOneOrTwo() throws IOException {
        Path m = model();
        for (String[] args : new String[][] {{"check", m.toString()}, {"check", "/nonexistent.schema"}, {"frobnicate"},
                {"generate", "--timestamp", "x", m.toString()}, {"fmt", tmp.toString()}, {"fmt", "/dev/null"},
                {"explain", "SC139"}, {"seed", "--rows", "99999", m.toString()}, {"generate", "-o", "/proc/version", m.toString()}}) {
            assertThat(Cli.run(args).code()).as(String.join(" ", args)).isBetween(0, 2);
        }
    }

    /**
     * Runs a script as root of a new user and mount namespace, with {@code $FS} a fresh tmpfs of
     * {@code size}; the model {@code shop.schema} is in the working folder. Fails (never skips)
     * when namespaces are not available: the test needs a real file system to refuse writes.
     */
    private Cli.Run inOwnTmpfs(String size, String script) throws Exception {
        model();
        Path fs = Files.createDirectory(tmp.resolve("fs"));
        String setup = "set -u\nFS='" + fs + "'\nmount -t tmpfs -o size=" + size + " none \"$FS\" || exit 8\n";
        var r = Cli.shell(tmp, "exec unshare --user --map-root-user --mount bash -c \"$(declare -f schemac); "
                + "$1\"", setup + script);
        assertThat(r.code()).as("the namespace script ran (8: no tmpfs, 9: setup failed)\n" + r.err()).isZero();
        return r;
    }

    private static String listing(Path dir) throws IOException {
        if (!Files.exists(dir)) return "(none)";
        try (var w = Files.walk(dir)) {
            var b = new StringBuilder();
            for (Path p : w.sorted().toList()) {
                b.append(dir.relativize(p)).append(Files.isRegularFile(p) ? " " + Files.readString(p).hashCode() : "/").append('\n');
            }
            return b.toString();
        }
    }
}
