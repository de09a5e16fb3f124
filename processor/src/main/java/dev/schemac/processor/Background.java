package dev.schemac.processor;

import dev.schemac.memo.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work on a thread of its own while javac's thread does something else: only what touches
 * none of javac's objects (they are javac's thread's alone). Whatever the work throws, an
 * {@link Error} included, ends its thread and is thrown by {@link #join}, as if the caller had
 * run the work itself: a failure becomes the processor's diagnostic, never a thread that
 * dies unseen while javac waits.
 */
final class Background<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background() {}

    /** Starts the work on a daemon thread: one left running never keeps javac's JVM alive. */
    static <T> Background<T> start(String name, Supplier<T> work) {
        var b = new Background<T>();
        var thread = new Thread(() -> {
            try {
                b.result.complete(work.get());
            } catch (Throwable t) {
                b.result.completeExceptionally(t);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return b;
    }

    /** The work's value once it is done; its failure thrown as itself. */
    T join() {
        return Futures.join(result);
    }
}
