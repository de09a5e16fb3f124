package dev.schemac.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process told to stop (SIGTERM here, as Ctrl-C's SIGINT) while a commit moves files into place
 * ends only once the commit has: the step after the signal still happens. The staging folder a
 * killed run leaves is removed by the next run that holds the folder's lock.
 */
class StoppedRunTest {
    @TempDir
    Path tmp;

    @Test
    void aStopDuringACommitWaitsForItToEnd() throws Exception {
        Path marker = tmp.resolve("marker");
        String jvm = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(jvm, "-cp", System.getProperty("java.class.path"), StoppedCommit.class.getName(),
                marker.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try {
            assertThat(out.readLine()).isEqualTo("entered");
            p.toHandle().destroy(); // the signal alone: Process.destroy() would close our ends of its pipes too
            // The process is shutting down now; the commit goes on only after that.
            assertThat(out.readLine()).isEqualTo("stopping");
            p.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
            p.waitFor();
        } finally {
            p.destroyForcibly();
        }
        assertThat(marker).as("the commit finished before the process ended").hasContent("committed");
    }

    @Test
    void aStopBeforeACommitKeepsTheCommitFromStarting() throws Exception {
        Path file = java.nio.file.Files.writeString(tmp.resolve("schema.sql"), "old\n");
        String jvm = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(jvm, "-cp", System.getProperty("java.class.path"), StoppedCommit.class.getName(),
                "before", file.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try {
            assertThat(out.readLine()).isEqualTo("ready");
            p.toHandle().destroy();
            // A hang guard only: the window's hook, registered when the run began, closes it at the stop.
            assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as("the process ended").isTrue();
            assertThat(out.readLine()).isEqualTo("writing `" + file.toAbsolutePath() + "` did not start: the run is being stopped");
        } finally {
            p.destroyForcibly();
        }
        assertThat(file).as("nothing was touched").hasContent("old");
        assertThat(java.nio.file.Files.list(tmp).map(f -> f.getFileName().toString())).containsExactly("schema.sql");
    }

    @Test
    void aClosingWindowRefusesACommitAndOneUnderWayIsWaitedFor() throws Exception {
        var window = new CommitWindow();
        Path kept = java.nio.file.Files.writeString(tmp.resolve("kept.sql"), "old\n");
        var under = new FileTransaction(tmp, window).write(tmp.resolve("a.sql"), "a\n");
        assertThat(window.enter()).isTrue(); // a commit under way: close() must wait for its exit
        var closer = new Thread(window::close);
        closer.start();
        while (!window.closing()) Thread.onSpinWait();
        assertThat(closer.isAlive()).as("close waits for the commit under way").isTrue();
        var refused = new FileTransaction(tmp, window).write(kept, "new\n").delete(tmp.resolve("a.sql")).commit();
        assertThat(refused.failed()).isTrue();
        assertThat(refused.failure().code()).isEqualTo("SC133");
        assertThat(refused.failure().help()).isEqualTo("nothing was written; run again to write the outputs");
        assertThat(kept).hasContent("old");
        window.exit();
        closer.join();
        assertThat(under.commit().failed()).as("a transaction of a closed window").isTrue();
        assertThat(tmp.resolve("a.sql")).doesNotExist();
    }

    @Test
    void theNextRunRemovesTheStagingFolderAKilledRunLeft() throws Exception {
        Path model = java.nio.file.Files.writeString(tmp.resolve("m.schema"), "entity User {\n  email string(255) @unique\n}\n");
        Path out = tmp.resolve("out");
        Path left = java.nio.file.Files.createDirectories(out.resolve(".schemac-stage-0a1b2c/sql/sqlite"));
        java.nio.file.Files.writeString(left.resolve("schema.sql"), "half\n");
        Path mine = java.nio.file.Files.createDirectories(out.resolve(".schemac-stage-notes"));
        var check = dev.schemac.cli.Cli.run("generate", model.toString(), "-t", "sqlite", "-o", out.toString(), "--check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(out.resolve(".schemac-stage-0a1b2c")).as("--check writes nothing, removes nothing").exists();
        var r = dev.schemac.cli.Cli.run("generate", model.toString(), "-t", "sqlite", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve(".schemac-stage-0a1b2c")).doesNotExist();
        assertThat(mine).as("not a name schemac stages under").exists();
        assertThat(out.resolve("sql/sqlite/schema.sql")).content().startsWith("-- Schema for SQLite");
    }
}
