package dev.schemac.memo;

import java.lang.ref.SoftReference;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A value made once for the last inputs asked about, for what several targets of one run need
 * alike and ask for at the same time: the first caller makes it, a caller at the same time waits
 * for it, a failure reaches each of them and is not kept. Only the last inputs' value is kept,
 * softly: a long-lived JVM (javac running the processor, a build daemon) lets it go when memory
 * is short.
 *
 * @param <K> the inputs, compared by the given test (a model or catalog by identity: they are immutable)
 */
public final class LastOnly<K, V> {
    private record Held<K, V>(K inputs, CompletableFuture<V> value) {}

    private final BiPredicate<K, K> same;
    private SoftReference<Held<K, V>> last = new SoftReference<>(null);

    public LastOnly(BiPredicate<K, K> same) {
        this.same = same;
    }

    /** The value for these inputs: the last one made if it was made for the same inputs, else {@code make}'s. */
    public V get(K inputs, Function<K, V> make) {
        Held<K, V> held;
        boolean mine = false;
        synchronized (this) {
            held = last.get();
            if (held == null || !same.test(held.inputs(), inputs)) {
                held = new Held<>(inputs, new CompletableFuture<>());
                last = new SoftReference<>(held);
                mine = true;
            }
        }
        if (mine) {
            try {
                held.value().complete(make.apply(inputs));
            } catch (RuntimeException | Error e) {
                held.value().completeExceptionally(e);
                synchronized (this) {
                    if (last.get() == held) last = new SoftReference<>(null);
                }
                throw e;
            }
        }
        return Futures.join(held.value());
    }
}
