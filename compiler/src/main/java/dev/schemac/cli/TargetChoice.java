package dev.schemac.cli;

import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.UsageError;
import dev.schemac.config.SettingsParser;
import dev.schemac.gen.Targets;
import java.util.List;

/**
 * The targets, output folder and target options of {@code check} and {@code generate}: each
 * command words its own help for them, and both hand them to the settings parser alike, which
 * judges them as it judges the settings file's.
 */
final class TargetChoice {
    private final List<String> targets;
    private final String out;
    private final List<String> options;

    TargetChoice(Parsed args, Option target, Option out, Option option) {
        this.targets = args.given(target) ? args.values(target) : null;
        this.out = args.value(out);
        this.options = args.values(option);
    }

    /** The targets and the output folder; the first usage error stops the command. */
    void targetsAndOut(SettingsParser parser, CommandProblems problems) {
        // A settings file's empty list is every target; on the command line an empty word is a value left out
        // (`-t "$TARGETS"` with the variable unset), not a choice of everything.
        if (targets != null && targets.stream().allMatch(String::isBlank)) {
            throw new UsageError("--target needs a value: target names, `" + Targets.ALL + "` or `" + Targets.NONE + "`");
        }
        if (targets != null) problems.usage(parser.targets(targets), "--target");
        if (out != null) problems.usage(parser.out(out), "--out");
    }

    /** The target options (apart, so generate judges them after its other options, as it always has). */
    void options(SettingsParser parser, CommandProblems problems) {
        KeyValues.of("--option", options).forEach((k, v) -> problems.usage(parser.option(k, v), "--option " + k + "=" + v));
    }
}
