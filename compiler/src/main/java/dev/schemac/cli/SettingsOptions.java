package dev.schemac.cli;

import dev.schemac.config.ProjectSettings;
import dev.schemac.config.SettingsFile;
import dev.schemac.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Which settings file applies: the one {@code --settings} names, none with
 * {@code --no-settings}, otherwise {@code schemac.toml} found from the model's folder up to
 * the project root.
 */
final class SettingsOptions {
    @Option(names = "--settings", paramLabel = "FILE",
            description = "The settings file (default: schemac.toml in the model's folder or the nearest one above, "
                    + "up to the project root).")
    Path file;

    @Option(names = "--no-settings", description = "Read no settings file.")
    boolean none;

    /** The file's settings (NONE when there is no file) and its problems, as diagnostics. */
    record Loaded(ProjectSettings settings, List<Diagnostic> diagnostics, Path path) {
        boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
    }

    Loaded load(CommandLine cl, Path modelFolder) {
        if (none && file != null) throw new CommandLine.ParameterException(cl, "--settings and --no-settings exclude each other");
        if (none) return new Loaded(ProjectSettings.NONE, List.of(), null);
        Path p = file;
        if (p == null) {
            p = SettingsFile.find(modelFolder).orElse(null);
            if (p == null) return new Loaded(ProjectSettings.NONE, List.of(), null);
        } else if (!Files.exists(p)) {
            throw new CommandLine.ParameterException(cl, "--settings " + p + ": no such file");
        }
        var loaded = SettingsFile.load(p);
        return new Loaded(loaded.settings(), loaded.diagnostics(), p);
    }
}
