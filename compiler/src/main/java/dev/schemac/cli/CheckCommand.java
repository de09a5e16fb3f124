package dev.schemac.cli;

import dev.schemac.compile.Compiler;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Compiles and checks the model; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed).")
    List<Path> files;

    @Mixin
    Reporting reporting;

    @Mixin
    RuleOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var c = Compiler.compile(files, rules.levels(spec.commandLine()), rules.strict);
        reporting.print(c.diagnostics(), spec.commandLine().getErr(), spec.commandLine().getOut());
        return c.hasErrors() ? Main.INPUT_ERRORS : Main.OK;
    }
}
