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
 * `generate` holds its output folder's lock (the mechanism `migrate` holds its history with)
 * from reading the manifest to committing the new one: a run that finds it held stops with
 * SC136 and writes nothing, and two runs at once keep every manifest entry.
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
            assertThat(r.err()).contains("error[SC136]: another `schemac generate` is writing this output folder (it holds "
                    + "`.schemac-lock`)\n  --> " + lockFile + ":1:1")
                    .contains("= help: let it finish, then run generate again; two runs at once would lose each other's manifest entries");
            assertThat(tree(out)).isEqualTo(before);
            var check = Cli.run("generate", model.toString(), "-t", "sqlite,java", "-o", out.toString(), "--check");
            assertThat(check.err()).as("--check writes nothing and takes no lock").doesNotContain("SC136");
        }
        Files.delete(lockFile);
        assertThat(Cli.run("generate", model.toString(), "-t", "sqlite,java", "-o", out.toString()).code()).isZero();
        assertThat(lockFile).doesNotExist();
        assertThat(tree(out).keySet()).noneMatch(p -> p.startsWith(".schemac-lock"));
    }

    @Test
    void twoRunsAtOnceKeepEveryManifestEntry() throws Exception {
        Path model = model();
        Path out = tmp.resolve("gen");
        for (int round = 0; round < 4; round++) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var start = new java.util.concurrent.CountDownLatch(1);
            try {
                var a = pool.submit(() -> { start.await(); return Cli.run("generate", model.toString(), "-t", "java", "-o", out.toString()); });
                var b = pool.submit(() -> { start.await(); return Cli.run("generate", model.toString(), "-t", "mongo", "-o", out.toString()); });
                start.countDown();
                for (var r : java.util.List.of(a.get(), b.get())) {
                    assertThat(r.code() == 0 || r.err().contains("error[SC136]")).as(r.err()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        // Whatever the interleaving, each file on disk is named in the manifest: none is lost to a stale read.
        String manifest = Files.readString(out.resolve(".schemac-manifest"));
        for (String rel : tree(out).keySet()) {
            if (rel.equals(".schemac-manifest")) continue;
            assertThat(manifest).as(rel).contains(rel);
        }
        assertThat(out.resolve(".schemac-lock")).doesNotExist();
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
