package dev.schemac.render.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link DialectLimits} finds for a model, found once per dialect: in one run the DDL
 * target of a dialect and the migrations target (every dialect) ask for the very same
 * findings, at the same time. Only the last model's are kept (model and catalog by identity,
 * both immutable), softly: a long-lived JVM (javac running the processor, a build daemon)
 * lets them go when memory is short.
 */
final class LimitFindings {
    private record Last(Model model, Catalog catalog, Map<Dialect, List<Diagnostic>> byDialect) {
        boolean isFor(Model m, Catalog c) { return model == m && catalog == c; }
    }

    private static SoftReference<Last> last = new SoftReference<>(null);

    private LimitFindings() {}

    /** The findings in the order {@link DialectLimits#check} reports them. */
    static List<Diagnostic> of(Dialect d, Model model, Catalog catalog) {
        Last l;
        synchronized (LimitFindings.class) {
            l = last.get();
            if (l == null || !l.isFor(model, catalog)) {
                l = new Last(model, catalog, new ConcurrentHashMap<>());
                last = new SoftReference<>(l);
            }
        }
        // A second caller for the same dialect waits for the first one's findings.
        return l.byDialect().computeIfAbsent(d, k -> {
            var found = new ArrayList<Diagnostic>();
            DialectLimits.check(k, model, catalog, found::add);
            return List.copyOf(found);
        });
    }
}
