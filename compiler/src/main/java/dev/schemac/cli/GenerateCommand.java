package dev.schemac.cli;

import dev.schemac.compile.Compiler;
import dev.schemac.output.DiskWriter;
import dev.schemac.gen.Target;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Compiles the model and writes the chosen targets (all of them by default).")
final class GenerateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed).")
    List<Path> files;

    @Option(names = {"-t", "--target"}, split = ",", paramLabel = "T",
            description = "Targets to generate, comma-separated. Default: all. Known: ${COMPLETION-CANDIDATES}",
            completionCandidates = TargetNames.class)
    List<String> targets;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output directory. Default: `generated` next to the first FILE.")
    Path out;

    @Option(names = "--check", description = "Write nothing; exit 1 if any output is missing or out of date.")
    boolean check;

    @Option(names = "--timestamp", paramLabel = "yyyyMMddHHmmss", defaultValue = TargetOptions.DEFAULT_TIMESTAMP,
            description = "Timestamp of generated migrations (an input, so output stays deterministic). Default: ${DEFAULT-VALUE}")
    String timestamp;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the sample data. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--rows", defaultValue = "5", description = "Sample rows per table. Default: ${DEFAULT-VALUE}")
    int rows;

    @Mixin
    Reporting reporting;

    @Mixin
    RuleOptions rules;

    @Spec
    CommandLine.Model.CommandSpec spec;

    static final class TargetNames extends ArrayList<String> {
        TargetNames() { Targets.all().forEach(t -> add(t.name())); }
    }

    @Override
    public Integer call() throws IOException {
        var cl = spec.commandLine();
        List<Target> chosen = choose(cl);
        if (!timestamp.matches("\\d{14}")) {
            throw new CommandLine.ParameterException(cl, "--timestamp must be 14 digits, yyyyMMddHHmmss: " + timestamp);
        }
        if (rows < 1 || rows > 10_000) throw new CommandLine.ParameterException(cl, "--rows must be from 1 to 10000");
        var c = Compiler.compile(files, rules.levels(cl), rules.strict);
        if (c.hasErrors()) {
            reporting.print(c.diagnostics(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        Path dir = out != null ? out : defaultOut();
        // A migration history in the output folder is left alone; the migrations target only compares against it.
        var history = MigrationHistory.files(dir);
        var options = new TargetOptions(timestamp, seed, rows, Map.of()).withHistory(dev.schemac.evolve.History.read(history));
        var result = Targets.run(c, chosen, options);
        var all = new ArrayList<>(c.diagnostics());
        all.addAll(result.diagnostics());
        all.addAll(MigrationHistory.problems(dir, options.history(), history).stream()
                .map(d -> d.withSeverity(dev.schemac.diag.Severity.WARNING)).toList());
        reporting.print(all, cl.getErr(), cl.getOut());
        if (result.hasErrors()) return Main.INPUT_ERRORS;

        if (check) {
            var stale = DiskWriter.outOfDate(dir, result.files());
            for (String s : stale) cl.getErr().println("out of date: " + dir.resolve(s));
            boolean uncovered = all.stream().anyMatch(d -> d.code().equals(dev.schemac.diag.Code.UNCOVERED_CHANGES.id()));
            return stale.isEmpty() && !uncovered ? Main.OK : Main.INPUT_ERRORS;
        }
        var written = DiskWriter.write(dir, result.files());
        if (reporting.format == Reporting.Format.human) {
            cl.getErr().printf("wrote %d file%s to %s (%d unchanged)%n", written.size(), written.size() == 1 ? "" : "s", dir,
                    result.files().size() - written.size());
        }
        return Main.OK;
    }

    private List<Target> choose(CommandLine cl) {
        if (targets == null || targets.isEmpty()) return Targets.all();
        var out = new ArrayList<Target>();
        for (String name : targets) {
            var t = Targets.byName(name.trim());
            if (t.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "unknown target `" + name + "`; known targets: "
                        + String.join(", ", Targets.all().stream().map(Target::name).toList()));
            }
            if (out.stream().noneMatch(x -> x.name().equals(t.get().name()))) out.add(t.get());
        }
        return out;
    }

    private Path defaultOut() {
        Path parent = files.get(0).toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("generated");
    }
}
