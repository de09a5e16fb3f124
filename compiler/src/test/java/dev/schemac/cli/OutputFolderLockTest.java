package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer of an output folder holds its lock (the mechanism `migrate` holds its history with)
 * from reading the manifest to committing the new one: a run that finds it held, by this process
 * or another, stops with SC136 and writes nothing.
 */
class OutputFolderLockTest {
    @TempDir
    Path tmp;

    private Path model() throws IOException {
        var b = new StringBuilder("schema m { title = \"M\" }\n");
        for (int i = 0; i < 60; i++) b.append("/// Thing ").append(i).append(".\nentity Thing").append(i).append(" {\n  name string(100)\n}\n");
        return Files.writeString(tmp.resolve("m.schema"), b.toString());
    }

    private TreeMap<String, String> tree(Path dir) throws IOException {
        var m = new TreeMap<String, String>();
        if (!Files.exists(dir)) return m;
        try (var w = Files.walk(dir)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) m.put(dir.relativize(p).toString(), Files.readString(p));
        }
        return m;
    }

    @Test
    void aRunThatFindsTheFolderLockedWritesNothing() throws Exception {
        Path model = model();
        Path out = tmp.resolve("gen");
        assertThat(Cli.run("generate", model.toString(), "-t", "sqlite", "-o", out.toString()).code()).isZero();
        Path lockFile = out.resolve(".schemac-lock");
        try (var ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE); var held = ch.lock()) {
            var before = tree(out);
            var r = Cli.run("generate", model.toString(), "-t", "sqlite,java", "-o", out.toString(), "--color", "never");
            assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(r.err()).contains("error[SC136]: another schemac run is writing this output folder (it holds "
                    + "`.schemac-lock`)\n  --> " + lockFile + ":1:1")
                    .contains("= help: let it finish (`generate`, `migrate`, the Maven plugin or the annotation processor), then run "
                            + "this again; two runs at once would lose each other's files or manifest entries; nothing was written");
            assertThat(tree(out)).isEqualTo(before);
            var check = Cli.run("generate", model.toString(), "-t", "sqlite,java", "-o", out.toString(), "--check");
            assertThat(check.err()).as("--check writes nothing and takes no lock").doesNotContain("SC136");
        }
        Files.delete(lockFile);
        assertThat(Cli.run("generate", model.toString(), "-t", "sqlite,java", "-o", out.toString()).code()).isZero();
        assertThat(lockFile).doesNotExist();
        assertThat(tree(out).keySet()).noneMatch(p -> p.startsWith(".schemac-lock"));
    }

    /** A process of its own holding the folder's locks, as a run of `generate` holds them: see {@link LockHolder}. */
    private static Process holder(Path out, Path history) throws IOException {
        String jvm = ProcessHandle.current().info().command().orElse("java");
        var cmd = new java.util.ArrayList<>(java.util.List.of(jvm, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), out.toString()));
        if (history != null) cmd.add(history.toString());
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String firstLine(Process p) throws IOException {
        return new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)).readLine();
    }

    /**
     * Another process holds the folder's lock (a run in the middle of writing): every writer of the
     * folder stops with SC136 and writes nothing, `generate` and `migrate` alike; once it lets go,
     * they run. Without the lock each of them would write here while the other process does.
     */
    @Test
    void anotherProcessHoldingTheLockStopsEveryWriter() throws Exception {
        Path model = model();
        Path out = tmp.resolve("gen");
        assertThat(Cli.run("generate", model.toString(), "-t", "sqlite,migrations", "-o", out.toString()).code()).isZero();
        Files.writeString(model, Files.readString(model).replace("entity Thing0 {\n", "entity Thing0 {\n  note text?\n"));
        var before = tree(out);
        Process other = holder(out, null);
        try {
            assertThat(firstLine(other)).isEqualTo("held");
            for (var args : java.util.List.of(
                    new String[] {"generate", model.toString(), "-t", "sqlite", "-o", out.toString(), "--color", "never"},
                    new String[] {"generate", model.toString(), "-t", "java", "-o", out.toString(), "--color", "never"},
                    new String[] {"migrate", model.toString(), "-o", out.toString(), "--name", "note", "--timestamp", "20260102000000",
                            "--color", "never"})) {
                var r = Cli.run(args);
                assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
                assertThat(r.err()).contains("error[SC136]: another schemac run is writing this output folder (it holds `.schemac-lock`)");
                var now = tree(out);
                now.remove(".schemac-lock");
                assertThat(now).isEqualTo(before);
            }
            assertThat(Cli.run("generate", model.toString(), "-t", "sqlite", "-o", out.toString(), "--check").err())
                    .as("--check writes nothing and takes no lock").doesNotContain("SC136");
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
        assertThat(other.exitValue()).isZero();
        assertThat(out.resolve(".schemac-lock")).as("the holder made it and removed it").doesNotExist();
        var r = Cli.run("migrate", model.toString(), "-o", out.toString(), "--name", "note", "--timestamp", "20260102000000");
        assertThat(r.code()).as(r.err()).isZero();
    }

    /**
     * The other way round: this process holds the folder's and the history's locks, and a real
     * `schemac generate` process is refused (SC136) and writes nothing; the history's lock alone
     * refuses a run that writes migrations (SC568). Once they are free, the process writes.
     */
    @Test
    void aGenerateProcessFindsTheLockThisProcessHolds() throws Exception {
        Path model = model();
        Path out = tmp.resolve("gen");
        var cmd = new java.util.ArrayList<>(Cli.javaCommand());
        cmd.addAll(java.util.List.of("generate", model.toString(), "-t", "sqlite,migrations", "-o", out.toString(), "--color", "never"));
        try (var held = dev.schemac.output.OutputLocks.take(java.util.List.of(out), out.resolve("migrations"))) {
            assertThat(held.problem()).isNull();
            var r = Cli.exec(tmp, cmd);
            assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(r.err()).contains("error[SC136]: another schemac run is writing this output folder");
            assertThat(tree(out).keySet()).containsExactlyInAnyOrder(".schemac-lock", "migrations/.lock");
        }
        Process other = holder(out.resolveSibling("elsewhere"), out.resolve("migrations"));
        try {
            assertThat(firstLine(other)).isEqualTo("held");
            var r = Cli.exec(tmp, cmd);
            assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(r.err()).contains("error[SC568]");
            assertThat(tree(out).keySet()).containsExactly("migrations/.lock");
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
        var r = Cli.exec(tmp, cmd);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("sql/sqlite/schema.sql")).exists();
        assertThat(tree(out).keySet()).noneMatch(p -> p.endsWith("lock"));
    }

    @Test
    void aFailedFirstRunLeavesNoFolderBehind() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.schema"), "entity X {\n  a Nope\n}\n");
        Path out = tmp.resolve("new/nested");
        var r = Cli.run("generate", bad.toString(), "-t", "sqlite", "-o", out.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(tmp.resolve("new")).doesNotExist();
    }
}
