package dev.schemac.cli;

import dev.schemac.diag.CodeDoc;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", description = "Prints the documentation of a diagnostic code (or lists all codes).")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CODE", description = "A code such as SC208; without one, all codes are listed.")
    String code;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (code == null) {
            for (CodeDoc d : CodeDoc.all()) out.printf("%-7s %-8s %s%n", d.id(), d.defaultSeverity().label(), d.title());
            return Main.OK;
        }
        var doc = CodeDoc.byId(code);
        if (doc.isEmpty()) {
            spec.commandLine().getErr().println("schemac: unknown code " + code + "; `schemac explain` lists them all");
            return Main.USAGE;
        }
        var d = doc.get();
        out.println(d.id() + ": " + d.title() + " (" + d.defaultSeverity().label() + ")");
        out.println();
        out.println(d.explanation());
        return Main.OK;
    }
}
