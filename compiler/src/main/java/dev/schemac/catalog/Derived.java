package dev.schemac.catalog;

import dev.schemac.memo.Futures;
import dev.schemac.memo.LastOnly;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values worked out from one catalog that several targets of a run need alike (a dialect's
 * create script, the document and key-value designs), made once for all of them: the first
 * caller makes a value, a caller at the same time waits for it. Only the last catalog's values
 * are kept (the catalog by identity), softly, as {@link LastOnly} keeps its value. The values
 * are shared, so they are never changed.
 */
public final class Derived {
    private Derived() {}

    /** A value being made or made, and the object besides the catalog it was made from (by identity), or null. */
    private record Slot(Object from, CompletableFuture<Object> value) {}

    private static final LastOnly<Catalog, ConcurrentHashMap<Object, Slot>> LAST = new LastOnly<>((a, b) -> a == b);

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
        var values = LAST.get(catalog, c -> new ConcurrentHashMap<>());
        var mine = new Slot(from, new CompletableFuture<>());
        Slot slot = values.compute(key, (k, s) -> s != null && s.from() == from ? s : mine);
        if (slot == mine) {
            try {
                mine.value().complete(make.get());
            } catch (RuntimeException | Error e) {
                mine.value().completeExceptionally(e);
                values.remove(key, mine);
                throw e;
            }
        }
        return (V) Futures.join(slot.value());
    }
}
