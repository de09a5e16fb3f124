package dev.schemac.check;

import dev.schemac.diag.Severity;
import dev.schemac.model.Settings;
import java.util.Map;
import java.util.Optional;

/**
 * The severity a rule's findings get. In order: an explicit level for the code (the command
 * line's, which {@link Settings#withOverrides} already merged over the header's), then
 * {@code strict} (warnings of the rules that escalate become errors), then the rule's default.
 * An explicit level always wins, so {@code strict} with {@code "SC804=warning"} keeps SC804 a
 * warning.
 */
public record SeverityPolicy(Map<String, String> levels, boolean strict) {

    public SeverityPolicy {
        levels = Map.copyOf(levels);
    }

    public static SeverityPolicy of(Settings settings) {
        return new SeverityPolicy(settings.severities(), settings.strict());
    }

    /** The severity of the rule's findings, or empty when the rule is turned off. */
    public Optional<Severity> severityOf(Rule rule) {
        String level = levels.get(rule.code());
        if (level != null) return level.equals("off") ? Optional.empty() : Optional.of(Severity.parse(level));
        if (strict && rule.escalatesUnderStrict() && rule.defaultSeverity() == Severity.WARNING) {
            return Optional.of(Severity.ERROR);
        }
        return Optional.of(rule.defaultSeverity());
    }
}
