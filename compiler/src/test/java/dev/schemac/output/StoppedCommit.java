package dev.schemac.output;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process of its own in the middle of a commit: {@code StoppedCommit MARKER}. It opens the
 * commit window and says {@code entered}; a shutdown hook of its own says {@code stopping} when
 * the process is told to stop; the commit then goes on when a line comes in on standard input,
 * writes {@code MARKER} and closes the window.
 *
 * <p>{@code StoppedCommit before FILE}: a run that has begun (its transaction made, writing
 * {@code FILE}) but not committed says {@code ready}; stopped then, its own shutdown hook waits
 * until the window is closing, commits and says {@code committed} or the failure's message.
 */
public final class StoppedCommit {
    private StoppedCommit() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("before")) {
            stopBeforeCommit(Path.of(args[1]));
            return;
        }
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CommitWindow.JVM.install();
        CommitWindow.JVM.enter();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping");
            System.out.flush();
        }));
        System.out.println("entered");
        System.out.flush();
        in.readLine();
        Files.writeString(Path.of(args[0]), "committed\n");
        CommitWindow.JVM.exit();
        Thread.sleep(Long.MAX_VALUE); // stopped by the signal, once the window is closed
    }

    private static void stopBeforeCommit(Path file) throws Exception {
        var tx = new FileTransaction(file.getParent()).write(file, "new\n");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Waits on the window's state, not on time: a window whose hook never runs leaves this hanging.
            while (!CommitWindow.JVM.closing()) Thread.onSpinWait();
            var outcome = tx.commit();
            System.out.println(outcome.failed() ? outcome.failure().message() : "committed");
            System.out.flush();
        }));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
