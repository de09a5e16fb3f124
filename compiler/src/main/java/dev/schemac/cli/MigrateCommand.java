package dev.schemac.cli;

import dev.schemac.config.InputFiles;
import dev.schemac.config.SettingsParser;
import dev.schemac.config.Timestamp;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.evolve.Describe;
import dev.schemac.evolve.Evolution;
import dev.schemac.evolve.History;
import dev.schemac.evolve.HistoryFolder;
import dev.schemac.evolve.Lint;
import dev.schemac.evolve.RenameHints;
import dev.schemac.gen.PrismaSide;
import dev.schemac.gen.Target;
import dev.schemac.gen.Targets;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.output.FileTransaction;
import dev.schemac.pull.DatabaseUrl;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import dev.schemac.output.OutputFolder;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "migrate", description = "Writes the next migration (SQL per dialect, Alembic, Prisma Migrate, snapshot) "
        + "from the history in the output's migrations/ folder to the model, and refreshes the other targets.")
final class MigrateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed); `-` reads standard input "
            + "(then --out is required).")
    List<String> files;

    @Option(names = "--name", paramLabel = "NAME",
            description = "What the migration does, in lower case: letters, digits, underscores (add_user_email). "
                    + "Required unless --check.")
    String name;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder. Default: `out` of schemac.toml, else `generated` next to the first FILE.")
    String out;

    @Option(names = "--timestamp", paramLabel = "yyyyMMddHHmmss",
            description = "Timestamp of the migration (UTC), after the last one's. Default: the current UTC time.")
    String timestamp;

    @Option(names = "--allow-destructive", description = "Write the migration even when it drops or narrows data; "
            + "each destructive statement gets a comment.")
    boolean allowDestructive;

    @Option(names = "--check", description = "Write nothing; exit 1 if the model has changes no migration covers "
            + "or the history was changed by hand.")
    boolean check;

    @Option(names = "--from-url", paramLabel = "URL", arity = "0..1", parameterConsumer = UrlOrNothing.class,
            description = "Start the history from this live database (adoption): a baseline migration of the database as it "
                    + "is, then the migration from it to the model. Without a value: the DATABASE_URL variable. The output "
                    + "must have no history yet.")
    String fromUrl;

    @Option(names = "--schema", paramLabel = "NAME",
            description = "With --from-url: the PostgreSQL schema (default: the current one), MySQL database (default: the "
                    + "URL's) or SQLite attached database (default: main).")
    String schema;

    @Option(names = "--dry-run", description = "Write nothing; print the migration's up SQL for the primary dialect.")
    boolean dryRun;

    @Mixin
    Reporting reporting;

    @Mixin
    RuleOptions rules;

    @Mixin
    SettingsOptions settingsFile;

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    @Override
    public Integer call() {
        var cl = spec.commandLine();
        if (name == null && !check) throw new CommandLine.ParameterException(cl, "--name is required (what the migration does)");
        if (name != null && !History.ID.matcher("00000000000000_" + name).matches()) {
            throw new CommandLine.ParameterException(cl, "--name must be 1 to 63 characters of a-z, 0-9 and _, starting with a "
                    + "letter or digit (it becomes part of file names): " + name);
        }
        // The migration's own timestamp is not a setting: schemac.toml's `timestamp` pins the initial migration of
        // `generate`, while each `migrate` needs a new one.
        if (timestamp != null && !Timestamp.isValid(timestamp)) {
            throw new CommandLine.ParameterException(cl, "--timestamp: " + Timestamp.problem(timestamp));
        }
        DatabaseUrl url = null;
        if (fromUrl != null) {
            if (check) throw new CommandLine.ParameterException(cl, "--check and --from-url: to compare a database with the "
                    + "model, run `schemac diff --url`");
            url = DatabaseOptions.parse(cl, fromUrl, "--from-url");
        } else if (schema != null) {
            throw new CommandLine.ParameterException(cl, "--schema names where --from-url reads the database: give --from-url");
        }
        var run = new ModelRun(cl, main, files);
        var parser = new SettingsParser();
        var problems = new CommandProblems(cl);
        if (out != null) problems.usage(parser.out(out, null), "--out");
        rules.into(spec.commandLine(), parser, problems);
        run.settle(parser, settingsFile);
        if (run.hasProblems()) {
            reporting.print(run.problems, cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        var settings = run.settings;
        if (settings.out() == null && run.inputs.get(0) == InputFiles.STDIN) {
            throw new CommandLine.ParameterException(cl, "a model read from standard input needs the folder of its history: give --out");
        }
        var c = run.compile();
        if (c.hasErrors()) {
            reporting.print(c.diagnostics(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        Path dir = settings.out() != null ? settings.out() : defaultOut(run.inputs.get(0));
        TreeMap<String, String> existing;
        try {
            existing = HistoryFolder.files(dir);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read the migration history under " + dir + ": " + e.getMessage());
        }
        History history = History.read(existing);
        var all = new ArrayList<Diagnostic>(c.diagnostics());
        all.addAll(HistoryFolder.problems(dir, history, existing));
        String ts = timestamp != null ? timestamp : LocalDateTime.now(ZoneOffset.UTC).format(TS);
        // Adoption: the history starts with a baseline migration of the live database instead of from nothing.
        var baseline = new LinkedHashMap<String, String>();
        Adoption adoption = null;
        if (url != null) {
            if (!history.isEmpty() || !history.problems().isEmpty()) {
                all.add(PullMessages.historyExists(new Span(new SourceFile(dir.resolve(HistoryFolder.DIR).toString(), ""), 0, 0),
                        history.isEmpty() ? history.problems().get(0).path() : history.last().id()));
                return fail(all);
            }
            try {
                adoption = Adoption.of(c, url, schema);
            } catch (PullFailure f) {
                all.addAll(f.diagnostics());
                return fail(all);
            }
            all.addAll(adoption.diagnostics());
            if (all.stream().anyMatch(Diagnostic::isError)) return fail(all);
            if (!adoption.database().tables().isEmpty()) {
                var prisma = PrismaSide.dialect(c.model(), settings.targetOptions());
                if (prisma.isEmpty()) {
                    all.add(Messages.prismaProvider(settings.targetOptions().extra().get(PrismaSide.OPTION)));
                    return fail(all);
                }
                baseline.putAll(MigrationFiles.baseline(c.model(), prisma.get(), adoption.database(), baselineTimestamp(cl, ts)));
                var relative = new LinkedHashMap<String, String>();
                baseline.forEach((p, t) -> relative.put(p.substring(MigrationFiles.ROOT.length()), t));
                history = History.read(relative);
            }
        }
        var plan = Evolution.plan(c.model(), c.catalog(), history, RenameHints.of(c.model()));
        all.addAll(plan.diagnostics());
        if (all.stream().anyMatch(Diagnostic::isError)) return fail(all);
        if (plan.isEmpty() && baseline.isEmpty()) {
            print(all);
            cl.getOut().println("no changes");
            return Main.OK;
        }
        var sentences = Describe.sentences(plan.up());
        if (check) {
            all.add(Messages.uncoveredChanges(c.model().settings().span(),
                    history.isEmpty() ? "(none)" : history.last().id(), plan.up().size()));
            print(all);
            for (String s : sentences) cl.getErr().println("  " + s);
            return Main.INPUT_ERRORS;
        }
        all.addAll(Lint.diagnostics(plan.findings(), c.model(), c.catalog(), allowDestructive));
        if (all.stream().anyMatch(Diagnostic::isError)) return fail(all);
        if (baseline.isEmpty() && !history.isEmpty() && ts.compareTo(history.last().timestamp()) <= 0) {
            throw new CommandLine.ParameterException(cl, "--timestamp " + ts + " is not after the last migration's, "
                    + history.last().id());
        }
        var prisma = PrismaSide.dialect(c.model(), settings.targetOptions());
        if (prisma.isEmpty()) {
            all.add(Messages.prismaProvider(settings.targetOptions().extra().get(PrismaSide.OPTION)));
            return fail(all);
        }
        // The database already matches the model: the baseline is the whole history.
        var step = new LinkedHashMap<String, String>(baseline);
        if (!plan.isEmpty()) step.putAll(MigrationFiles.step(c.model(), prisma.get(), history, plan, ts, name, allowDestructive));
        for (String p : step.keySet()) {
            if (Files.exists(dir.resolve(p))) {
                all.add(Messages.migrationExists(new Span(new SourceFile(dir.resolve(p).toString(), ""), 0, 0), p));
            }
        }
        if (all.stream().anyMatch(Diagnostic::isError)) return fail(all);
        if (dryRun) {
            print(all);
            if (plan.isEmpty()) cl.getOut().println("no changes");
            else cl.getOut().print(step.get(MigrationFiles.sqlPath(c.model().settings().dialect(), ts + "_" + name, "up")));
            return Main.OK;
        }
        // The other targets are refreshed as `generate` refreshes them, now against the history this migration ends.
        var after = new LinkedHashMap<String, String>(existing);
        step.forEach((p, t) -> after.put(p.substring(MigrationFiles.ROOT.length()), t));
        List<Target> chosen = settings.chosenTargets();
        var result = Targets.run(c, chosen, settings.targetOptions().withHistory(History.read(after)));
        all.addAll(result.diagnostics());
        if (result.hasErrors()) return fail(all);
        var files = new LinkedHashMap<String, String>(result.files());
        var owners = new LinkedHashMap<String, String>(result.owners());
        step.forEach((p, t) -> {
            files.put(p, t);
            owners.put(p, "migrations");
        });
        var folder = new OutputFolder(dir);
        Set<String> removable = chosen.stream().filter(Target::removesStaleFiles).map(Target::name).collect(Collectors.toSet());
        var written = folder.plan(files, owners, removable);
        if (written.problem() != null) {
            all.add(written.problem());
            return fail(all);
        }
        var tx = new FileTransaction(folder.root());
        written.addTo(tx);
        var outcome = tx.commit();
        if (outcome.failed()) {
            all.add(outcome.failure());
            return fail(all);
        }
        print(all);
        if (!baseline.isEmpty()) {
            String base = history.last().id();
            cl.getOut().println("baseline " + base + ": " + adoption.url().display() + " as it is; it has this migration "
                    + "already (`alembic stamp " + history.last().timestamp() + "`, `prisma migrate resolve --applied " + base + "`)");
        }
        if (plan.isEmpty()) {
            cl.getOut().println("no changes: the database matches the model");
        } else {
            cl.getOut().println("migration " + ts + "_" + name + ":");
            for (String s : sentences) cl.getOut().println("  " + s);
        }
        if (reporting.format == Reporting.Format.human) {
            cl.getErr().printf("wrote %d file%s to %s%n", written.changed().size(), written.changed().size() == 1 ? "" : "s", dir);
        }
        return Main.OK;
    }

    /**
     * {@code --from-url} takes the next word as its URL unless it is an option, standard input
     * ({@code -}) or a {@code .schema} file: then it has no value and DATABASE_URL is read, so
     * {@code migrate --from-url shop.schema --name adopt} means what it says.
     */
    static final class UrlOrNothing implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(java.util.Stack<String> args, CommandLine.Model.ArgSpec spec,
                                      CommandLine.Model.CommandSpec command) {
            boolean value = !args.isEmpty() && !args.peek().startsWith("-") && !args.peek().endsWith(".schema");
            spec.setValue(value ? args.pop() : "");
        }
    }

    /** The baseline's timestamp: the second before the migration's, so it sorts first and Alembic's revisions differ. */
    private static String baselineTimestamp(CommandLine cl, String ts) {
        String before = LocalDateTime.parse(ts, TS).minusSeconds(1).format(TS);
        if (!Timestamp.isValid(before)) throw new CommandLine.ParameterException(cl, "--timestamp " + ts + " leaves no second before it "
                + "for the baseline migration");
        return before;
    }

    private int fail(List<Diagnostic> all) {
        print(all);
        return Main.INPUT_ERRORS;
    }

    private void print(List<Diagnostic> ds) {
        var copy = new ArrayList<>(ds);
        copy.sort(dev.schemac.diag.Diagnostics.ORDER);
        reporting.print(copy, spec.commandLine().getErr(), spec.commandLine().getOut());
    }

    private static Path defaultOut(Path first) {
        Path parent = first.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("generated");
    }
}
