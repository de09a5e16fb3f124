package dev.schemac.catalog;

import java.lang.ref.SoftReference;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values worked out from one catalog that several targets of a run need alike (a dialect's
 * create script, the document and key-value designs), made once for all of them: the first
 * caller makes a value, a caller at the same time waits for it. Only the last catalog's values
 * are kept (the catalog by identity), softly: a long-lived JVM (javac running the processor)
 * lets them go when memory is short. The values are shared, so they are never changed.
 */
public final class Derived {
    private Derived() {}

    /** A value being made or made, and the object besides the catalog it was made from (by identity), or null. */
    private record Slot(Object from, CompletableFuture<Object> value) {}

    private record Of(Catalog catalog, ConcurrentHashMap<Object, Slot> values) {}

    private static SoftReference<Of> last = new SoftReference<>(null);

    /** The value {@code make} gives for {@code catalog} and {@code key}, made once. */
    public static <V> V of(Catalog catalog, Object key, Supplier<V> make) {
        return of(catalog, null, key, make);
    }

    /**
     * The value {@code make} gives for {@code catalog}, {@code from} (the model the catalog was
     * lowered from, compared by identity, or null) and {@code key}, made once.
     */
    @SuppressWarnings("unchecked")
    public static <V> V of(Catalog catalog, Object from, Object key, Supplier<V> make) {
        Of of;
        synchronized (Derived.class) {
            of = last.get();
            if (of == null || of.catalog() != catalog) {
                of = new Of(catalog, new ConcurrentHashMap<>());
                last = new SoftReference<>(of);
            }
        }
        var mine = new Slot(from, new CompletableFuture<>());
        Slot slot = of.values().compute(key, (k, s) -> s != null && s.from() == from ? s : mine);
        if (slot == mine) {
            try {
                mine.value().complete(make.get());
            } catch (RuntimeException | Error e) {
                mine.value().completeExceptionally(e);
                of.values().remove(key, mine);
                throw e;
            }
        }
        try {
            return (V) slot.value().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
