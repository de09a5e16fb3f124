package dev.schemac.compile;

import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Model;
import java.util.List;
import java.util.Map;

/**
 * A phase that runs on a model that resolved and lowered cleanly: design and normal-form
 * rules. Implementations are found with ServiceLoader (register with {@code @AutoService}).
 */
public interface ModelCheck {

    /** What a check found: diagnostics, and analyses to keep in the compilation by key. */
    record Findings(List<Diagnostic> diagnostics, Map<String, Object> analyses) {
        public static Findings of(List<Diagnostic> diagnostics) { return new Findings(diagnostics, Map.of()); }
    }

    Findings run(Model model, Catalog catalog);
}
