package dev.schemac.cli;

import dev.schemac.config.SettingsParser;
import dev.schemac.config.Timestamp;
import dev.schemac.diag.Code;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.seed.SeedTarget;
import dev.schemac.model.Dialect;
import dev.schemac.output.FileTransaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "seed", description = "Prints deterministic sample rows that satisfy every key, foreign key, unique, "
        + "check and enum of the model, as SQL for one dialect (or writes them with --out).")
final class SeedCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed); `-` reads standard input.")
    List<String> files;

    @Option(names = {"-d", "--dialect"}, paramLabel = "D",
            description = "sqlite, postgres or mysql. Default: the model's primary dialect.")
    String dialect;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generator. Default: 42")
    String seed;

    @Option(names = "--rows", paramLabel = "N", description = "Rows per table, 1 to 10000. Default: 5")
    String rows;

    @Option(names = "--timestamp", paramLabel = Timestamp.FORMAT,
            description = "The time the sample rows are dated from (UTC). Default: " + TargetOptions.DEFAULT_TIMESTAMP)
    String timestamp;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the script to FILE instead of printing it.")
    Path out;

    @Option(names = "--allow-fewer", description = "Write the script even when a table gets fewer rows than --rows "
            + "asks (SC771 is then a warning, not an error).")
    boolean allowFewer;

    @Mixin
    Reporting reporting;

    @Mixin
    SettingsOptions settingsFile;

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var cl = spec.commandLine();
        var run = new ModelRun(cl, main, files);
        var parser = new SettingsParser();
        var problems = new CommandProblems(cl);
        if (timestamp != null) problems.usage(parser.timestamp(timestamp), "--timestamp");
        if (seed != null) problems.usage(parser.seed(seed), "--seed");
        if (rows != null) problems.usage(parser.rows(rows), "--rows");
        Dialect chosen = null;
        if (dialect != null) {
            chosen = Dialect.byId(dialect).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "unknown dialect `" + dialect + "`; known: sqlite, postgres, mysql"));
        }
        if (out != null && out.toString().isBlank()) throw new CommandLine.ParameterException(cl, "--out must name a file");
        run.settle(parser, settingsFile);
        if (run.hasProblems()) {
            reporting.print(run.problems, cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        var c = run.compile();
        if (c.hasErrors()) {
            reporting.print(c.diagnostics(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        var result = Targets.run(c, List.of(Targets.byName("seed").orElseThrow()), run.settings.targetOptions());
        var all = new ArrayList<Diagnostic>(c.diagnostics());
        // The command promises the rows asked for: fewer is an error unless the user accepts it.
        for (Diagnostic d : result.diagnostics()) {
            all.add(!allowFewer && d.code().equals(Code.SEED_FEWER_ROWS.id()) ? d.withSeverity(Severity.ERROR) : d);
        }
        if (all.stream().anyMatch(Diagnostic::isError)) {
            reporting.print(all, cl.getErr(), cl.getErr());
            return Main.INPUT_ERRORS;
        }
        String sql = result.files().get(SeedTarget.path(chosen != null ? chosen : c.model().settings().dialect()));
        if (out == null) {
            if (!all.isEmpty()) reporting.print(all, cl.getErr(), cl.getErr());
            cl.getOut().print(sql);
            cl.getOut().flush();
            return Main.OK;
        }
        var outcome = new FileTransaction(null).write(out, sql).commit();
        if (outcome.failed()) all.add(outcome.failure());
        if (!all.isEmpty()) reporting.print(all, cl.getErr(), cl.getErr());
        return outcome.failed() ? Main.INPUT_ERRORS : Main.OK;
    }
}
