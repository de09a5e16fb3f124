package dev.schemac.gen;

import dev.schemac.compile.Compilation;
import dev.schemac.diag.Diagnostic;
import dev.schemac.output.MemoryOutput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The registry of targets, and running a selection of them into memory. */
public final class Targets {
    private Targets() {}

    public static List<Target> all() {
        var out = new ArrayList<Target>();
        ServiceLoader.load(Target.class, Targets.class.getClassLoader()).forEach(out::add);
        out.sort(Comparator.comparing(Target::name));
        return out;
    }

    public static Optional<Target> byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * The files of the chosen targets and what they reported; on any error the files are empty.
     * {@code owners} names the target that wrote each file (output folders keep it in their manifest).
     */
    public record Result(Map<String, String> files, List<Diagnostic> diagnostics, Map<String, String> owners) {
        public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
    }

    public static Result run(Compilation c, List<Target> targets, TargetOptions options) {
        var out = new MemoryOutput();
        var diags = new ArrayList<Diagnostic>();
        var owners = new LinkedHashMap<String, String>();
        for (Target t : targets) {
            var ctx = new TargetContext(c, options);
            t.generate(ctx, out);
            for (String path : out.files().keySet()) owners.putIfAbsent(path, t.name());
            // Targets that render the same dialect (sql, migrations) report its limits alike: one problem, said once.
            for (Diagnostic d : ctx.reported()) if (!diags.contains(d)) diags.add(d);
        }
        diags.sort(dev.schemac.diag.Diagnostics.ORDER);
        boolean errors = diags.stream().anyMatch(Diagnostic::isError);
        return new Result(errors ? Map.of() : new LinkedHashMap<>(out.files()), diags, errors ? Map.of() : owners);
    }
}
