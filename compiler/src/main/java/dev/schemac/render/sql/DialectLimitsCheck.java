package dev.schemac.render.sql;

import com.google.auto.service.AutoService;
import dev.schemac.catalog.Catalog;
import dev.schemac.compile.ModelCheck;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import java.util.ArrayList;

/**
 * What each SQL dialect cannot represent, reported by {@code check} as well as by the
 * targets that render the dialect: every dialect's DDL is part of the default output, so a
 * model that passes {@code check} is one every dialect's script creates.
 */
@AutoService(ModelCheck.class)
public final class DialectLimitsCheck implements ModelCheck {
    @Override
    public Findings run(Model model, Catalog catalog) {
        var out = new ArrayList<Diagnostic>();
        for (Dialect d : Dialect.values()) {
            DialectLimits.check(d, model, catalog, x -> {
                if (!out.contains(x)) out.add(x);
            });
        }
        return Findings.of(out);
    }
}
