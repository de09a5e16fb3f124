package dev.schemac.check;

import com.google.auto.service.AutoService;
import dev.schemac.catalog.Catalog;
import dev.schemac.compile.ModelCheck;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every rule on a clean model and turns what they report into diagnostics: severities
 * from {@link SeverityPolicy}, findings about an entity with {@code @@denormalized} kept as
 * acknowledged trade-offs instead, and the analyses (normal forms, personal data) stored in
 * the compilation for documents and the json target.
 */
@AutoService(ModelCheck.class)
public final class RuleCheck implements ModelCheck {
    private final List<Rule> rules;

    public RuleCheck() { this(Rules.all()); }

    /** With a chosen set of rules; tests use it to run one rule alone. */
    public RuleCheck(List<Rule> rules) { this.rules = Rules.sorted(rules); }

    @Override
    public Findings run(Model model, Catalog catalog) {
        return run(model, catalog, null);
    }

    @Override
    public Findings run(Model model, Catalog catalog, java.util.Set<String> targets) {
        var context = new CheckContext(model, catalog, targets);
        var findings = new ArrayList<Finding>();
        for (Rule r : rules) {
            if (r instanceof Rule.Reviewer) continue;
            var out = new Reporter(r);
            r.check(context, out);
            findings.addAll(out.findings());
        }
        for (Rule r : rules) {
            if (!(r instanceof Rule.Reviewer reviewer)) continue;
            var out = new Reporter(r);
            reviewer.review(context, List.copyOf(findings), out);
            findings.addAll(out.findings());
        }
        return settle(context, findings);
    }

    private Findings settle(CheckContext context, List<Finding> findings) {
        var policy = SeverityPolicy.of(context.model().settings());
        var diagnostics = new ArrayList<Diagnostic>();
        Map<String, List<Diagnostic>> acknowledged = new LinkedHashMap<>();
        for (Finding f : findings) {
            Entity about = f.entity();
            if (about != null && !about.denormalized().isEmpty() && f.rule().acknowledgedByDenormalized()) {
                acknowledged.computeIfAbsent(about.name(), k -> new ArrayList<>()).add(f.diagnostic());
                continue;
            }
            Optional<Severity> severity = policy.severityOf(f.rule());
            severity.ifPresent(s -> diagnostics.add(f.diagnostic().withSeverity(s)));
        }
        for (Entity e : context.model().entities()) context.normalForm(e);
        return new Findings(diagnostics, AnalysesBuilder.of(context, findings, acknowledged));
    }
}
