package dev.schemac.cli;

import dev.schemac.config.InputFiles;
import dev.schemac.config.SettingsParser;
import dev.schemac.config.Timestamp;
import dev.schemac.diag.Diagnostic;
import dev.schemac.evolve.HistoryFolder;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.output.FileTransaction;
import dev.schemac.output.OutputFolder;
import dev.schemac.output.Staging;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Compiles the model and writes the chosen targets (all of them by default).")
final class GenerateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed); `-` reads standard input.")
    List<String> files;

    @Option(names = {"-t", "--target"}, split = ",", paramLabel = "T",
            description = "Targets to generate, comma-separated: names, `all` or `none`. Default: the settings file's "
                    + "`targets`, else all. "
                    + "Known: ${COMPLETION-CANDIDATES}",
            completionCandidates = TargetNames.class)
    List<String> targets;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder. Default: the settings file's `out`, else `generated` next to the first FILE.")
    String out;

    @Option(names = "--check", description = "Write nothing; print a unified diff of what would change, list stale files, "
            + "and exit 1 if anything is out of date.")
    boolean check;

    @Option(names = "--option", paramLabel = "KEY=VALUE", completionCandidates = OptionKeys.class,
            description = "A target option, such as java.package=com.example.db. Repeatable; wins over the settings file. "
                    + "Known: ${COMPLETION-CANDIDATES}")
    List<String> options = new ArrayList<>();

    @Option(names = "--timestamp", paramLabel = Timestamp.FORMAT,
            description = "Timestamp of generated migrations, a UTC date and time (an input, so output stays "
                    + "deterministic). Default: " + TargetOptions.DEFAULT_TIMESTAMP)
    String timestamp;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the sample data. Default: 42")
    String seed;

    @Option(names = "--rows", paramLabel = "N", description = "Sample rows per table, 1 to 10000. Default: 5")
    String rows;

    @Mixin
    Reporting reporting;

    @Mixin
    RuleOptions rules;

    @Mixin
    SettingsOptions settingsFile;

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    static final class TargetNames extends ArrayList<String> {
        TargetNames() { Targets.all().forEach(t -> add(t.name())); }
    }

    static final class OptionKeys extends ArrayList<String> {
        OptionKeys() { addAll(SettingsParser.targetOptionKeys()); }
    }

    @Override
    public Integer call() {
        var cl = spec.commandLine();
        var run = new ModelRun(cl, main, files);
        var parser = new SettingsParser();
        var problems = new CommandProblems(cl);
        if (targets != null) problems.usage(parser.targets(targets), "--target");
        if (out != null) problems.usage(parser.out(out, null), "--out");
        if (timestamp != null) problems.usage(parser.timestamp(timestamp), "--timestamp");
        if (seed != null) problems.usage(parser.seed(seed), "--seed");
        if (rows != null) problems.usage(parser.rows(rows), "--rows");
        KeyValues.of(cl, "--option", options).forEach((k, v) -> problems.usage(parser.option(k, v), "--option " + k + "=" + v));
        rules.into(spec.commandLine(), parser, problems);
        run.settle(parser, settingsFile);
        if (run.hasProblems()) {
            reporting.print(run.problems, cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        var settings = run.settings;
        if (settings.out() == null && run.inputs.get(0) == InputFiles.STDIN) {
            throw new CommandLine.ParameterException(cl, "a model read from standard input needs an output folder: give --out");
        }
        Path dir = run.outputFolder();
        // Without --check each file goes to disk as it is rendered, staged inside the output folder;
        // the staged files are moved into place only when the whole run has succeeded.
        try (var staging = check ? null : new Staging(dir)) {
            return write(run, dir, staging);
        }
    }

    private int write(ModelRun run, Path dir, Staging staging) {
        var cl = spec.commandLine();
        var settings = run.settings;
        var generated = run.generate(dir, staging);
        var c = generated.compilation();
        if (c.hasErrors()) {
            reporting.print(c.diagnostics(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        List<Target> chosen = settings.chosenTargets();
        var result = generated.result();
        var all = new ArrayList<Diagnostic>(generated.diagnostics());
        boolean uncovered = all.stream().anyMatch(d -> d.code().equals(dev.schemac.diag.Code.UNCOVERED_CHANGES.id()));
        if (result.hasErrors()) {
            reporting.print(all, cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        var folder = new OutputFolder(dir);
        Set<String> removable = chosen.stream().filter(Target::removesStaleFiles).map(Target::name).collect(Collectors.toSet());
        var plan = staging == null ? folder.plan(result.files(), result.owners(), removable)
                : folder.planContents(staging.files(), result.owners(), removable);
        if (plan.problem() != null) all.add(plan.problem());
        if (plan.problem() != null || check) {
            reporting.print(all, cl.getErr(), cl.getOut());
            if (plan.problem() != null) return Main.INPUT_ERRORS;
            int current = report(plan, folder.root());
            return uncovered ? Main.INPUT_ERRORS : current;
        }
        var tx = new FileTransaction(folder.root());
        plan.addTo(tx);
        var outcome = tx.commit();
        if (outcome.failed()) all.add(outcome.failure());
        reporting.print(all, cl.getErr(), cl.getOut());
        if (outcome.failed()) return Main.INPUT_ERRORS;
        if (reporting.format == Reporting.Format.human) {
            var err = cl.getErr();
            err.printf("wrote %d file%s to %s (%d unchanged%s)%n", plan.changed().size(), plan.changed().size() == 1 ? "" : "s",
                    folder.root(), plan.unchanged().size(),
                    plan.stale().isEmpty() ? "" : ", " + plan.stale().size() + " stale removed");
            for (String s : plan.stale()) err.println("removed stale " + folder.root().resolve(s));
            keptAndIgnored(plan, folder.root());
        }
        return Main.OK;
    }

    /** {@code --check}: the diff and the stale files; exit 1 when anything would change. */
    private int report(OutputFolder.Plan plan, Path root) {
        var err = spec.commandLine().getErr();
        if (reporting.format == Reporting.Format.human) {
            spec.commandLine().getOut().print(plan.diff());
            spec.commandLine().getOut().flush();
        }
        for (String s : plan.changed()) err.println("out of date: " + root.resolve(s));
        for (String s : plan.stale()) err.println("stale: " + root.resolve(s) + " (written by an earlier run; generate removes it)");
        keptAndIgnored(plan, root);
        err.flush();
        return plan.isCurrent() ? Main.OK : Main.INPUT_ERRORS;
    }

    private void keptAndIgnored(OutputFolder.Plan plan, Path root) {
        var err = spec.commandLine().getErr();
        for (String s : plan.keptEdited()) {
            err.println("kept " + root.resolve(s) + ": no longer generated, but edited since schemac wrote it; delete it if unneeded");
        }
        if (!plan.ignoredEntries().isEmpty()) {
            err.println("ignored " + plan.ignoredEntries().size() + " malformed line(s) of " + root.resolve(
                    dev.schemac.output.Manifest.NAME) + " (a path outside the folder, or not written by schemac)");
        }
    }

}
