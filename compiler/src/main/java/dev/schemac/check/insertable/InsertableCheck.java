package dev.schemac.check.insertable;

import com.google.auto.service.AutoService;
import dev.schemac.catalog.Catalog;
import dev.schemac.compile.ModelCheck;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Model;
import dev.schemac.sample.SampleDiagnostics;
import java.util.ArrayList;

/**
 * Whether every table can get a first row: no required reference that needs a row which can
 * only come after it (SC413, SC414), no table whose checks no row satisfies (SC415). A model
 * that fails here passes nothing to the targets, so the sample data never stops short for a
 * reason the model itself makes certain.
 */
@AutoService(ModelCheck.class)
public final class InsertableCheck implements ModelCheck {
    @Override
    public Findings run(Model model, Catalog catalog) {
        var out = new ArrayList<Diagnostic>(new RequiredCycles(model).find());
        out.addAll(SampleDiagnostics.unsatisfiable(model, catalog));
        return Findings.of(out);
    }
}
