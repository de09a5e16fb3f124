package dev.schemac.check;

import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Entity;
import java.util.ArrayList;
import java.util.List;

/** Where one rule puts its findings; the runner gives each rule its own. */
public final class Reporter {
    private final Rule rule;
    private final List<Finding> findings = new ArrayList<>();

    Reporter(Rule rule) { this.rule = rule; }

    /** A finding about the model as a whole, or about something no entity owns. */
    public void report(Diagnostic d) { findings.add(new Finding(rule, null, d)); }

    /** A finding about one entity: {@code @@denormalized} on it may acknowledge the finding. */
    public void report(Entity about, Diagnostic d) { findings.add(new Finding(rule, about, d)); }

    List<Finding> findings() { return findings; }
}
