package dev.schemac.memo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for a value another thread makes. */
public final class Futures {
    private Futures() {}

    /** The future's value; its failure thrown as itself (not wrapped), as if this thread had made it. */
    public static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
