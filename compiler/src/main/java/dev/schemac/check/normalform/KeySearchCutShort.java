package dev.schemac.check.normalform;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.check.AnalysesBuilder;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.normalform.CandidateKeys;
import dev.schemac.normalform.Limits;
import dev.schemac.source.Span;

/** SC806: the candidate-key search reached its work bound; the analysis is partial. */
@AutoService(Rule.class)
public final class KeySearchCutShort extends Rule {
    public KeySearchCutShort() {
        super("SC806", Severity.INFO, "Normal-form analysis cut short",
                "Finding every candidate key of an entity is exponential in the worst case: n pairs of "
                + "fields that determine each other give 2^n keys. The search counts its work and stops "
                + "at a bound (" + Limits.DEFAULT.maxKeys() + " keys, " + Limits.DEFAULT.maxClosures()
                + " closure computations), so a compile never hangs; the keys found are kept, and every "
                + "verdict that the missing keys could change is marked uncertain. Such an entity has "
                + "more determinants than a design should; splitting it is usually the answer.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            if (e.dependencies().isEmpty()) continue;
            CandidateKeys keys = context.normalForm(e).analysis().candidateKeys();
            if (!keys.complete()) out.report(e, cutShort(Spans.entityName(e), e.name(), keys));
        }
    }

    Diagnostic cutShort(Span at, String entity, CandidateKeys keys) {
        return finding(at, "the normal-form analysis of " + Quoted.name(entity) + " was cut short: " + AnalysesBuilder.keySearchNotice(keys),
                s -> "verdicts that depend on the keys not found are marked uncertain; fewer " + s.attribute("@@depends")
                + ", or splitting the entity, makes the analysis exact");
    }
}
