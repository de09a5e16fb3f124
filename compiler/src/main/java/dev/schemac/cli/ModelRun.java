package dev.schemac.cli;

import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.UsageError;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.config.InputFiles;
import dev.schemac.config.ProjectSettings;
import dev.schemac.config.SettingsParser;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the commands that compile a model share: the model's paths ({@code -} is standard
 * input), the settings in their layers (command line over settings file over defaults),
 * and the compilation. New commands (migrate, diff, ...) build on it the same way.
 */
final class ModelRun {
    final List<Path> inputs;
    final InputFiles source;
    /** The settings file's problems and the inputs' own (missing, too large, not a file). */
    final List<Diagnostic> problems = new ArrayList<>();
    ProjectSettings settings = ProjectSettings.NONE;
    /** The settings file read, or null. */
    private Path settingsFile;

    /** {@code inputs} as {@link #inputs(Parsed)} read them. */
    ModelRun(Io io, List<Path> inputs) {
        this.inputs = inputs;
        if (inputs.stream().filter(p -> p == InputFiles.STDIN).count() > 1) {
            throw new UsageError("standard input (`-`) can be read once only");
        }
        this.source = new InputFiles(io.in());
    }

    /**
     * The command's FILE words as the paths of a model: {@code -} is standard input, a word that
     * is no path a usage error. Every command that reads models reads its words so.
     */
    static List<Path> inputs(Parsed args) {
        return args.positionalPaths(InputFiles::fromArgument);
    }

    /** The folder the model is in (the working folder for standard input): where settings are looked for. */
    Path modelFolder() {
        Path first = inputs.get(0);
        Path parent = first == InputFiles.STDIN ? null : first.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /**
     * Layers the command line's settings over the settings file's; a bad command-line value is a
     * usage error, a bad settings file a diagnostic in {@link #problems}.
     */
    void settle(SettingsParser commandLine, SettingsOptions file) {
        ProjectSettings mine = commandLine.build();
        var loaded = file.load(modelFolder(), mine.out() != null);
        settingsFile = loaded.path();
        problems.addAll(loaded.diagnostics());
        settings = mine.over(loaded.settings());
        checkInputs();
    }

    /** Refuses the inputs that are missing, too large or not files, each with a diagnostic in {@link #problems}. */
    void checkInputs() {
        problems.addAll(source.checkRoots(inputs));
    }

    /** The files this run has read (the models, their imports, the settings file): no output may replace one. */
    List<Path> filesRead() {
        var out = new ArrayList<Path>(source.filesRead());
        if (settingsFile != null) out.add(settingsFile);
        return out;
    }

    boolean hasProblems() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    /** Compiles for the chosen targets: a check about one target's names runs only when that target is chosen. */
    Compilation compile() {
        return compile(catalog -> { });
    }

    /** {@link #compile()}, handing the Catalog to {@code lowered} before the model's checks run. */
    private Compilation compile(java.util.function.Consumer<dev.schemac.catalog.Catalog> lowered) {
        var chosen = settings.chosenTargets().stream().map(Target::name).collect(Collectors.toSet());
        return Compiler.compile(inputs, source, settings.severities(), settings.isStrict(), chosen, lowered);
    }

    /** The output folder: the settings' (or --out), else {@code generated} beside the first model; null for standard input without one. */
    Path outputFolder() {
        if (settings.out() != null) return settings.out();
        Path first = inputs.get(0);
        if (first == InputFiles.STDIN) return null;
        Path parent = first.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("generated");
    }

    /**
     * What {@code generate} computes before it writes anything: the chosen targets' files in
     * memory and every diagnostic of the run (the compilation's, the targets', the migration
     * history's). {@code check} is this without the writing, so it reports whatever generate would.
     */
    record Generated(Compilation compilation, Targets.Result result, TargetOptions options, TreeMap<String, String> history,
                     List<Diagnostic> diagnostics) {
        boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
    }

    Generated generate(Path dir) {
        return generate(dir, null);
    }

    /**
     * {@link #generate(Path)} handing each file of a chosen target to {@code sink} as it is
     * written (the result then holds no files); null keeps them in the result.
     */
    Generated generate(Path dir, dev.schemac.output.Output sink) {
        return run(dir, (c, options) -> Targets.run(c, settings.chosenTargets(), options, sink));
    }

    /** What {@link #generate} would report, from the targets' checks: nothing is rendered that need not be. */
    Generated check(Path dir) {
        return run(dir, (c, options) -> Targets.check(c, settings.chosenTargets(), options));
    }

    private Generated run(Path dir, java.util.function.BiFunction<Compilation, TargetOptions, Targets.Result> targets) {
        // The migration history is read, and the chosen targets warm up, beside parsing; the
        // targets prepare (the sample rows) beside the model's checks.
        var reading = HistoryRead.start(dir);
        var preparation = Targets.prepare(settings.chosenTargets(), settings.targetOptions());
        Compilation c;
        try {
            c = compile(preparation::lowered);
        } finally {
            preparation.end();
        }
        if (c.hasErrors()) return new Generated(c, null, null, new TreeMap<>(), c.diagnostics());
        // From here on only the targets read the compilation: what none of them reads is let go.
        c = Targets.forTargets(c, settings.chosenTargets());
        HistoryRead read = reading.join();
        var options = settings.targetOptions().withHistory(read.history());
        var result = targets.apply(c, options);
        var all = new ArrayList<Diagnostic>(c.diagnostics());
        all.addAll(read.unreadable());
        all.addAll(result.diagnostics());
        if (dir != null) {
            // generate leaves a history alone, so a hand-changed one is a warning there; but with no
            // migration left to continue from it would start a second history beside the files of
            // the first (an initial migration beside an orphaned one): then an error.
            boolean restarts = options.history().isEmpty()
                    && settings.chosenTargets().stream().anyMatch(t -> t.name().equals("migrations"));
            all.addAll(dev.schemac.evolve.HistoryFolder.problems(dir, options.history(), read.files()).stream()
                    .map(d -> restarts ? d : d.withSeverity(dev.schemac.diag.Severity.WARNING)).toList());
        }
        return new Generated(c, result, options, read.files(), all);
    }
}
