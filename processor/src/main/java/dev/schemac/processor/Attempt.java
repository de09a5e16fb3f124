package dev.schemac.processor;

import java.util.function.Supplier;

/**
 * Work done ahead of the moment its value is needed, whose failure waits for that moment: a
 * compilation with errors never asks for the value, and then never sees the failure, as when
 * the work only ran once the compilation was known to have none.
 */
final class Attempt<T> {
    private final T value;
    private final RuntimeException failed;
    private final Error broke;

    private Attempt(T value, RuntimeException failed, Error broke) {
        this.value = value;
        this.failed = failed;
        this.broke = broke;
    }

    /** Runs the work now; what leaves the JVM unusable is thrown at once, as everywhere in the processor. */
    static <T> Attempt<T> of(Supplier<T> work) {
        try {
            return new Attempt<>(work.get(), null, null);
        } catch (RuntimeException e) {
            return new Attempt<>(null, e, null);
        } catch (Error e) {
            Failures.rethrowIfFatal(e);
            return new Attempt<>(null, null, e);
        }
    }

    /** The value; or the work's failure, thrown now. */
    T get() {
        if (failed != null) throw failed;
        if (broke != null) throw broke;
        return value;
    }
}
