package dev.schemac.render.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostic;
import dev.schemac.memo.LastOnly;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link DialectLimits} finds for a model, found once per dialect: in one run the DDL
 * target of a dialect and the migrations target (every dialect) ask for the very same
 * findings, at the same time. Only the last model's are kept ({@link LastOnly}).
 */
final class LimitFindings {
    /** Model and catalog by identity: both are immutable. */
    private record Inputs(Model model, Catalog catalog) {
        boolean same(Inputs o) { return model == o.model && catalog == o.catalog; }
    }

    private static final LastOnly<Inputs, Map<Dialect, List<Diagnostic>>> LAST = new LastOnly<>(Inputs::same);

    private LimitFindings() {}

    /** The findings in the order {@link DialectLimits#check} reports them. */
    static List<Diagnostic> of(Dialect d, Model model, Catalog catalog) {
        var byDialect = LAST.get(new Inputs(model, catalog), in -> new ConcurrentHashMap<>());
        // A second caller for the same dialect waits for the first one's findings.
        return byDialect.computeIfAbsent(d, k -> {
            var found = new ArrayList<Diagnostic>();
            DialectLimits.check(k, model, catalog, found::add);
            return List.copyOf(found);
        });
    }
}
