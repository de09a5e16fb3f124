package dev.schemac.maven;

import dev.schemac.config.InputFiles;
import dev.schemac.config.ProjectSettings;
import dev.schemac.config.SettingsParser;
import dev.schemac.diag.Diagnostic;
import dev.schemac.evolve.HistoryFolder;
import dev.schemac.gen.Target;
import dev.schemac.gen.Targets;
import dev.schemac.gen.java.JavaTarget;
import dev.schemac.output.FileTransaction;
import dev.schemac.output.OutputFolder;
import dev.schemac.output.OutputLocks;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the chosen targets of the project's models, as {@code schemac generate} does: the
 * {@code java} target's sources into {@link #outputDirectory}, which is added to the compile
 * source roots so the records compile in the same build, every other output into
 * {@link #resourcesDirectory}. All files of a run are written or none is; files an earlier run
 * wrote and this one no longer writes are removed (each folder keeps a manifest). When no
 * input, setting or output changed since the last run, the work is skipped.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractSchemacMojo {

    /** Targets to generate (such as java, postgres, docs); default: the settings file's, else all. */
    @Parameter(property = "schemac.targets")
    List<String> targets;

    /** Where the java target's sources go; added to the compile source roots. */
    @Parameter(property = "schemac.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/schemac")
    File outputDirectory;

    /** Where every other output goes (SQL, migrations, documents, ...). */
    @Parameter(property = "schemac.resourcesDirectory",
            defaultValue = "${project.build.directory}/generated-resources/schemac")
    File resourcesDirectory;

    /** Adds {@link #resourcesDirectory} to the project's resources, so the outputs are packaged. */
    @Parameter(property = "schemac.addResources", defaultValue = "false")
    boolean addResources;

    /** Target options, such as {@code <java.package>com.example.db</java.package>}. */
    @Parameter
    Map<String, String> options = new LinkedHashMap<>();

    /** The migrations' timestamp, yyyyMMddHHmmss in UTC. */
    @Parameter(property = "schemac.timestamp")
    String timestamp;

    /** Seed of the sample data. */
    @Parameter(property = "schemac.seed")
    String seed;

    /** Sample rows per table. */
    @Parameter(property = "schemac.rows")
    String rows;

    /**
     * Replace files in the output folders that schemac did not write (SC137), and take over folders
     * another model's runs wrote (SC138), as {@code schemac generate --force} does.
     */
    @Parameter(property = "schemac.force", defaultValue = "false")
    boolean force;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution execution;

    /** Its outputs go to {@link #outputDirectory} and {@link #resourcesDirectory}, never to the settings file's {@code out}. */
    @Override
    protected boolean hasOwnOutputFolder() {
        return true;
    }

    @Override
    protected void run(List<Path> models) throws MojoExecutionException, MojoFailureException {
        var parser = new SettingsParser();
        if (targets != null && !targets.isEmpty()) parser.targets(targets);
        if (timestamp != null) parser.timestamp(timestamp);
        if (seed != null) parser.seed(seed);
        if (rows != null) parser.rows(rows);
        options.forEach(parser::option);
        ProjectSettings settings = settings(parser);
        List<Target> chosen = settings.chosenTargets();
        Path sources = outputDirectory.toPath().toAbsolutePath().normalize();
        Path resources = resourcesDirectory.toPath().toAbsolutePath().normalize();

        var state = state("generate", execution.getExecutionId());
        String fingerprint = fingerprint(models, settings, "folders " + sources + " " + resources);
        if (state.isCurrent(fingerprint)) {
            getLog().info("schemac: outputs are up to date (" + models.size() + " model file"
                    + (models.size() == 1 ? "" : "s") + "); nothing to do");
            addRoots(chosen, sources, resources);
            return;
        }
        state.forget();

        var inputs = new InputFiles(null);
        var c = compile(models, settings, inputs);
        var result = Targets.run(c, chosen, settings.targetOptions());
        MavenLog.report(getLog(), result.diagnostics());
        if (result.hasErrors()) fail(result.diagnostics(), "the targets report");

        List<OutputFolder.Plan> plans;
        var javaFiles = new TreeMap<String, String>();
        var javaOwners = new TreeMap<String, String>();
        var otherFiles = new TreeMap<String, String>();
        var otherOwners = new TreeMap<String, String>();
        result.files().forEach((path, content) -> {
            String owner = result.owners().get(path);
            if ("java".equals(owner) && path.startsWith(JavaTarget.SOURCE_ROOT)) {
                String rel = path.substring(JavaTarget.SOURCE_ROOT.length());
                javaFiles.put(rel, content);
                javaOwners.put(rel, owner);
            } else {
                otherFiles.put(path, content);
                otherOwners.put(path, owner);
            }
        });
        Set<String> removable = chosen.stream().filter(Target::removesStaleFiles).map(Target::name).collect(Collectors.toSet());
        boolean migrations = chosen.stream().anyMatch(t -> t.name().equals("migrations"));
        // The folders' locks, as the command line takes them (SC136, SC568), from reading their manifests to the commit.
        try (var locks = OutputLocks.take(List.of(sources, resources), migrations ? resources.resolve(HistoryFolder.DIR) : null)) {
            if (locks.problem() != null) {
                MavenLog.report(getLog(), List.of(locks.problem()));
                fail(List.of(locks.problem()), "writing the outputs has");
            }
            var claim = claim(c.model().settings().name(), force, inputs.filesRead());
            plans = plans(sources, javaFiles, javaOwners, resources, otherFiles, otherOwners, claim, removable);
            var problems = new ArrayList<Diagnostic>();
            for (var plan : plans) if (plan.problem() != null) problems.add(plan.problem());
            if (problems.isEmpty()) {
                var tx = new FileTransaction(null).reads(inputs.filesRead());
                for (var plan : plans) plan.addTo(tx, locks);
                var outcome = tx.commit();
                if (outcome.failed()) problems.add(outcome.failure());
            }
            if (!problems.isEmpty()) {
                MavenLog.report(getLog(), problems);
                fail(problems, "writing the outputs has");
            }
        }
        int changed = 0;
        int unchanged = 0;
        var written = new ArrayList<Path>();
        for (var plan : plans) {
            changed += plan.changed().size();
            unchanged += plan.unchanged().size();
            for (String s : plan.stale()) getLog().info("schemac: removed stale " + MavenLog.shown(plan.root().resolve(s)));
            for (String s : plan.keptEdited()) {
                getLog().warn("schemac: kept " + MavenLog.shown(plan.root().resolve(s)) + ": no longer generated, but edited since");
            }
            plan.files().keySet().forEach(rel -> written.add(plan.root().resolve(rel)));
        }
        getLog().info("schemac: wrote " + changed + " file" + (changed == 1 ? "" : "s") + " (" + unchanged + " unchanged) to "
                + (javaFiles.isEmpty() ? "" : MavenLog.shown(sources) + (otherFiles.isEmpty() ? "" : " and "))
                + (otherFiles.isEmpty() ? "" : MavenLog.shown(resources)));
        try {
            state.save(fingerprint, read(inputs), written);
        } catch (IOException e) {
            getLog().warn("schemac: cannot record the build state (" + MavenLog.shown(e.getMessage()) + "); the next build does the work again");
        }
        addRoots(chosen, sources, resources);
    }

    /** The plugin's claim on its folders: its refusals' help names its own {@code -Dschemac.force}. */
    static OutputFolder.Claim claim(String model, boolean force, java.util.Collection<Path> reads) {
        return new OutputFolder.Claim(model, force, reads, "-Dschemac.force", false);
    }

    /**
     * The plans of the two folders. One folder named twice is one plan over all its files: a plan each
     * would each write the folder's one manifest, the last naming only its own files, and the next run
     * would refuse (SC137) or remove as stale what the other wrote.
     */
    static List<OutputFolder.Plan> plans(Path sources, Map<String, String> javaFiles, Map<String, String> javaOwners,
                                         Path resources, Map<String, String> otherFiles, Map<String, String> otherOwners,
                                         OutputFolder.Claim claim, Set<String> removable) {
        if (sources.equals(resources)) {
            var files = new TreeMap<String, String>(otherFiles);
            var owners = new TreeMap<String, String>(otherOwners);
            files.putAll(javaFiles);
            owners.putAll(javaOwners);
            return List.of(new OutputFolder(resources, claim).plan(files, owners, removable));
        }
        return List.of(new OutputFolder(sources, claim).plan(javaFiles, javaOwners, removable),
                new OutputFolder(resources, claim).plan(otherFiles, otherOwners, removable));
    }

    private void addRoots(List<Target> chosen, Path sources, Path resources) {
        if (chosen.stream().anyMatch(t -> t.name().equals("java"))) {
            project.addCompileSourceRoot(sources.toString());
        }
        if (addResources && project.getResources().stream().noneMatch(r -> resources.toString().equals(r.getDirectory()))) {
            var r = new Resource();
            r.setDirectory(resources.toString());
            project.addResource(r);
        }
    }
}
