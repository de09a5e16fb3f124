package dev.schemac.cli;

import dev.schemac.evolve.History;
import dev.schemac.evolve.HistoryFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The migration history under an output folder (left alone: the migrations target only
 * compares against it), its files and what they verify to. It is read on a thread of its own
 * while the model compiles, as neither needs the other; a compilation that fails never asks.
 */
record HistoryRead(TreeMap<String, String> files, History history) {

    /** Reading under {@code dir}; no folder (standard input without {@code --out}) has no history. */
    static Pending start(Path dir) {
        if (dir == null) {
            var none = new TreeMap<String, String>();
            return new Pending(CompletableFuture.completedFuture(new HistoryRead(none, History.read(none))));
        }
        var read = new CompletableFuture<HistoryRead>();
        var th = new Thread(() -> {
            try {
                var files = HistoryFolder.files(dir);
                read.complete(new HistoryRead(files, History.read(files)));
            } catch (IOException e) {
                read.completeExceptionally(new UncheckedIOException(e));
            } catch (Throwable t) {
                read.completeExceptionally(t);
            }
        }, "schemac-history");
        th.setDaemon(true);
        th.start();
        return new Pending(read);
    }

    /** A history being read. */
    record Pending(CompletableFuture<HistoryRead> read) {
        /** The history, or what reading it threw, as if it had been read on the caller's thread. */
        HistoryRead join() throws IOException {
            try {
                return read.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) throw io.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw e;
            }
        }
    }
}
