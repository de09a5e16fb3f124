package dev.schemac.cli;

import dev.schemac.check.Rules;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Rule severities from the command line; they win over the schema header's {@code severity} and {@code strict}. */
final class RuleOptions {
    private static final Set<String> LEVELS = Set.of("error", "warning", "info", "off");

    @Option(names = "--severity", paramLabel = "CODE=LEVEL",
            description = "Sets a rule's severity: error, warning, info or off (e.g. --severity SC701=error). "
                    + "Repeatable; wins over the schema header's `severity`.")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--strict", description = "Normal-form warnings (2NF, 3NF, 1NF heuristics) become errors, "
            + "as `strict = true` in the header does.")
    boolean strict;

    /** The levels by upper-case code, after checking each names a rule and a level. */
    Map<String, String> levels(CommandLine cl) {
        var out = new LinkedHashMap<String, String>();
        severities.forEach((code, level) -> {
            String c = code.toUpperCase(Locale.ROOT);
            String l = level.toLowerCase(Locale.ROOT);
            if (Rules.byCode(c).isEmpty()) {
                throw new CommandLine.ParameterException(cl, "--severity " + code + "=" + level + ": " + code
                        + " is not a rule code (SC600-SC899); `schemac explain` lists them");
            }
            if (!LEVELS.contains(l)) {
                throw new CommandLine.ParameterException(cl, "--severity " + code + "=" + level
                        + ": the level is error, warning, info or off");
            }
            out.put(c, l);
        });
        return out;
    }
}
