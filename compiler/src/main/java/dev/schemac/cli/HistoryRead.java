package dev.schemac.cli;

import dev.schemac.cli.args.UsageError;
import dev.schemac.diag.Diagnostic;
import dev.schemac.evolve.History;
import dev.schemac.evolve.HistoryFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The migration history under an output folder (left alone: the migrations target only
 * compares against it), its files and what they verify to. It is read on a thread of its own
 * while the model compiles, as neither needs the other; a compilation that fails never asks.
 */
record HistoryRead(TreeMap<String, String> files, History history, List<Diagnostic> unreadable) {

    /** Reads under {@code dir}: the files that can be read, and a diagnostic at each that cannot. */
    private static HistoryRead read(Path dir) throws IOException {
        var unreadable = new ArrayList<Diagnostic>();
        var files = HistoryFolder.files(dir, unreadable);
        return new HistoryRead(files, History.read(files), List.copyOf(unreadable));
    }

    /** The history under {@code dir}, read now; a folder that cannot be walked is a usage error, a file that cannot be read a diagnostic. */
    static HistoryRead of(Path dir) {
        try {
            return read(dir);
        } catch (IOException e) {
            throw unreadable(dir, e);
        }
    }

    /** Reading under {@code dir}; no folder (standard input without {@code --out}) has no history. */
    static Pending start(Path dir) {
        if (dir == null) {
            var none = new TreeMap<String, String>();
            return new Pending(dir, CompletableFuture.completedFuture(new HistoryRead(none, History.read(none), List.of())));
        }
        var reading = new CompletableFuture<HistoryRead>();
        var th = new Thread(() -> {
            try {
                reading.complete(read(dir));
            } catch (IOException e) {
                reading.completeExceptionally(new UncheckedIOException(e));
            } catch (Throwable t) {
                reading.completeExceptionally(t);
            }
        }, "schemac-history");
        th.setDaemon(true);
        th.start();
        return new Pending(dir, reading);
    }

    private static UsageError unreadable(Path dir, IOException e) {
        return new UsageError("cannot read the migration history under " + dir + ": " + e.getMessage());
    }

    /** A history being read under {@code dir}. */
    record Pending(Path dir, CompletableFuture<HistoryRead> read) {
        /** The history, or what reading it threw, as if it had been read on the caller's thread ({@link #of}). */
        HistoryRead join() {
            try {
                return read.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) throw unreadable(dir, io.getCause());
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw e;
            }
        }
    }
}
