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

    /** The files of the chosen targets and what they reported; on any error the files are empty. */
    public record Result(Map<String, String> files, List<Diagnostic> diagnostics) {
        public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
    }

    public static Result run(Compilation c, List<Target> targets, TargetOptions options) {
        var out = new MemoryOutput();
        var diags = new ArrayList<Diagnostic>();
        for (Target t : targets) {
            var ctx = new TargetContext(c, options);
            t.generate(ctx, out);
            // Targets that render the same dialect (sql, migrations) report its limits alike: one problem, said once.
            // What check already reported (dialect limits run there too) is not said again.
            for (Diagnostic d : ctx.reported()) if (!diags.contains(d) && !c.diagnostics().contains(d)) diags.add(d);
        }
        diags.sort(dev.schemac.diag.Diagnostics.ORDER);
        boolean errors = diags.stream().anyMatch(Diagnostic::isError);
        return new Result(errors ? Map.of() : new LinkedHashMap<>(out.files()), diags);
    }
}
