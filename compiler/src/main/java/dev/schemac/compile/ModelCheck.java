package dev.schemac.compile;

import dev.schemac.analysis.Analyses;
import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Model;
import java.util.List;

/**
 * A phase that runs on a model that resolved and lowered cleanly: design and normal-form
 * rules. Implementations are found with ServiceLoader (register with {@code @AutoService}).
 */
public interface ModelCheck {

    /** What a check found: diagnostics, and the analyses it computed (null if it computes none). */
    record Findings(List<Diagnostic> diagnostics, Analyses analyses) {
        public static Findings of(List<Diagnostic> diagnostics) { return new Findings(diagnostics, null); }
    }

    Findings run(Model model, Catalog catalog);

    /**
     * For the chosen targets, by name (null: every target). A check about what one target does
     * with the model overrides this and stays silent for targets not chosen.
     */
    default Findings run(Model model, Catalog catalog, java.util.Set<String> targets) {
        return run(model, catalog);
    }
}
