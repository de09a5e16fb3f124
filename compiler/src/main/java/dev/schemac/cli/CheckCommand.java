package dev.schemac.cli;

import dev.schemac.config.SettingsParser;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Compiles and checks the model; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed); `-` reads standard input.")
    List<String> files;

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
        rules.into(parser, new CommandProblems(cl));
        run.settle(parser, settingsFile);
        if (run.hasProblems()) {
            reporting.print(run.problems, cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        var c = run.compile();
        reporting.print(c.diagnostics(), cl.getErr(), cl.getOut());
        return c.hasErrors() ? Main.INPUT_ERRORS : Main.OK;
    }
}
