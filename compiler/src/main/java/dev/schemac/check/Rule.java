package dev.schemac.check;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Help;
import dev.schemac.diag.Severity;
import dev.schemac.source.Span;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One model check with a stable code. A rule is a small class that reads the Model and the
 * Catalog through a {@link CheckContext} and reports what it finds; its default severity and
 * rationale are part of the class so that {@code schemac explain}, docs/rules.md and the
 * diagnostics can never disagree about them. Found with ServiceLoader: register with
 * {@code @AutoService(Rule.class)}.
 *
 * <p>A rule reports at its default severity; the runner then applies the schema header, the
 * command line and {@code strict} (see {@link SeverityPolicy}) and the entity's
 * {@code @@denormalized} acknowledgement, so no rule has to know about them.
 */
public abstract class Rule {
    private static final Pattern CODE = Pattern.compile("SC[6-8][0-9]{2}");

    private final String code;
    private final Severity severity;
    private final String title;
    private final String rationale;

    protected Rule(String code, Severity severity, String title, String rationale) {
        if (!CODE.matcher(code).matches()) throw new IllegalArgumentException("rule codes are SC600-SC899: " + code);
        this.code = code;
        this.severity = severity;
        this.title = title;
        this.rationale = rationale;
    }

    public final String code() { return code; }

    public final Severity defaultSeverity() { return severity; }

    public final String title() { return title; }

    /** Why the rule exists; shown by {@code schemac explain} and listed in docs/rules.md. */
    public final String rationale() { return rationale; }

    /** Whether {@code strict = true} turns this rule's warnings into errors (normal-form findings). */
    public boolean escalatesUnderStrict() { return false; }

    /**
     * Whether {@code @@denormalized("reason")} on the entity a finding is about turns the finding
     * into a documented trade-off (kept in the analysis, not reported).
     */
    public boolean acknowledgedByDenormalized() { return false; }

    public abstract void check(CheckContext context, Reporter out);

    /** A finding of this rule at its default severity; {@code help} may be null. */
    protected final Diagnostic finding(Span at, String message, String help) {
        return new Diagnostic(code, severity, at, message, help, List.of());
    }

    /** A finding whose help names what to write, in the spelling of the source the model came from. */
    protected final Diagnostic finding(Span at, String message, Help help) {
        return new Diagnostic(code, severity, at, message, help);
    }

    /**
     * A rule whose findings depend on what the other rules found (run after all of them, on
     * their findings before severities and acknowledgements are applied).
     */
    public interface Reviewer {
        void review(CheckContext context, List<Finding> earlier, Reporter out);
    }
}
