package dev.schemac.cli;

import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.UsageError;
import dev.schemac.config.ProjectSettings;
import dev.schemac.config.SettingsFile;
import dev.schemac.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which settings file applies: the one {@code --settings} names, none with
 * {@code --no-settings}, otherwise {@code schemac.toml} found from the model's folder up to
 * the project root.
 */
final class SettingsOptions {
    static final Option FILE = Option.value("FILE", "The settings file (default: schemac.toml in the model's folder or "
            + "the nearest one above, up to the project root).", "--settings");
    static final Option NONE = Option.flag("Read no settings file.", "--no-settings");
    static final List<Option> OPTIONS = List.of(FILE, NONE);

    private final Path file;
    private final boolean none;

    SettingsOptions(Parsed args) {
        file = args.path(FILE);
        none = args.given(NONE);
    }

    /** The file's settings (NONE when there is no file) and its problems, as diagnostics. */
    record Loaded(ProjectSettings settings, List<Diagnostic> diagnostics, Path path) {
        boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
    }

    /** {@code outGiven}: the command line names the output folder, which the file's {@code out} then does not. */
    Loaded load(Path modelFolder, boolean outGiven) {
        if (none && file != null) throw new UsageError("--settings and --no-settings exclude each other");
        if (none) return new Loaded(ProjectSettings.NONE, List.of(), null);
        Path p = file;
        if (p == null) {
            p = SettingsFile.find(modelFolder).orElse(null);
            if (p == null) return new Loaded(ProjectSettings.NONE, List.of(), null);
        } else if (!Files.exists(p)) {
            throw new UsageError("--settings " + p + ": no such file");
        }
        var loaded = SettingsFile.load(p, outGiven);
        return new Loaded(loaded.settings(), loaded.diagnostics(), p);
    }
}
