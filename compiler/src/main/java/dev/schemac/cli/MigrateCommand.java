package dev.schemac.cli;

import dev.schemac.cli.args.CommandSpec;
import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.Positional;
import dev.schemac.cli.args.UsageError;
import dev.schemac.config.InputFiles;
import dev.schemac.config.SettingsParser;
import dev.schemac.config.Timestamp;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.evolve.Evolution;
import dev.schemac.evolve.History;
import dev.schemac.evolve.HistoryFolder;
import dev.schemac.evolve.Lint;
import dev.schemac.evolve.RenameHints;
import dev.schemac.gen.OwnDialects;
import dev.schemac.gen.PrismaSide;
import dev.schemac.gen.Target;
import dev.schemac.gen.Targets;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.model.Dialect;
import dev.schemac.output.FileTransaction;
import dev.schemac.output.OutputFolder;
import dev.schemac.output.OutputLocks;
import dev.schemac.pull.DatabaseUrl;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import dev.schemac.render.sql.Sql;
import dev.schemac.render.text.PlainText;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
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
import java.util.stream.Collectors;

final class MigrateCommand implements Command {
    static final Option NAME = Option.value("NAME", "What the migration does, in lower case: letters, digits, underscores "
            + "(add_user_email). Required unless --check.", "--name");
    static final Option OUT = Option.value("DIR",
            "Output folder. Default: `out` of schemac.toml, else `generated` next to the first FILE.", "-o", "--out");
    static final Option TIMESTAMP = Option.value("yyyyMMddHHmmss",
            "Timestamp of the migration (UTC), after the last one's. Default: the current UTC time.", "--timestamp");
    static final Option ALLOW_DESTRUCTIVE = Option.flag("Write the migration even when it drops or narrows data; "
            + "each destructive statement gets a comment.", "--allow-destructive");
    static final Option CHECK = Option.flag("Write nothing; exit 1 if the model has changes no migration covers "
            + "or the history was changed by hand.", "--check");
    static final Option FROM_URL = Option.optionalValue("URL", "Start the history from this live database (adoption): "
            + "a baseline migration of the database as it is, then the migration from it to the model. Without a value: "
            + "the DATABASE_URL variable. The output must have no history yet.", MigrateCommand::isUrl, "--from-url");
    static final Option SCHEMA = Option.value("NAME", "With --from-url: the PostgreSQL schema (default: the current one), "
            + "MySQL database (default: the URL's) or SQLite attached database (default: main).", "--schema");
    static final Option DROP_VIEW = Option.repeatable("VIEW", "Retire a view the history carries for an adopted "
            + "database: the migration drops it (its down makes it again) and the snapshots carry it no further, so "
            + "what it reads may change. Repeatable.", "--drop-view");
    static final Option DRY_RUN = Option.flag("Write nothing; print the migration's up SQL for the primary dialect.",
            "--dry-run");

    static final CommandSpec SPEC = CommandSpec.of("migrate", "Writes the next migration (SQL per dialect, Alembic, "
                    + "Prisma Migrate, snapshot) from the history in the output's migrations/ folder to the model, and "
                    + "refreshes the other targets.")
            .positional(Positional.oneOrMore("FILE", ".schema files (imports are followed); `-` reads standard input "
                    + "(then --out is required)."))
            .with(NAME, OUT, TIMESTAMP, ALLOW_DESTRUCTIVE, CHECK, FROM_URL, SCHEMA, DROP_VIEW, DRY_RUN, GenerateCommand.FORCE)
            .with(Reporting.OPTIONS).with(RuleOptions.OPTIONS).with(SettingsOptions.OPTIONS);

    private final List<Path> files;
    private final String name;
    private final String out;
    private final String timestamp;
    private final boolean allowDestructive;
    private final boolean check;
    private final String fromUrl;
    private final String schema;
    private final List<String> dropViews;
    private final boolean dryRun;
    private final boolean force;
    private final Reporting reporting;
    private final RuleOptions rules;
    private final SettingsOptions settingsFile;

    MigrateCommand(Parsed args) {
        files = ModelRun.inputs(args);
        name = args.value(NAME);
        out = args.value(OUT);
        timestamp = args.value(TIMESTAMP);
        allowDestructive = args.given(ALLOW_DESTRUCTIVE);
        check = args.given(CHECK);
        fromUrl = args.value(FROM_URL);
        schema = args.value(SCHEMA);
        dropViews = args.values(DROP_VIEW);
        dryRun = args.given(DRY_RUN);
        force = args.given(GenerateCommand.FORCE);
        reporting = new Reporting(args);
        rules = new RuleOptions(args);
        settingsFile = new SettingsOptions(args);
    }

    /**
     * {@code --from-url} takes the next word as its URL unless it is an option, standard input
     * ({@code -}) or a {@code .schema} file: then it has no value and DATABASE_URL is read, so
     * {@code migrate --from-url shop.schema --name adopt} means what it says.
     */
    static boolean isUrl(String next) {
        return !next.startsWith("-") && !next.endsWith(".schema");
    }

    /** Made on first use: every run builds the commands' declarations, and java.time's formatting is many classes. */
    private static final class Ts {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    }

    @Override
    public int call(Io io) {
        if (name == null && !check) throw new UsageError("--name is required (what the migration does)");
        if (name != null && !History.ID.matcher("00000000000000_" + name).matches()) {
            throw new UsageError("--name must be 1 to 63 characters of a-z, 0-9 and _, starting with a "
                    + "letter or digit (it becomes part of file names): " + name);
        }
        // The migration's own timestamp is not a setting: schemac.toml's `timestamp` pins the initial migration of
        // `generate`, while each `migrate` needs a new one.
        if (timestamp != null && !Timestamp.isValid(timestamp)) {
            throw new UsageError("--timestamp: " + Timestamp.problem(timestamp));
        }
        DatabaseUrl url = null;
        if (fromUrl != null) {
            if (check) throw new UsageError("--check and --from-url: to compare a database with the "
                    + "model, run `schemac diff --url`");
            url = DatabaseOptions.parse(fromUrl, "--from-url");
        } else if (schema != null) {
            throw new UsageError("--schema names where --from-url reads the database: give --from-url");
        }
        if (check && !dropViews.isEmpty()) {
            throw new UsageError("--check and --drop-view: --check writes no migration, and --drop-view is one to write");
        }
        var run = new ModelRun(io, files);
        var parser = new SettingsParser();
        var problems = new CommandProblems();
        if (out != null) problems.usage(parser.out(out), "--out");
        rules.into(parser, problems);
        run.settle(parser, settingsFile);
        if (run.hasProblems()) return fail(io, run.problems);
        var settings = run.settings;
        if (settings.out() == null && run.inputs.get(0) == InputFiles.STDIN) {
            throw new UsageError("a model read from standard input needs the folder of its history: give --out");
        }
        var c = run.compile();
        if (c.hasErrors()) return fail(io, c.diagnostics());
        Path dir = settings.out() != null ? settings.out() : defaultOut(run.inputs.get(0));
        List<Target> chosen = settings.chosenTargets();
        // migrate writes Prisma Migrate folders whatever targets are chosen: the migrations target's databases are asked for.
        var writing = new ArrayList<Target>(chosen);
        Targets.byName("migrations").ifPresent(writing::add);
        Set<Dialect> own = OwnDialects.of(c.model(), settings.targetOptions(), writing);
        // From reading the last migration and the output folder's manifest to committing the new ones, no other run may
        // write here (SC568, SC136): migrate refreshes the other targets' files and the manifest as generate does.
        var lock = check || dryRun ? OutputLocks.none() : OutputLocks.take(List.of(dir), dir.resolve(HistoryFolder.DIR));
        if (lock.problem() != null) {
            var held = new ArrayList<Diagnostic>(c.diagnostics());
            held.add(lock.problem());
            return fail(io, held);
        }
        try (lock) {
            var read = HistoryRead.of(dir);
            TreeMap<String, String> existing = read.files();
            History history = read.history();
            var all = new ArrayList<Diagnostic>(c.diagnostics());
            // The limits of the databases the migration is for, as generate's targets report them: an asked-for
            // database's is an error, so no migration is written with its scripts missing.
            for (Dialect d : Dialect.values()) Sql.checkLimits(d, own, c.model(), c.catalog(), all::add);
            all.addAll(read.unreadable());
            all.addAll(HistoryFolder.problems(dir, history, existing));
            String ts = timestamp != null ? timestamp : LocalDateTime.now(ZoneOffset.UTC).format(Ts.FORMAT);
            // Adoption: the history starts with a baseline migration of the live database instead of from nothing.
            var baseline = new LinkedHashMap<String, String>();
            Adoption adoption = null;
            if (url != null) {
                if (!history.isEmpty() || !history.problems().isEmpty()) {
                    all.add(PullMessages.historyExists(new Span(new SourceFile(dir.resolve(HistoryFolder.DIR).toString(), ""), 0, 0),
                            history.isEmpty() ? history.problems().get(0).path() : history.last().id()));
                    return fail(io, all);
                }
                try {
                    adoption = Adoption.of(c, url, schema);
                } catch (PullFailure f) {
                    all.addAll(f.diagnostics());
                    return fail(io, all);
                }
                all.addAll(adoption.diagnostics());
                if (all.stream().anyMatch(Diagnostic::isError)) return fail(io, all);
                if (!adoption.database().tables().isEmpty()) {
                    var prisma = PrismaSide.dialect(c.model(), settings.targetOptions());
                    if (prisma.isEmpty()) {
                        all.add(Messages.prismaProvider(settings.targetOptions().extra().get(PrismaSide.OPTION)));
                        return fail(io, all);
                    }
                    baseline.putAll(MigrationFiles.baseline(c.model(), c.catalog(), prisma.get(), own, adoption.database(),
                            baselineTimestamp(ts)));
                    var relative = new LinkedHashMap<String, String>();
                    baseline.forEach((p, t) -> relative.put(p.substring(MigrationFiles.ROOT.length()), t));
                    history = History.read(relative);
                }
            }
            // A view to retire is one the history carries (after the adoption's baseline, when adopting).
            for (String v : Evolution.carriesNo(history, dropViews)) {
                String snapshot = history.isEmpty() ? HistoryFolder.DIR : HistoryFolder.DIR + "/" + history.last().snapshotPath();
                all.add(Messages.viewNotCarried(new Span(new SourceFile(dir.resolve(snapshot).toString(), ""), 0, 0), v,
                        history.head().views().stream().map(dev.schemac.catalog.View::name).toList()));
            }
            if (all.stream().anyMatch(Diagnostic::isError)) return fail(io, all);
            var plan = Evolution.plan(c.model(), c.catalog(), history, RenameHints.of(c.model()), Set.copyOf(dropViews));
            all.addAll(plan.diagnostics());
            all.addAll(MigrationFiles.gaps(c.model(), own, history));
            if (all.stream().anyMatch(Diagnostic::isError)) return fail(io, all);
            if (plan.isEmpty() && baseline.isEmpty()) {
                print(io, all);
                reporting.sentences(io).println("no changes");
                return Main.OK;
            }
            var sentences = plan.sentences();
            if (check) {
                all.add(Messages.uncoveredChanges(c.model().anchor(),
                        history.isEmpty() ? "(none)" : history.last().id(), sentences.size()));
                print(io, all);
                for (String s : sentences) io.err().println("  " + PlainText.visible(s));
                return Main.INPUT_ERRORS;
            }
            all.addAll(Lint.diagnostics(plan.findings(), c.model(), c.catalog(), allowDestructive));
            if (all.stream().anyMatch(Diagnostic::isError)) return fail(io, all);
            if (baseline.isEmpty() && !history.isEmpty() && ts.compareTo(history.last().timestamp()) <= 0) {
                throw new UsageError("--timestamp " + ts + " is not after the last migration's, "
                        + history.last().id());
            }
            var prisma = PrismaSide.dialect(c.model(), settings.targetOptions());
            if (prisma.isEmpty()) {
                all.add(Messages.prismaProvider(settings.targetOptions().extra().get(PrismaSide.OPTION)));
                return fail(io, all);
            }
            // The database already matches the model: the baseline is the whole history.
            var step = new LinkedHashMap<String, String>(baseline);
            if (!plan.isEmpty()) step.putAll(MigrationFiles.step(c.model(), prisma.get(), own, history, plan, ts, name, allowDestructive));
            for (String p : step.keySet()) {
                if (Files.exists(dir.resolve(p))) {
                    all.add(Messages.migrationExists(new Span(new SourceFile(dir.resolve(p).toString(), ""), 0, 0), p));
                }
            }
            if (all.stream().anyMatch(Diagnostic::isError)) return fail(io, all);
            if (dryRun) {
                print(io, all);
                if (plan.isEmpty()) reporting.sentences(io).println("no changes");
                else io.out().print(step.get(MigrationFiles.sqlPath(c.model().settings().dialect(), ts + "_" + name, "up")));
                return Main.OK;
            }
            // The other targets are refreshed as `generate` refreshes them, now against the history this migration ends.
            var after = new LinkedHashMap<String, String>(existing);
            step.forEach((p, t) -> after.put(p.substring(MigrationFiles.ROOT.length()), t));
            var result = Targets.run(c, chosen, settings.targetOptions().withHistory(History.read(after)));
            all.addAll(result.diagnostics());
            if (result.hasErrors()) return fail(io, all);
            var files = new LinkedHashMap<String, String>(result.files());
            var owners = new LinkedHashMap<String, String>(result.owners());
            step.forEach((p, t) -> {
                files.put(p, t);
                owners.put(p, "migrations");
            });
            var inputs = run.filesRead();
            if (url != null && url.sqliteFile() != null) inputs.add(url.sqliteFile());
            var folder = new OutputFolder(dir, new OutputFolder.Claim(c.model().settings().name(), force, inputs));
            Set<String> removable = chosen.stream().filter(Target::removesStaleFiles).map(Target::name).collect(Collectors.toSet());
            var written = folder.plan(files, owners, removable);
            if (written.problem() != null) {
                all.add(written.problem());
                return fail(io, all);
            }
            // Re-read under the lock: a writer that takes no lock (an older schemac, a hand edit) may have added a migration.
            if (!HistoryRead.of(dir).files().equals(existing)) {
                all.add(Messages.historyChangedDuringRun(new Span(new SourceFile(dir.resolve(HistoryFolder.DIR).toString(), ""), 0, 0)));
                return fail(io, all);
            }
            var tx = new FileTransaction(folder.root()).reads(inputs);
            written.addTo(tx, lock);
            var outcome = tx.commit();
            if (outcome.failed()) {
                all.add(outcome.failure());
                return fail(io, all);
            }
            print(io, all);
            if (!baseline.isEmpty()) {
                String base = history.last().id();
                reporting.sentences(io).println("baseline " + base + ": " + PlainText.visible(adoption.url().display()) + " as it is; it has this migration "
                        + "already (`alembic stamp " + history.last().timestamp() + "`, `prisma migrate resolve --applied " + base + "`)");
            }
            if (plan.isEmpty()) {
                reporting.sentences(io).println("no changes: the database matches the model");
            } else {
                reporting.sentences(io).println("migration " + ts + "_" + name + ":");
                for (String s : sentences) reporting.sentences(io).println("  " + PlainText.visible(s));
            }
            if (reporting.format == Reporting.Format.human) {
                io.err().printf("wrote %d file%s to %s%n", written.changed().size(), written.changed().size() == 1 ? "" : "s",
                        PlainText.visible(dir.toString()));
            }
            return Main.OK;
        }
    }

    /** The baseline's timestamp: the second before the migration's, so it sorts first and Alembic's revisions differ. */
    private static String baselineTimestamp(String ts) {
        String before = LocalDateTime.parse(ts, Ts.FORMAT).minusSeconds(1).format(Ts.FORMAT);
        if (!Timestamp.isValid(before)) throw new UsageError("--timestamp " + ts + " leaves no second before it "
                + "for the baseline migration");
        return before;
    }

    private int fail(Io io, List<Diagnostic> all) {
        print(io, all);
        return Main.INPUT_ERRORS;
    }

    /** The diagnostics; under --dry-run standard output carries the script, so a machine document goes to standard error. */
    private void print(Io io, List<Diagnostic> ds) {
        // The targets refreshed after the migration report the same limits again: each is said once.
        var copy = new ArrayList<>(new java.util.LinkedHashSet<>(ds));
        copy.sort(dev.schemac.diag.Diagnostics.ORDER);
        reporting.print(copy, io.err(), dryRun ? io.err() : io.out());
        io.err().flush();
    }

    private static Path defaultOut(Path first) {
        Path parent = first.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("generated");
    }
}
