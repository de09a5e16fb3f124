package dev.schemac.compile;

import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Model;
import java.util.List;
import java.util.Map;

/**
 * The result of compiling a model: the resolved Model and its Catalog (both null when the
 * input has errors), every diagnostic in source order, and the analyses the checks
 * attached (normal forms and others, by key) so documents can report them without
 * running anything again.
 */
public record Compilation(Model model, Catalog catalog, List<Diagnostic> diagnostics, Map<String, Object> analyses) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
        // Insertion order, not Map.copyOf: anything that iterates the analyses must see one order every run.
        analyses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analyses));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public <T> T analysis(String key, Class<T> type) {
        return type.cast(analyses.get(key));
    }
}
