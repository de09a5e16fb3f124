package dev.schemac.processor;

import java.util.function.Supplier;

/**
 * The Java sources and the resources rendered at the same time: the Java target beside the
 * target pool's work, instead of before it, while javac waits for both. Each result is what
 * its run alone gives; a run that throws ends the processor's work with its own exception,
 * the sources' first, as when they ran one after the other.
 */
final class Rendering {
    private Rendering() {}

    /** What the two runs gave. */
    record Both<T>(T sources, T resources) {}

    /** {@code serially}: one of them is empty, and a thread would only cost its start. */
    static <T> Both<T> both(boolean serially, Supplier<T> sources, Supplier<T> resources) {
        if (serially) {
            T first = sources.get();
            return new Both<>(first, resources.get());
        }
        var first = Background.start("schemac-java-target", sources);
        T second;
        try {
            second = resources.get();
        } catch (RuntimeException | Error e) {
            first.join();
            throw e;
        }
        return new Both<>(first.join(), second);
    }

}
