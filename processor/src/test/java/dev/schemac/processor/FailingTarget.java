package dev.schemac.processor;

import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.output.Output;

/**
 * A target that throws when asked to (option {@code boom.now}), to prove that a failure
 * anywhere behind the processor becomes a diagnostic rather than a javac crash. Registered
 * for the processor's tests only; without the option it writes nothing.
 */
public final class FailingTarget implements Target {
    @Override public String name() { return "boom"; }

    @Override public String description() { return "test only: throws when boom.now is set"; }

    @Override public java.util.Map<String, String> options() { return java.util.Map.of("boom.now", "throw"); }

    @Override public java.util.List<dev.schemac.gen.OutputFile> files(TargetContext context) { return java.util.List.of(); }

    @Override
    public void generate(TargetContext context, Output out) {
        if (context.options().extra().containsKey("boom.now")) throw new IllegalStateException("boom");
    }
}
