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
        return run(model, catalog, (java.util.Set<String>) null);
    }

    /**
     * With targets chosen, only the dialects chosen by name: any other chosen target that renders
     * a dialect (migrations, prisma, sqlmodel) reports that dialect's limits itself when check
     * runs it in memory, so a limit of a dialect nobody asked for fails nothing.
     */
    @Override
    public Findings run(Model model, Catalog catalog, java.util.Set<String> targets) {
        var out = new ArrayList<Diagnostic>();
        for (Dialect d : Dialect.values()) {
            if (targets != null && !targets.contains(d.id())) continue;
            DialectLimits.check(d, model, catalog, x -> {
                if (!out.contains(x)) out.add(x);
            });
        }
        return Findings.of(out);
    }
}
