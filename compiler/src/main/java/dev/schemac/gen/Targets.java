package dev.schemac.gen;

import dev.schemac.compile.Compilation;
import dev.schemac.diag.Diagnostic;
import dev.schemac.output.MemoryOutput;
import java.util.ArrayList;
import java.util.Collection;
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

    /** Chooses every target. */
    public static final String ALL = "all";
    /** Chooses no target (compile and check only). */
    public static final String NONE = "none";

    /** Targets chosen by name, in the order first named, and the names that are no target. */
    public record Selection(List<Target> chosen, List<String> unknown) {}

    /**
     * The one vocabulary for choosing targets, shared by {@code generate --target} and the
     * processor's {@code -Aschemac.targets}: target names, {@code all} (every target) and
     * {@code none} (nothing); blanks are ignored, repeats count once.
     */
    public static Selection select(Collection<String> names) {
        var all = all();
        var chosen = new LinkedHashMap<String, Target>();
        var unknown = new ArrayList<String>();
        for (String raw : names) {
            String n = raw.strip();
            if (n.isEmpty() || n.equals(NONE)) continue;
            if (n.equals(ALL)) {
                all.forEach(t -> chosen.putIfAbsent(t.name(), t));
                continue;
            }
            var t = all.stream().filter(x -> x.name().equals(n)).findFirst();
            if (t.isPresent()) chosen.putIfAbsent(n, t.get());
            else unknown.add(n);
        }
        return new Selection(List.copyOf(chosen.values()), List.copyOf(unknown));
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
            // What check already reported (dialect limits run there too) is not said again.
            for (Diagnostic d : ctx.reported()) if (!diags.contains(d) && !c.diagnostics().contains(d)) diags.add(d);
        }
        diags.sort(dev.schemac.diag.Diagnostics.ORDER);
        boolean errors = diags.stream().anyMatch(Diagnostic::isError);
        return new Result(errors ? Map.of() : new LinkedHashMap<>(out.files()), diags, errors ? Map.of() : owners);
    }
}
