package dev.schemac.maven;

import dev.schemac.config.InputFiles;
import dev.schemac.config.SettingsParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles and checks the project's models for the chosen targets, as {@code schemac check} does: every diagnostic
 * in the log on its file, line and column; an error fails the build. Writes nothing. When no
 * model, import or setting changed since the last successful check, the work is skipped.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractSchemacMojo {

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution execution;

    @Override
    protected void run(List<Path> models) throws MojoFailureException {
        var settings = settings(new SettingsParser());
        var state = state("check", execution.getExecutionId());
        String fingerprint = fingerprint(models, settings, "check");
        String files = models.size() + " model file" + (models.size() == 1 ? "" : "s");
        if (state.isCurrent(fingerprint)) {
            getLog().info("schemac: " + files + " unchanged since the last check; nothing to do");
            return;
        }
        state.forget();
        var inputs = new InputFiles(null);
        var c = compile(models, settings, inputs);
        // Generate minus the writing: each chosen target's check runs, so a dialect's or a target's
        // limit fails the check as it would fail generate.
        var result = dev.schemac.gen.Targets.check(c, settings.chosenTargets(), settings.targetOptions());
        MavenLog.report(getLog(), result.diagnostics());
        if (result.hasErrors()) fail(result.diagnostics(), "the targets report");
        long warnings = c.diagnostics().size() - MavenLog.errors(c.diagnostics())
                + result.diagnostics().size() - MavenLog.errors(result.diagnostics());
        getLog().info("schemac: " + files + " checked, " + warnings + " warning" + (warnings == 1 ? "" : "s")
                + " or note" + (warnings == 1 ? "" : "s"));
        try {
            state.save(fingerprint, read(inputs), List.of());
        } catch (IOException e) {
            getLog().warn("schemac: cannot record the build state (" + MavenLog.shown(e.getMessage()) + "); the next build checks again");
        }
    }
}
