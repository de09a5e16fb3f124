package dev.schemac.processor;

import dev.schemac.evolve.RenameHints;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetContext;
import dev.schemac.output.Output;

/**
 * A target for the processor's tests only: with option {@code renames.probe} it writes
 * {@code renames.txt}, the rename hints the migration diff gets from the model
 * ({@link RenameHints#of}), one per line; {@code renames.probe=files} adds the source file
 * each hint's span is in (for the processor, a file per Java type: its path ends with the
 * type's name). Without the option it writes nothing.
 */
public final class RenameHintsProbe implements Target {
    @Override public String name() { return "renames"; }

    @Override public String description() { return "test only: the rename hints of the model (renames.probe)"; }

    @Override public java.util.Map<String, String> options() { return java.util.Map.of("renames.probe", "names or files"); }

    @Override
    public java.util.List<dev.schemac.gen.OutputFile> files(TargetContext context) {
        return context.options().extra().containsKey("renames.probe")
                ? java.util.List.of(new dev.schemac.gen.OutputFile("renames.txt", context.model().settings().span()))
                : java.util.List.of();
    }

    @Override
    public void generate(TargetContext context, Output out) {
        String probe = context.options().extra().get("renames.probe");
        if (probe == null) return;
        var hints = RenameHints.of(context.model());
        var b = new StringBuilder();
        hints.entities().forEach((entity, h) -> b.append("entity ").append(entity).append(" <- ").append(h.from())
                .append(where(probe, h)).append('\n'));
        hints.fields().forEach((entity, fields) -> fields.forEach((field, h) -> b.append("field ").append(entity).append('.')
                .append(field).append(" <- ").append(h.from()).append(where(probe, h)).append('\n')));
        out.write("renames.txt", b.toString());
    }

    private static String where(String probe, RenameHints.Hint h) {
        return probe.equals("files") ? " in " + h.span().file().path() : "";
    }
}
