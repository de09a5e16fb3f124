package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Finding;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Denormalization;
import dev.schemac.model.Entity;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.List;

/** SC808: {@code @@denormalized} on an entity that has no normal-form finding to acknowledge. */
@AutoService(Rule.class)
public final class StaleDenormalized extends Rule implements Rule.Reviewer {
    public StaleDenormalized() {
        super("SC808", Severity.WARNING, "@@denormalized acknowledges nothing",
                "`@@denormalized(\"reason\")` turns the normal-form findings of an entity (SC801-SC805, "
                + "SC807) into a documented trade-off: the design document lists the reason instead of a "
                + "warning. On an entity with no such finding it documents a trade-off that does not "
                + "exist, usually because the field it was about was removed or its dependency was never "
                + "declared. Declare the dependency with `@@depends` so the trade-off is visible, or "
                + "remove the attribute.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        // A reviewer: everything happens in review, after the rules it depends on.
    }

    @Override
    public void review(CheckContext context, List<Finding> earlier, Reporter out) {
        var acknowledged = new HashSet<String>();
        for (Finding f : earlier) {
            if (f.entity() != null && f.rule().acknowledgedByDenormalized()) acknowledged.add(f.entity().name());
        }
        for (Entity e : context.model().entities()) {
            if (e.denormalized().isEmpty() || acknowledged.contains(e.name())) continue;
            for (Denormalization d : e.denormalized()) out.report(e, stale(d.span(), e.name()));
        }
    }

    Diagnostic stale(Span at, String entity) {
        return finding(at, Quoted.name(entity) + " is marked `@@denormalized` but has no normal-form finding to acknowledge",
                s -> "declare the dependency it is about with " + Quoted.name(s.withText("@@depends", "...")) + ", or remove "
                        + Quoted.name(s.attribute("@@denormalized")));
    }
}
