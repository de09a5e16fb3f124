package dev.schemac.cli;

import dev.schemac.cli.args.CommandSpec;
import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.Positional;
import dev.schemac.config.SettingsParser;
import dev.schemac.gen.Targets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code check} is {@code generate} without the writing: it compiles the model and runs each
 * chosen target's check ({@code Target.check}), so every limit of a dialect or a target that
 * generate would report (a MySQL index on unbounded text, what Prisma refuses), check reports
 * too, without rendering what cannot fail.
 */
final class CheckCommand implements Command {
    static final Option TARGET = Option.list("T", "Targets to check for, as with generate: names, `all` or `none`. "
            + "Default: the settings file's `targets`, else all.", "-t", "--target").withKnown(Targets::names);
    static final Option OUT = Option.value("DIR", "The output folder generate would write (its migration history is "
            + "compared). Default: the settings file's `out`, else `generated` next to the first FILE.", "-o", "--out");
    static final Option OPTION = Option.repeatable("KEY=VALUE", "A target option, as with generate.", "--option")
            .withKnown(GenerateCommand::optionKeys);

    static final CommandSpec SPEC = CommandSpec.of("check",
                    "Compiles and checks the model for the chosen targets (what generate would report); writes nothing.")
            .positional(Positional.oneOrMore("FILE", ".schema files (imports are followed); `-` reads standard input."))
            .with(TARGET, OUT, OPTION).with(Reporting.OPTIONS).with(RuleOptions.OPTIONS).with(SettingsOptions.OPTIONS);

    private final List<Path> files;
    private final TargetChoice choice;
    private final Reporting reporting;
    private final RuleOptions rules;
    private final SettingsOptions settingsFile;

    CheckCommand(Parsed args) {
        files = ModelRun.inputs(args);
        choice = new TargetChoice(args, TARGET, OUT, OPTION);
        reporting = new Reporting(args);
        rules = new RuleOptions(args);
        settingsFile = new SettingsOptions(args);
    }

    @Override
    public int call(Io io) {
        var run = new ModelRun(io, files);
        var parser = new SettingsParser();
        var problems = new CommandProblems();
        choice.targetsAndOut(parser, problems);
        choice.options(parser, problems);
        rules.into(parser, problems);
        run.settle(parser, settingsFile);
        if (run.hasProblems()) {
            reporting.print(run.problems, io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        var generated = run.check(run.outputFolder());
        reporting.print(generated.diagnostics(), io.err(), io.out());
        return generated.hasErrors() ? Main.INPUT_ERRORS : Main.OK;
    }
}
