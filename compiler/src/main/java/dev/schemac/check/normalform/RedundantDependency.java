package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.normalform.DeclaredFd;
import dev.schemac.source.Span;

/** SC809: a {@code @@depends} that the keys and the other dependencies already imply. */
@AutoService(Rule.class)
public final class RedundantDependency extends Rule {
    public RedundantDependency() {
        super("SC809", Severity.INFO, "Dependency says nothing new",
                "A `@@depends(a -> b)` that follows from the keys and the other declared dependencies adds "
                + "no information: `@@depends(id -> name)` restates the primary key, and `a -> c` follows "
                + "from `a -> b` and `b -> c`. It is harmless, but it suggests the author meant something "
                + "else (a different determinant, or a field that is not a key). Declarations are dropped "
                + "from the last one, so of two that imply each other the first is kept.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            if (e.dependencies().isEmpty()) continue;
            for (DeclaredFd<FdOrigin> d : context.normalForm(e).analysis().redundant()) {
                if (d.origin().isDeclaredDependency()) out.report(e, redundant(d.origin().span(), e.name(), d));
            }
        }
    }

    Diagnostic redundant(Span at, String entity, DeclaredFd<FdOrigin> d) {
        return finding(at, Quoted.name(String.join(", ", d.lhs()) + " -> " + String.join(", ", d.rhs()))
                + " follows from the keys and the other dependencies of " + Quoted.name(entity),
                "remove it, or check whether another determinant was meant");
    }
}
