package dev.schemac.cli;

import dev.schemac.config.SettingsParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code check} is {@code generate} without the writing: it compiles the model and runs each
 * chosen target's check ({@code Target.check}), so every limit of a dialect or a target that
 * generate would report (a MySQL index on unbounded text, what Prisma refuses), check reports
 * too, without rendering what cannot fail.
 */
@Command(name = "check", description = "Compiles and checks the model for the chosen targets (what generate would report); writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed); `-` reads standard input.")
    List<String> files;

    @Option(names = {"-t", "--target"}, split = ",", paramLabel = "T",
            description = "Targets to check for, as with generate: names, `all` or `none`. Default: the settings file's "
                    + "`targets`, else all. Known: ${COMPLETION-CANDIDATES}",
            completionCandidates = GenerateCommand.TargetNames.class)
    List<String> targets;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "The output folder generate would write (its migration history is compared). Default: the "
                    + "settings file's `out`, else `generated` next to the first FILE.")
    String out;

    @Option(names = "--option", paramLabel = "KEY=VALUE", completionCandidates = GenerateCommand.OptionKeys.class,
            description = "A target option, as with generate. Known: ${COMPLETION-CANDIDATES}")
    List<String> options = new ArrayList<>();

    @Mixin
    Reporting reporting;

    @Mixin
    RuleOptions rules;

    @Mixin
    SettingsOptions settingsFile;

    @ParentCommand
    Main main;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var cl = spec.commandLine();
        var run = new ModelRun(cl, main, files);
        var parser = new SettingsParser();
        var problems = new CommandProblems(cl);
        if (targets != null) problems.usage(parser.targets(targets), "--target");
        if (out != null) problems.usage(parser.out(out, null), "--out");
        KeyValues.of(cl, "--option", options).forEach((k, v) -> problems.usage(parser.option(k, v), "--option " + k + "=" + v));
        rules.into(spec.commandLine(), parser, problems);
        run.settle(parser, settingsFile);
        if (run.hasProblems()) {
            reporting.print(run.problems, cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        var generated = run.check(run.outputFolder());
        reporting.print(generated.diagnostics(), cl.getErr(), cl.getOut());
        return generated.hasErrors() ? Main.INPUT_ERRORS : Main.OK;
    }
}
