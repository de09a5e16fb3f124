package dev.schemac.gen.java;

import com.google.auto.service.AutoService;
import dev.schemac.catalog.Catalog;
import dev.schemac.compile.ModelCheck;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Model;
import java.util.ArrayList;

/**
 * The java target's type names, decided by {@code check} as well: two model names whose Java
 * types would meet (an enum {@code Tag_} and the metamodel of entity {@code Tag}) are refused
 * before any target runs, as every name the outputs cannot take is.
 */
@AutoService(ModelCheck.class)
public final class JavaNamesCheck implements ModelCheck {
    @Override
    public Findings run(Model model, Catalog catalog) {
        var out = new ArrayList<Diagnostic>();
        TypePlan.of(model, out::add);
        return Findings.of(out);
    }
}
