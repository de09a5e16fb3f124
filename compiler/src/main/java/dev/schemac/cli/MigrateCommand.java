package dev.schemac.cli;

import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.evolve.Describe;
import dev.schemac.evolve.Evolution;
import dev.schemac.evolve.History;
import dev.schemac.evolve.Lint;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.output.DiskWriter;
import dev.schemac.resolve.RenameHintReader;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "migrate", description = "Writes the next migration (SQL per dialect, Alembic, Prisma Migrate, snapshot) "
        + "from the history in the output's migrations/ folder to the model, and refreshes the other targets.")
final class MigrateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed).")
    List<Path> files;

    @Option(names = "--name", paramLabel = "NAME",
            description = "What the migration does, in lower case: letters, digits, underscores (add_user_email). "
                    + "Required unless --check.")
    String name;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory. Default: `generated` next to the first FILE.")
    Path out;

    @Option(names = "--timestamp", paramLabel = "yyyyMMddHHmmss",
            description = "Timestamp of the migration, after the last one's. Default: the current UTC time.")
    String timestamp;

    @Option(names = "--allow-destructive", description = "Write the migration even when it drops or narrows data; "
            + "each destructive statement gets a comment.")
    boolean allowDestructive;

    @Option(names = "--check", description = "Write nothing; exit 1 if the model has changes no migration covers "
            + "or the history was changed by hand.")
    boolean check;

    @Option(names = "--dry-run", description = "Write nothing; print the migration's up SQL for the primary dialect.")
    boolean dryRun;

    @Mixin
    Reporting reporting;

    @Mixin
    RuleOptions rules;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public Integer call() throws IOException {
        var cl = spec.commandLine();
        if (name == null && !check) throw new CommandLine.ParameterException(cl, "--name is required (what the migration does)");
        if (name != null && !History.ID.matcher("00000000000000_" + name).matches()) {
            throw new CommandLine.ParameterException(cl, "--name must be 1 to 63 characters of a-z, 0-9 and _, starting with a "
                    + "letter or digit (it becomes part of file names): " + name);
        }
        if (timestamp != null) {
            try {
                LocalDateTime.parse(timestamp, TS);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(cl, "--timestamp must be a date and time, yyyyMMddHHmmss: " + timestamp);
            }
        }
        var c = Compiler.compile(files, rules.levels(cl), rules.strict);
        if (c.hasErrors()) {
            reporting.print(c.diagnostics(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        Path dir = out != null ? out : defaultOut();
        var existing = MigrationHistory.files(dir);
        History history = History.read(existing);
        var all = new ArrayList<Diagnostic>(c.diagnostics());
        all.addAll(MigrationHistory.problems(dir, history, existing));
        var plan = Evolution.plan(c.model(), c.catalog(), history, RenameHintReader.read(files));
        all.addAll(plan.diagnostics());
        if (all.stream().anyMatch(Diagnostic::isError)) {
            reporting.print(sorted(all), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        if (plan.isEmpty()) {
            reporting.print(sorted(all), cl.getErr(), cl.getOut());
            cl.getOut().println("no changes");
            return Main.OK;
        }
        var sentences = Describe.sentences(plan.up());
        if (check) {
            all.add(Messages.uncoveredChanges(c.model().settings().span(),
                    history.isEmpty() ? "(none)" : history.last().id(), plan.up().size()));
            reporting.print(sorted(all), cl.getErr(), cl.getOut());
            for (String s : sentences) cl.getErr().println("  " + s);
            return Main.INPUT_ERRORS;
        }
        all.addAll(Lint.diagnostics(plan.findings(), c.model(), c.catalog(), allowDestructive));
        if (all.stream().anyMatch(Diagnostic::isError)) {
            reporting.print(sorted(all), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        String ts = timestamp != null ? timestamp : LocalDateTime.now(ZoneOffset.UTC).format(TS);
        if (!history.isEmpty() && ts.compareTo(history.last().timestamp()) <= 0) {
            throw new CommandLine.ParameterException(cl, "--timestamp " + ts + " is not after the last migration's, "
                    + history.last().id());
        }
        Map<String, String> step = MigrationFiles.step(c.model(), history, plan, ts, name, allowDestructive);
        for (String p : step.keySet()) {
            if (Files.exists(dir.resolve(p))) {
                all.add(Messages.migrationExists(new Span(new SourceFile(dir.resolve(p).toString(), ""), 0, 0), p));
            }
        }
        if (dryRun) {
            reporting.print(sorted(all), cl.getErr(), cl.getOut());
            cl.getOut().print(step.get(MigrationFiles.sqlPath(c.model().settings().dialect(), ts + "_" + name, "up")));
            return Main.OK;
        }
        var after = new LinkedHashMap<String, String>(existing);
        step.forEach((p, t) -> after.put(p.substring(MigrationFiles.ROOT.length()), t));
        History next = History.read(after);
        String first = next.entries().get(0).timestamp();
        var result = Targets.run(c, Targets.all(), new TargetOptions(first, 42, 5, Map.of(), next));
        all.addAll(result.diagnostics());
        if (all.stream().anyMatch(Diagnostic::isError)) {
            reporting.print(sorted(all), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        var output = new LinkedHashMap<String, String>(result.files());
        output.putAll(step);
        reporting.print(sorted(all), cl.getErr(), cl.getOut());
        var written = DiskWriter.write(dir, output);
        String id = ts + "_" + name;
        cl.getOut().println("migration " + id + ":");
        for (String s : sentences) cl.getOut().println("  " + s);
        if (reporting.format == Reporting.Format.human) {
            cl.getErr().printf("wrote %d file%s to %s%n", written.size(), written.size() == 1 ? "" : "s", dir);
        }
        return Main.OK;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> ds) {
        var copy = new ArrayList<>(ds);
        copy.sort(dev.schemac.diag.Diagnostics.ORDER);
        return copy;
    }

    private Path defaultOut() {
        Path parent = files.get(0).toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("generated");
    }
}
