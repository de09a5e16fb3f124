package dev.schemac.cli;

import dev.schemac.config.SettingsParser;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Rule severities from the command line; they win over the settings file's and the schema
 * header's {@code severity} and {@code strict}.
 */
final class RuleOptions {
    @Option(names = "--severity", paramLabel = "CODE=LEVEL",
            description = "Sets a rule's severity: error, warning, info or off (e.g. --severity SC701=error). "
                    + "Repeatable; wins over the settings file and the schema header.")
    java.util.List<String> severities = new java.util.ArrayList<>();

    @Option(names = "--strict", description = "Normal-form warnings (2NF, 3NF, 1NF heuristics) become errors, "
            + "as `strict = true` in the header or the settings file does.")
    boolean strict;

    /** Hands the options to the parser, which judges them as it judges every other source. */
    void into(picocli.CommandLine cl, SettingsParser parser, CommandProblems problems) {
        KeyValues.of(cl, "--severity", severities).forEach((code, level) ->
                problems.usage(parser.severity(code, level), "--severity " + code + "=" + level));
        if (strict) parser.strict("true");
    }
}
