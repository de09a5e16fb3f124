package dev.schemac.compile;

import dev.schemac.analysis.Analyses;
import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Model;
import java.util.List;

/**
 * The result of compiling a model: the resolved Model and its Catalog (both null when the
 * input has errors), every diagnostic in source order, and what the checks computed about
 * the model (null when they did not run: an error before them, or no check that computes
 * them registered), so documents can report it without running anything again.
 */
public record Compilation(Model model, Catalog catalog, List<Diagnostic> diagnostics, Analyses analyses) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The same compilation without the analyses, for work that does not read them (they are then garbage). */
    public Compilation withoutAnalyses() {
        return analyses == null ? this : new Compilation(model, catalog, diagnostics, null);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
