package dev.schemac.gen.docs;

import dev.schemac.analysis.EntityNormalForm;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.TargetContext;
import dev.schemac.memo.LastOnly;
import dev.schemac.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checks say an entity holds twice although its declared keys and {@code @@depends}
 * reach BCNF: presumed copies of a referenced field (SC807, reported or acknowledged with
 * {@code @@denormalized}) and first-normal-form findings. The normal-form verdict is over the
 * declared dependencies only, so the documents must not present it as the entity's whole
 * story when this is not empty; the one home of that judgement for both documents.
 */
final class UndeclaredRedundancy {
    private UndeclaredRedundancy() {}

    /**
     * The run's SC807 findings, picked out of all its diagnostics once: both documents ask about
     * every entity several times, and a scan of every diagnostic each time was a tenth of their
     * time at 10,000 entities.
     */
    private static final LastOnly<List<Diagnostic>, List<Diagnostic>> COPIES = new LastOnly<>((a, b) -> a == b);

    /** The findings' lines ({@code CODE message}), reported first, then acknowledged; empty when there is none. */
    static List<String> of(TargetContext ctx, EntityNormalForm nf) {
        var out = new ArrayList<String>(nf.firstNormalFormFindings());
        Entity e = ctx.model().entity(nf.entity()).orElse(null);
        if (e != null) {
            var copies = COPIES.get(ctx.compilation().diagnostics(),
                    all -> all.stream().filter(d -> d.code().equals("SC807")).toList());
            for (Diagnostic d : copies) {
                if (d.span() != null && d.span().file() == e.span().file()
                        && d.span().start() >= e.span().start() && d.span().end() <= e.span().end()) {
                    out.add(d.code() + " " + d.message());
                }
            }
        }
        out.addAll(nf.acknowledgedFindings());
        return out;
    }

    /** Whether the entity is said to hold nothing twice beyond what its declared dependencies show. */
    static boolean none(TargetContext ctx, EntityNormalForm nf) {
        return !nf.acknowledged() && of(ctx, nf).isEmpty();
    }
}
