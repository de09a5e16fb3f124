package dev.schemac.gen;

import dev.schemac.catalog.Catalog;
import dev.schemac.compile.Compilation;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Model;
import java.util.ArrayList;
import java.util.List;

/** What a target reads (the compilation and the options) and where it reports problems. */
public final class TargetContext {
    private final Compilation compilation;
    private final TargetOptions options;
    private final List<Diagnostic> reported = new ArrayList<>();

    public TargetContext(Compilation compilation, TargetOptions options) {
        if (compilation.model() == null) throw new IllegalArgumentException("targets run on clean compilations only");
        this.compilation = compilation;
        this.options = options;
    }

    public Compilation compilation() { return compilation; }

    public Model model() { return compilation.model(); }

    public Catalog catalog() { return compilation.catalog(); }

    public TargetOptions options() { return options; }

    public void report(Diagnostic d) { reported.add(d); }

    public List<Diagnostic> reported() { return List.copyOf(reported); }
}
