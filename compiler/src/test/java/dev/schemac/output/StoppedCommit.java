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
 */
public final class StoppedCommit {
    private StoppedCommit() {}

    public static void main(String[] args) throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CommitWindow.enter();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping");
            System.out.flush();
        }));
        System.out.println("entered");
        System.out.flush();
        in.readLine();
        Files.writeString(Path.of(args[0]), "committed\n");
        CommitWindow.exit();
        Thread.sleep(Long.MAX_VALUE); // stopped by the signal, once the window is closed
    }
}
