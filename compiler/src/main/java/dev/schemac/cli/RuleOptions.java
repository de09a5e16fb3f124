package dev.schemac.cli;

import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.config.SettingsParser;
import java.util.List;

/**
 * Rule severities from the command line; they win over the settings file's and the schema
 * header's {@code severity} and {@code strict}.
 */
final class RuleOptions {
    static final Option SEVERITY = Option.repeatable("CODE=LEVEL",
            "Sets a rule's severity: error, warning, info or off (e.g. --severity SC701=error). "
                    + "Repeatable; wins over the settings file and the schema header.", "--severity");
    static final Option STRICT = Option.flag("Normal-form warnings (2NF, 3NF, 1NF heuristics) become errors, "
            + "as `strict = true` in the header or the settings file does.", "--strict");
    static final List<Option> OPTIONS = List.of(SEVERITY, STRICT);

    private final List<String> severities;
    private final boolean strict;

    RuleOptions(Parsed args) {
        severities = args.values(SEVERITY);
        strict = args.given(STRICT);
    }

    /** Hands the options to the parser, which judges them as it judges every other source. */
    void into(SettingsParser parser, CommandProblems problems) {
        KeyValues.of("--severity", severities).forEach((code, level) ->
                problems.usage(parser.severity(code, level), "--severity " + code + "=" + level));
        if (strict) parser.strict("true");
    }
}
