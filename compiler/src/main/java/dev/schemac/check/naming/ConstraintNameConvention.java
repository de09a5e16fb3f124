package dev.schemac.check.naming;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Words;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.IndexSpec;
import dev.schemac.source.Span;

/** SC606: an explicit index or unique constraint name starts with {@code idx_} or {@code uq_}. */
@AutoService(Rule.class)
public final class ConstraintNameConvention extends Rule {
    public ConstraintNameConvention() {
        super("SC606", Severity.WARNING, "Index or constraint name breaks the naming convention",
                "Derived names say what an object is: `idx_{table}_{columns}` for an index, "
                + "`uq_{table}_{columns}` for a unique constraint, `fk_{table}_{referenced}` for a foreign "
                + "key, `pk_{table}` for a primary key. An explicit `name = \"...\"` on `@@index` or "
                + "`@@unique` keeps the prefix and snake_case so that error messages from the database "
                + "and migration diffs still say which kind of object is meant.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            for (IndexSpec i : e.indexes()) {
                if (i.name() != null && !follows(i.name(), "idx_")) out.report(e, breaks(i.span(), i.name(), "idx_", "index"));
            }
            for (IndexSpec u : e.uniques()) {
                if (u.name() != null && !follows(u.name(), "uq_")) {
                    out.report(e, breaks(u.span(), u.name(), "uq_", "unique constraint"));
                }
            }
        }
    }

    private static boolean follows(String name, String prefix) {
        return name.startsWith(prefix) && name.length() > prefix.length() && Words.isSnake(name);
    }

    Diagnostic breaks(Span at, String name, String prefix, String kind) {
        return finding(at, kind + " name " + Quoted.stored(name) + " does not follow `" + prefix + "{table}_{columns}`",
                "rename it with the " + Quoted.name(prefix) + " prefix in snake_case, or drop `name =` to get the derived name");
    }
}
