package dev.schemac.maven;

import dev.schemac.config.InputFiles;
import dev.schemac.config.ProjectSettings;
import dev.schemac.config.SettingsParser;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.diag.Severity;
import dev.schemac.evolve.Describe;
import dev.schemac.evolve.Evolution;
import dev.schemac.evolve.History;
import dev.schemac.evolve.HistoryFolder;
import dev.schemac.evolve.RenameHints;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the model has changes that no migration of the project's history
 * covers, or when the history was edited by hand, as {@code schemac migrate --check} does:
 * a forgotten {@code schemac migrate} is caught in CI. Writes nothing and reads the history
 * from the checked-in folder that {@code schemac migrate} writes to, not from the build's
 * generated outputs.
 */
@Mojo(name = "migrations-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class MigrationsCheckMojo extends AbstractSchemacMojo {

    /**
     * The folder whose {@code migrations/} holds the history. Default: {@code out} of the
     * settings file, else {@code generated} next to the first model file, as for
     * {@code schemac migrate}.
     */
    @Parameter(property = "schemac.historyDirectory")
    File historyDirectory;

    /** Given {@link #historyDirectory}, the goal reads the history there, not under the settings file's {@code out}. */
    @Override
    protected boolean hasOwnOutputFolder() {
        return historyDirectory != null;
    }

    @Override
    protected void run(List<Path> models) throws MojoExecutionException, MojoFailureException {
        ProjectSettings settings = settings(new SettingsParser());
        var inputs = new InputFiles(null);
        var c = compile(models, settings, inputs);
        Path dir = historyDirectory != null ? historyDirectory.toPath()
                : settings.out() != null ? settings.out() : models.get(0).toAbsolutePath().getParent().resolve("generated");
        TreeMap<String, String> files;
        var unreadable = new ArrayList<Diagnostic>();
        try {
            files = HistoryFolder.files(dir, unreadable);
        } catch (IOException e) {
            throw new MojoExecutionException("schemac: cannot read the migration history under " + MavenLog.shown(dir) + ": " + MavenLog.shown(e.getMessage()), e);
        }
        History history = History.read(files);
        // A file that is not UTF-8 or cannot be read is reported at it (SC105, SC107), as the command line does.
        var found = new ArrayList<Diagnostic>(unreadable);
        found.addAll(HistoryFolder.problems(dir, history, files));
        var plan = Evolution.plan(c.model(), c.catalog(), history, RenameHints.of(c.model()));
        found.addAll(plan.diagnostics());
        boolean uncovered = !plan.isEmpty() && found.stream().noneMatch(Diagnostic::isError);
        if (uncovered) {
            // A warning for generate; here it is what the goal is for.
            found.add(Messages.uncoveredChanges(c.model().settings().span(), history.isEmpty() ? "(none)" : history.last().id(),
                    plan.up().size()).withSeverity(Severity.ERROR));
        }
        MavenLog.report(getLog(), found);
        if (found.stream().anyMatch(Diagnostic::isError)) {
            // What the missing migration would do; after a hand edit the diff is against an untrusted snapshot.
            if (uncovered) for (String s : Describe.sentences(plan.up())) getLog().error("  " + MavenLog.shown(s));
            fail(found, "the model and the migration history under " + MavenLog.shown(dir.resolve(HistoryFolder.DIR)) + " have");
        }
        if (history.isEmpty()) {
            getLog().info("schemac: no migrations under " + MavenLog.shown(dir.resolve(HistoryFolder.DIR)) + ", and a model with nothing to migrate");
            return;
        }
        getLog().info("schemac: the model is what migration " + MavenLog.shown(history.last().id()) + " leads to (" + history.entries().size()
                + " migration" + (history.entries().size() == 1 ? "" : "s") + " under " + MavenLog.shown(dir.resolve(HistoryFolder.DIR)) + ")");
    }
}
