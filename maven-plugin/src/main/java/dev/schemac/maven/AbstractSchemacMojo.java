package dev.schemac.maven;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.config.InputFiles;
import dev.schemac.config.Problem;
import dev.schemac.config.ProjectSettings;
import dev.schemac.config.SettingsFile;
import dev.schemac.config.SettingsParser;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.output.Sha256;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every schemac goal shares: finding the model files, the settings (this execution's
 * configuration over {@code schemac.toml} over the defaults, judged by the compiler's one
 * settings parser), and compiling with every diagnostic in Maven's log.
 *
 * <p>A new goal is a subclass that implements {@link #run}: it calls {@link #settings} and
 * {@link #compile} and then does its own work with the clean compilation, as
 * {@link MigrationsCheckMojo} does (it compares the model with the project's migration
 * history and reports what is missing through {@link #fail}).
 */
public abstract class AbstractSchemacMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The folder the model files are found in. */
    @Parameter(property = "schemac.schemaDirectory", defaultValue = "${project.basedir}/src/main/schema")
    protected File schemaDirectory;

    /** Which files below {@link #schemaDirectory} are models (Ant-style patterns). Default: all .schema files. */
    @Parameter
    protected List<String> includes = new ArrayList<>(List.of("**/*.schema"));

    /** Files below {@link #schemaDirectory} that are not models, though an include matches. */
    @Parameter
    protected List<String> excludes = new ArrayList<>();

    /** The project's settings file; read when it exists. This configuration wins over it. */
    @Parameter(property = "schemac.settingsFile", defaultValue = "${project.basedir}/" + SettingsFile.NAME)
    protected File settingsFile;

    /** Rule severities by code, such as {@code <SC701>error</SC701>}: error, warning, info or off. */
    @Parameter
    protected Map<String, String> severities = new LinkedHashMap<>();

    /** Normal-form warnings become errors. */
    @Parameter(property = "schemac.strict")
    protected Boolean strict;

    /** Skips this goal. */
    @Parameter(property = "schemac.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("schemac: skipped");
            return;
        }
        List<Path> models;
        try {
            models = SchemaFiles.find(schemaDirectory.toPath(), includes, excludes);
        } catch (IOException e) {
            throw new MojoExecutionException("schemac: cannot list " + MavenLog.shown(schemaDirectory) + ": " + MavenLog.shown(e.getMessage()), e);
        }
        if (models.isEmpty()) {
            getLog().info("schemac: no model files (" + MavenLog.shown(String.join(", ", includes)) + ") under " + MavenLog.shown(schemaDirectory)
                    + "; nothing to do");
            return;
        }
        try {
            run(models);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in schemac, not in the project: the compiler's short report (SC139); -e shows the trace.
            var report = Messages.internalError(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), null);
            MavenLog.report(getLog(), List.of(report));
            throw new MojoExecutionException("schemac: internal error (SC139)", e);
        }
    }

    /** The goal's work on the project's model files (at least one). */
    protected abstract void run(List<Path> models) throws MojoExecutionException, MojoFailureException;

    /**
     * The settings of this execution: {@code configure} hands this goal's parameters to the
     * parser; the settings file's values fill what they leave open.
     */
    protected final ProjectSettings settings(SettingsParser configured) throws MojoFailureException {
        severities.forEach((code, level) -> configured.severity(code, level));
        if (strict != null) configured.strict(String.valueOf(strict));
        if (configured.hasProblems()) {
            for (Problem p : configured.problems()) {
                getLog().error("schemac: configuration <" + MavenLog.shown(p.key()) + "> " + MavenLog.shown(p.message() + p.didYouMean("")));
            }
            throw new MojoFailureException("schemac: the plugin configuration has errors (see above)");
        }
        ProjectSettings file = ProjectSettings.NONE;
        if (settingsFile != null && Files.isRegularFile(settingsFile.toPath())) {
            var loaded = SettingsFile.load(settingsFile.toPath(), hasOwnOutputFolder());
            MavenLog.report(getLog(), loaded.diagnostics());
            if (loaded.hasErrors()) fail(loaded.diagnostics(), "the settings file " + MavenLog.shown(settingsFile) + " has");
            file = loaded.settings();
        }
        return configured.build().over(file);
    }

    /**
     * Whether this goal writes or reads its own folder, not the settings file's {@code out}: then that {@code out} is
     * neither followed nor judged, as the command line's {@code --out} passes over it; one the goal never reads must
     * not fail the build.
     */
    protected boolean hasOwnOutputFolder() {
        return false;
    }

    /**
     * Compiles the models, every diagnostic in the log; fails the build on errors. Reads
     * through {@code inputs}, which remembers each file read (imports too).
     */
    protected final Compilation compile(List<Path> models, ProjectSettings settings, InputFiles inputs)
            throws MojoFailureException {
        var refused = inputs.checkRoots(models);
        if (!refused.isEmpty()) {
            MavenLog.report(getLog(), refused);
            fail(refused, "the model files have");
        }
        // For the chosen targets: a check about one target's names speaks only when that target is chosen.
        var targets = settings.chosenTargets().stream().map(dev.schemac.gen.Target::name)
                .collect(java.util.stream.Collectors.toSet());
        Compilation c = Compiler.compile(models, inputs, settings.severities(), settings.isStrict(), targets);
        MavenLog.report(getLog(), once(c.diagnostics()));
        if (c.hasErrors()) fail(c.diagnostics(), "the model has");
        return c;
    }

    /**
     * The diagnostics not yet logged by another schemac goal of this project in this build:
     * {@code check} and {@code generate} compile the same model, and a warning is said once.
     */
    @SuppressWarnings("unchecked")
    private List<Diagnostic> once(List<Diagnostic> diagnostics) {
        Map<Object, Object> context = getPluginContext();
        if (context == null) return diagnostics;
        var said = (java.util.Set<String>) context.computeIfAbsent("schemac.logged", k -> new java.util.HashSet<String>());
        var out = new ArrayList<Diagnostic>();
        for (Diagnostic d : diagnostics) {
            String key = d.code() + " " + (d.span() == null ? "" : d.span().location()) + " " + d.message();
            if (said.add(key) || d.isError()) out.add(d);
        }
        return out;
    }

    /** Where a goal keeps what its last successful run read and wrote (see {@link BuildState}). */
    protected final BuildState state(String goal, String executionId) {
        return new BuildState(Path.of(project.getBuild().getDirectory(), "schemac-maven-plugin", goal + "-" + executionId + ".state"));
    }

    /** The files a run read: the models and their imports, and the settings file. */
    protected final List<Path> read(InputFiles inputs) {
        var read = new ArrayList<>(inputs.filesRead());
        if (settingsFile != null && Files.isRegularFile(settingsFile.toPath())) read.add(settingsFile.toPath());
        return read;
    }

    /**
     * What, besides the files' contents, decides a run: the model files found, the settings, and
     * the compiler itself (its jar's size and time, so a rebuilt snapshot counts as a change).
     */
    protected final String fingerprint(List<Path> models, ProjectSettings s, String more) {
        var b = new StringBuilder();
        b.append("models ").append(models).append('\n');
        var o = s.targetOptions();
        b.append("targets ").append(s.chosenTargets().stream().map(t -> t.name()).toList()).append('\n');
        b.append("inputs ").append(o.timestamp()).append(' ').append(o.seed()).append(' ').append(o.rows()).append(' ')
                .append(new java.util.TreeMap<>(o.extra())).append('\n');
        b.append("severities ").append(new java.util.TreeMap<>(s.severities())).append(" strict ").append(s.isStrict()).append('\n');
        b.append(more).append('\n');
        try {
            var jar = Path.of(Compiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            b.append("compiler ").append(jar).append(' ').append(Files.size(jar)).append(' ')
                    .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        } catch (Exception e) {
            b.append("compiler unknown ").append(System.nanoTime()).append('\n'); // unknown: never current
        }
        return Sha256.hex(b.toString());
    }

    /** Ends the build: {@code what} says whose errors they are ("the model has"). */
    protected final void fail(List<Diagnostic> diagnostics, String what) throws MojoFailureException {
        long n = MavenLog.errors(diagnostics);
        throw new MojoFailureException("schemac: " + what + " " + n + " error" + (n == 1 ? "" : "s") + " (see above)");
    }
}
