package dev.schemac.cli;

import dev.schemac.cli.args.CommandSpec;
import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.Positional;
import dev.schemac.cli.args.UsageError;
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
import dev.schemac.output.OutputLocks;
import dev.schemac.output.Staging;
import dev.schemac.render.text.PlainText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

final class GenerateCommand implements Command {
    static final Option TARGET = Option.list("T", "Targets to generate, comma-separated: names, `all` or `none`. "
            + "Default: the settings file's `targets`, else all.", "-t", "--target").withKnown(Targets::names);
    static final Option OUT = Option.value("DIR",
            "Output folder. Default: the settings file's `out`, else `generated` next to the first FILE.", "-o", "--out");
    static final Option CHECK = Option.flag("Write nothing; print a unified diff of what would change, list stale files, "
            + "and exit 1 if anything is out of date.", "--check");
    static final Option OPTION = Option.repeatable("KEY=VALUE", "A target option, such as java.package=com.example.db. "
            + "Repeatable; wins over the settings file.", "--option").withKnown(GenerateCommand::optionKeys);
    static final Option TIMESTAMP = Option.value(Timestamp.FORMAT, "Timestamp of generated migrations, a UTC date and "
            + "time (an input, so output stays deterministic). Default: " + TargetOptions.DEFAULT_TIMESTAMP, "--timestamp");
    static final Option SEED = Option.value("N", "Seed of the sample data. Default: " + TargetOptions.DEFAULT_SEED, "--seed");
    static final Option ROWS = Option.value("N", "Sample rows per table, 1 to 10000. Default: " + TargetOptions.DEFAULT_ROWS, "--rows");

    static final Option FORCE = Option.flag("Replace files in the output folder that schemac did not write (SC137), and take "
            + "over a folder another model's runs wrote (SC138).", "--force");

    static final CommandSpec SPEC = CommandSpec.of("generate",
                    "Compiles the model and writes the chosen targets (all of them by default).")
            .positional(Positional.oneOrMore("FILE", ".schema files (imports are followed); `-` reads standard input."))
            .with(TARGET, OUT, CHECK, FORCE, OPTION, TIMESTAMP, SEED, ROWS)
            .with(Reporting.OPTIONS).with(RuleOptions.OPTIONS).with(SettingsOptions.OPTIONS);

    private final List<Path> files;
    private final TargetChoice choice;
    private final boolean check;
    private final boolean force;
    private final String timestamp;
    private final String seed;
    private final String rows;
    private final Reporting reporting;
    private final RuleOptions rules;
    private final SettingsOptions settingsFile;

    GenerateCommand(Parsed args) {
        files = ModelRun.inputs(args);
        choice = new TargetChoice(args, TARGET, OUT, OPTION);
        check = args.given(CHECK);
        force = args.given(FORCE);
        timestamp = args.value(TIMESTAMP);
        seed = args.value(SEED);
        rows = args.value(ROWS);
        reporting = new Reporting(args);
        rules = new RuleOptions(args);
        settingsFile = new SettingsOptions(args);
    }

    /** The target options' keys, for the help. */
    static List<String> optionKeys() {
        return List.copyOf(SettingsParser.targetOptionKeys());
    }

    @Override
    public int call(Io io) {
        var run = new ModelRun(io, files);
        var parser = new SettingsParser();
        var problems = new CommandProblems();
        choice.targetsAndOut(parser, problems);
        if (timestamp != null) problems.usage(parser.timestamp(timestamp), "--timestamp");
        if (seed != null) problems.usage(parser.seed(seed), "--seed");
        if (rows != null) problems.usage(parser.rows(rows), "--rows");
        choice.options(parser, problems);
        rules.into(parser, problems);
        run.settle(parser, settingsFile);
        if (run.hasProblems()) {
            reporting.print(run.problems, io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        var settings = run.settings;
        if (settings.out() == null && run.inputs.get(0) == InputFiles.STDIN) {
            throw new UsageError("a model read from standard input needs an output folder: give --out");
        }
        Path dir = run.outputFolder();
        // From reading the manifest to committing the new one, no other run may write here (SC136). The migrations
        // target writes the first migration of an empty history: from reading the history to the commit, generate
        // holds its lock as migrate does (SC568), so the two cannot both write a first migration.
        boolean migrations = settings.chosenTargets().stream().anyMatch(t -> t.name().equals("migrations"));
        var locks = check ? OutputLocks.none() : OutputLocks.take(List.of(dir), migrations ? dir.resolve(HistoryFolder.DIR) : null);
        if (locks.problem() != null) {
            reporting.print(List.of(locks.problem()), io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        // Without --check each file goes to disk as it is rendered, staged inside the output folder;
        // the staged files are moved into place only when the whole run has succeeded.
        if (!check) Staging.removeLeftovers(dir, locks);
        try (locks; var staging = check ? null : new Staging(dir)) {
            return write(io, run, dir, staging, locks);
        }
    }

    private int write(Io io, ModelRun run, Path dir, Staging staging, OutputLocks locks) {
        var settings = run.settings;
        var generated = run.generate(dir, staging);
        var c = generated.compilation();
        if (c.hasErrors()) {
            reporting.print(c.diagnostics(), io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        List<Target> chosen = settings.chosenTargets();
        var result = generated.result();
        var all = new ArrayList<Diagnostic>(generated.diagnostics());
        // --check fails on a history the model or a hand has left behind, as migrate --check does.
        boolean historyBehind = all.stream().anyMatch(d -> d.code().equals(dev.schemac.diag.Code.UNCOVERED_CHANGES.id())
                || d.code().equals(dev.schemac.diag.Code.HISTORY_EDITED.id()) || d.code().equals(dev.schemac.diag.Code.HISTORY_FORKED.id()));
        if (generated.hasErrors()) {
            reporting.print(all, io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        var folder = new OutputFolder(dir, new OutputFolder.Claim(c.model().settings().name(), force, run.filesRead()));
        Set<String> removable = chosen.stream().filter(Target::removesStaleFiles).map(Target::name).collect(Collectors.toSet());
        var plan = staging == null ? folder.plan(result.files(), result.owners(), removable)
                : folder.planContents(staging.files(), result.owners(), removable);
        if (plan.problem() != null) all.add(plan.problem());
        if (plan.problem() != null || check) {
            reporting.print(all, io.err(), io.out());
            if (plan.problem() != null) return Main.INPUT_ERRORS;
            int current = report(io, plan, folder.root());
            return historyBehind ? Main.INPUT_ERRORS : current;
        }
        var tx = new FileTransaction(folder.root()).reads(run.filesRead());
        plan.addTo(tx, locks);
        var outcome = tx.commit();
        if (outcome.failed()) all.add(outcome.failure());
        reporting.print(all, io.err(), io.out());
        if (outcome.failed()) return Main.INPUT_ERRORS;
        if (reporting.format == Reporting.Format.human) {
            var err = io.err();
            err.printf("wrote %d file%s to %s (%d unchanged%s)%n", plan.changed().size(), plan.changed().size() == 1 ? "" : "s",
                    PlainText.visible(folder.root().toString()), plan.unchanged().size(),
                    plan.stale().isEmpty() ? "" : ", " + plan.stale().size() + " stale removed");
            for (String s : plan.stale()) err.println("removed stale " + PlainText.visible(folder.root().resolve(s).toString()));
            keptAndIgnored(io, plan, folder.root());
        }
        return Main.OK;
    }

    /** {@code --check}: the diff and the stale files; exit 1 when anything would change. */
    private int report(Io io, OutputFolder.Plan plan, Path root) {
        var err = io.err();
        if (reporting.format == Reporting.Format.human) {
            io.out().print(plan.diff());
            io.out().flush();
        }
        for (String s : plan.changed()) err.println("out of date: " + PlainText.visible(root.resolve(s).toString()));
        for (String s : plan.stale()) err.println("stale: " + PlainText.visible(root.resolve(s).toString()) + " (written by an earlier run; generate removes it)");
        if (plan.manifestOutOfDate()) {
            err.println("out of date: " + PlainText.visible(root.resolve(dev.schemac.output.Manifest.NAME).toString())
                    + " (generate rewrites it)");
        }
        keptAndIgnored(io, plan, root);
        err.flush();
        return plan.isCurrent() ? Main.OK : Main.INPUT_ERRORS;
    }

    private void keptAndIgnored(Io io, OutputFolder.Plan plan, Path root) {
        var err = io.err();
        for (String s : plan.keptEdited()) {
            err.println("kept " + PlainText.visible(root.resolve(s).toString()) + ": no longer generated, but edited since schemac wrote it; delete it if unneeded");
        }
        if (!plan.ignoredEntries().isEmpty()) {
            err.println("ignored " + plan.ignoredEntries().size() + " malformed line(s) of "
                    + PlainText.visible(root.resolve(dev.schemac.output.Manifest.NAME).toString()) + " (a path outside the folder, or not written by schemac)");
        }
    }

}
