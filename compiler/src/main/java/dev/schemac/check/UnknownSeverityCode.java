package dev.schemac.check;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Settings;
import dev.schemac.source.Span;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SC600: a severity setting names a code that is not a rule. Without it a typo such as
 * {@code "SC7O1=off"} would be ignored and the rule would keep firing, or an intended
 * {@code error} would never stop a build.
 */
@AutoService(Rule.class)
public final class UnknownSeverityCode extends Rule {
    public UnknownSeverityCode() {
        super("SC600", Severity.WARNING, "Severity setting names an unknown rule",
                "`severity = [\"SC701=error\", \"SC601=off\"]` in the schema header, and `--severity CODE=LEVEL` "
                + "on the command line, change the severity of the model-check rules (SC6xx naming, SC7xx "
                + "design, SC8xx normal forms). A code that is not one of them is a typo or a core "
                + "diagnostic, whose severity is fixed; the setting would do nothing, so it is reported. "
                + "`schemac explain` lists every code. A retired rule's code (SC608) is answered with the codes that say it now.");
    }

    /**
     * Rules retired because another code says the same, with what says it now: a settings file written for them
     * gets that answer rather than "not a rule code". A retired number is never given to another rule.
     */
    static final Map<String, String> RETIRED = Map.of(
            "SC608", "SC544 says a long enum label and SC503 a long enum type name");

    @Override
    public void check(CheckContext context, Reporter out) {
        Settings s = context.model().settings();
        List<String> known = Rules.all().stream().map(Rule::code).toList();
        for (String code : s.severities().keySet()) {
            if (!known.contains(code) && s.span() != null) {
                out.report(unknown(Spans.find(s.span(), Pattern.compile("\\b(severity)\\s*=")), code));
            }
        }
    }

    Diagnostic unknown(Span at, String code) {
        String now = RETIRED.get(code);
        if (now != null) {
            return finding(at, "the severity setting names " + Quoted.name(code) + ", a rule retired: " + now,
                    "remove " + Quoted.name(code) + " from the setting; the codes that say it now are core diagnostics, whose severity is fixed");
        }
        return finding(at, "the severity setting names " + Quoted.name(code) + ", which is not a rule code",
                "rule codes are SC600-SC899; `schemac explain` lists them");
    }
}
