package dev.schemac.config;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's settings file, {@value #NAME}: what a project would otherwise repeat on every
 * run (targets, output folder, target options, rule severities). Its syntax is {@link Toml}'s
 * strict subset of TOML; its keys and values are judged by {@link SettingsParser}, as every
 * other source of settings is. A relative {@code out} is taken from the file's folder.
 *
 * <pre>
 * targets = ["postgres", "java", "docs"]
 * out = "build/schema"
 * timestamp = "20250101000000"
 *
 * [java]
 * package = "com.example.db"
 *
 * [severity]
 * SC701 = "error"
 * </pre>
 */
public final class SettingsFile {
    public static final String NAME = "schemac.toml";
    /** Far beyond any settings file; a bound so a wrong path cannot exhaust memory. */
    public static final long MAX_BYTES = 1 << 20;

    /** The settings read from {@code path} (NONE when it had errors) and what was wrong with it. */
    public record Loaded(Path path, ProjectSettings settings, List<Diagnostic> diagnostics) {
        public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
    }

    private SettingsFile() {}

    /**
     * The settings file that applies to a model in {@code folder}: {@value #NAME} in that folder
     * or the nearest one above it, stopping at the project's root (a folder with {@code .git})
     * so that a file outside the project never applies.
     */
    public static Optional<Path> find(Path folder) {
        return find(folder, userHome());
    }

    /**
     * {@link #find(Path)} with the user's home folder {@code home} (null: none known). Inside the home folder the
     * search ends there at the latest, as {@link #projectRoot(Path, Path)} does: a folder above it is the machine's or
     * another user's, and a {@value #NAME} there is no project's.
     */
    public static Optional<Path> find(Path folder, Path home) {
        Path homeDir = home == null ? null : home.toAbsolutePath().normalize();
        Path start = folder.toAbsolutePath().normalize();
        boolean inHome = homeDir != null && start.startsWith(homeDir);
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (inHome && !dir.startsWith(homeDir)) return Optional.empty();
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
            if (isProjectRoot(dir)) return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The project a settings file in {@code folder} belongs to: the nearest folder with {@code .git}, that one or one
     * above it; {@code folder} itself when there is none. A settings file's {@code out} stays within it.
     */
    public static Path projectRoot(Path folder) {
        return projectRoot(folder, userHome());
    }

    private static Path userHome() {
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home);
    }

    /**
     * {@link #projectRoot(Path)} with the user's home folder {@code home} (null: none known). A {@code .git} above the
     * home folder is the machine's, not a project's; one in the home folder itself is a repository of the user's own
     * files (dotfiles) unless the home folder holds a project's build file beside it ({@link #BUILD_FILES}), as where
     * the home folder is an application's checkout (Heroku's and many containers' {@code /app}). A project without a
     * repository of its own (unpacked from an archive, not yet `git init`) inside a dotfiles home would otherwise have
     * every folder of the home as its project, and its settings file could write to any of them: such a project is its
     * settings file's own folder.
     */
    public static Path projectRoot(Path folder, Path home) {
        Path start = folder.toAbsolutePath().normalize();
        Path homeDir = home == null ? null : home.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (homeDir != null && homeDir.startsWith(dir) && !(dir.equals(homeDir) && holdsBuildFile(dir))) break;
            if (isProjectRoot(dir)) return dir;
        }
        return start;
    }

    /**
     * The files that say a folder is a project's root, whatever its language: a home folder holding one is a checkout.
     * Only files a home folder does not get by accident: {@code npm install} in the home folder writes a
     * {@code package.json} there, and a stray {@code requirements.txt} or {@code Dockerfile} is common.
     */
    static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle",
            "settings.gradle.kts", "pyproject.toml", "setup.py", "Gemfile.lock", "go.mod", "Cargo.toml", "composer.lock", "mix.exs",
            "Procfile");

    private static boolean holdsBuildFile(Path dir) {
        return BUILD_FILES.stream().anyMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }

    private static boolean isProjectRoot(Path dir) {
        return Files.exists(dir.resolve(".git"));
    }

    public static Loaded load(Path path) { return load(path, false); }

    /**
     * {@code outGiven}: the command line names the output folder, so the file's {@code out} is
     * neither followed nor judged (one that leads outside the project is refused otherwise, {@link #projectRoot}).
     */
    public static Loaded load(Path path, boolean outGiven) {
        var read = InputFiles.readSettings(path, MAX_BYTES);
        if (read.problem() != null) return new Loaded(path, ProjectSettings.NONE, List.of(read.problem()));
        return parse(read.file(), path.toAbsolutePath().getParent(), outGiven);
    }

    /** Parses settings text; {@code folder} is where a relative {@code out} starts. */
    public static Loaded parse(SourceFile file, Path folder) { return parse(file, folder, false); }

    private static Loaded parse(SourceFile file, Path folder, boolean outGiven) {
        var toml = Toml.parse(file);
        var diags = new ArrayList<>(toml.diagnostics());
        var parser = new SettingsParser();
        if (diags.isEmpty()) {
            for (Toml.Entry e : toml.entries()) apply(e, parser, outGiven ? null : folder, diags);
        }
        var settings = diags.isEmpty() ? parser.build() : ProjectSettings.NONE;
        return new Loaded(Path.of(file.path()), settings, List.copyOf(diags));
    }

    /** {@code folder} null: the command line's output folder wins, and the file's {@code out} is passed over. */
    private static void apply(Toml.Entry e, SettingsParser parser, Path folder, List<Diagnostic> diags) {
        String key = e.key();
        Toml.Value v = e.value();
        if (e.segments().stream().anyMatch(s -> s.isEmpty() || s.contains("."))) {
            diags.add(Messages.unknownProjectSetting(e.keySpan(), key, "a quoted key part may not be empty or hold a dot", null));
            return;
        }
        List<Problem> problems;
        switch (key) {
            case SettingsParser.TARGETS -> {
                if (!(v instanceof Toml.Arr arr) || !arr.items().stream().allMatch(x -> x instanceof Toml.Str)) {
                    diags.add(bad(v, key, "must be an array of target names, such as [\"sqlite\", \"java\"]"));
                    return;
                }
                var names = arr.items().stream().map(x -> ((Toml.Str) x).value()).toList();
                for (Problem p : parser.targets(names)) {
                    Span at = p.item() >= 0 ? arr.items().get(p.item()).span() : v.span();
                    diags.add(Messages.badProjectSetting(at, key, p.message()));
                }
                return;
            }
            case SettingsParser.SEED, SettingsParser.ROWS -> {
                if (!(v instanceof Toml.Int n)) {
                    diags.add(bad(v, key, "must be an integer, written without quotes"));
                    return;
                }
                problems = parser.set(key, String.valueOf(n.value()));
            }
            case SettingsParser.STRICT -> {
                if (!(v instanceof Toml.Bool b)) {
                    diags.add(bad(v, key, "must be true or false, written without quotes"));
                    return;
                }
                problems = parser.set(key, String.valueOf(b.value()));
            }
            case SettingsParser.SEVERITY -> {
                diags.add(bad(v, key, "is a table of rule codes: write `[severity]` and then `SC701 = \"error\"`"));
                return;
            }
            default -> {
                boolean known = SettingsParser.KEYS.contains(key) || key.startsWith(SettingsParser.SEVERITY + ".")
                        || SettingsParser.targetOptionKeys().contains(key);
                if (known && !(v instanceof Toml.Str)) {
                    diags.add(bad(v, key, "must be a string, written in double quotes"
                            + (key.equals(SettingsParser.TIMESTAMP) ? ": timestamp = \"20250101000000\"" : "")));
                    return;
                }
                String text = v instanceof Toml.Str s ? s.value() : "";
                if (key.equals(SettingsParser.OUT) && folder == null) return;
                problems = key.equals(SettingsParser.OUT) ? parser.out(text, folder, projectRoot(folder)) : parser.set(key, text);
            }
        }
        for (Problem p : problems) {
            if (p.kind() == Problem.Kind.UNKNOWN_KEY) {
                diags.add(Messages.unknownProjectSetting(e.keySpan(), key, null, p.suggestion()));
            } else {
                diags.add(Messages.badProjectSetting(v.span(), key, p.message()));
            }
        }
    }

    private static Diagnostic bad(Toml.Value v, String key, String problem) {
        return Messages.badProjectSetting(v.span(), key, problem + " (found " + v.kind() + ")");
    }
}
