package dev.schemac.cli;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.config.InputFiles;
import dev.schemac.config.ProjectSettings;
import dev.schemac.config.SettingsParser;
import dev.schemac.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * What the commands that compile a model share: the model's paths ({@code -} is standard
 * input), the settings in their layers (command line over settings file over defaults),
 * and the compilation. New commands (migrate, diff, ...) build on it the same way.
 */
final class ModelRun {
    final CommandLine cl;
    final List<Path> inputs;
    final InputFiles source;
    /** The settings file's problems and the inputs' own (missing, too large, not a file). */
    final List<Diagnostic> problems = new ArrayList<>();
    ProjectSettings settings = ProjectSettings.NONE;

    ModelRun(CommandLine cl, Main main, List<String> files) {
        this.cl = cl;
        this.inputs = InputFiles.fromArguments(files);
        if (inputs.stream().filter(p -> p == InputFiles.STDIN).count() > 1) {
            throw new CommandLine.ParameterException(cl, "standard input (`-`) can be read once only");
        }
        this.source = new InputFiles(main.in);
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
        var loaded = file.load(cl, modelFolder());
        problems.addAll(loaded.diagnostics());
        settings = mine.over(loaded.settings());
        problems.addAll(source.checkRoots(inputs));
    }

    boolean hasProblems() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    Compilation compile() {
        return Compiler.compile(inputs, source, settings.severities(), settings.isStrict());
    }
}
