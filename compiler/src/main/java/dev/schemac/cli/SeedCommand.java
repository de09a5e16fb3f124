package dev.schemac.cli;

import dev.schemac.cli.args.CommandSpec;
import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.Positional;
import dev.schemac.cli.args.UsageError;
import dev.schemac.config.SettingsParser;
import dev.schemac.config.Timestamp;
import dev.schemac.diag.Code;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.seed.SeedTarget;
import dev.schemac.model.Dialect;
import dev.schemac.output.FileTransaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

final class SeedCommand implements Command {
    static final Option DIALECT = Option.value("D", "sqlite, postgres or mysql. Default: the model's primary dialect.",
            "-d", "--dialect");
    static final Option SEED = Option.value("N", "Seed of the generator. Default: " + TargetOptions.DEFAULT_SEED, "--seed");
    static final Option ROWS = Option.value("N", "Rows per table, 1 to 10000. Default: " + TargetOptions.DEFAULT_ROWS, "--rows");
    static final Option TIMESTAMP = Option.value(Timestamp.FORMAT, "The time the sample rows are dated from (UTC). "
            + "Default: " + TargetOptions.DEFAULT_TIMESTAMP, "--timestamp");
    static final Option OUT = Option.value("FILE", "Write the script to FILE instead of printing it.", "-o", "--out");
    static final Option ALLOW_FEWER = Option.flag("Write the script even when a table gets fewer rows than --rows "
            + "asks (SC771 is then a warning, not an error).", "--allow-fewer");

    static final CommandSpec SPEC = CommandSpec.of("seed", "Prints deterministic sample rows that satisfy every key, "
                    + "foreign key, unique, check and enum of the model, as SQL for one dialect (or writes them with --out).")
            .positional(Positional.oneOrMore("FILE", ".schema files (imports are followed); `-` reads standard input."))
            .with(DIALECT, SEED, ROWS, TIMESTAMP, OUT, ALLOW_FEWER).with(Reporting.OPTIONS).with(SettingsOptions.OPTIONS);

    private final List<Path> files;
    private final String dialect;
    private final String seed;
    private final String rows;
    private final String timestamp;
    private final Path out;
    private final boolean allowFewer;
    private final Reporting reporting;
    private final SettingsOptions settingsFile;

    SeedCommand(Parsed args) {
        files = ModelRun.inputs(args);
        dialect = args.value(DIALECT);
        seed = args.value(SEED);
        rows = args.value(ROWS);
        timestamp = args.value(TIMESTAMP);
        out = args.path(OUT);
        allowFewer = args.given(ALLOW_FEWER);
        reporting = new Reporting(args);
        settingsFile = new SettingsOptions(args);
    }

    @Override
    public int call(Io io) {
        var run = new ModelRun(io, files);
        var parser = new SettingsParser();
        var problems = new CommandProblems();
        if (timestamp != null) problems.usage(parser.timestamp(timestamp), "--timestamp");
        if (seed != null) problems.usage(parser.seed(seed), "--seed");
        if (rows != null) problems.usage(parser.rows(rows), "--rows");
        Dialect chosen = null;
        if (dialect != null) {
            chosen = Dialect.byId(dialect).orElseThrow(() -> new UsageError("unknown dialect `" + dialect + "`; known: sqlite, postgres, mysql"));
        }
        if (out != null && out.toString().isBlank()) throw new UsageError("--out must name a file");
        run.settle(parser, settingsFile);
        if (run.hasProblems()) {
            reporting.print(run.problems, io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        var c = run.compile();
        if (c.hasErrors()) {
            reporting.print(c.diagnostics(), io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        var result = Targets.run(c, List.of(Targets.byName("seed").orElseThrow()), run.settings.targetOptions());
        var all = new ArrayList<Diagnostic>(c.diagnostics());
        // The command promises the rows asked for: fewer is an error unless the user accepts it.
        for (Diagnostic d : result.diagnostics()) {
            all.add(!allowFewer && d.code().equals(Code.SEED_FEWER_ROWS.id()) ? d.withSeverity(Severity.ERROR) : d);
        }
        if (all.stream().anyMatch(Diagnostic::isError)) {
            reporting.print(all, io.err(), io.err());
            return Main.INPUT_ERRORS;
        }
        String sql = result.files().get(SeedTarget.path(chosen != null ? chosen : c.model().settings().dialect()));
        if (out == null) {
            if (!all.isEmpty()) reporting.print(all, io.err(), io.err());
            io.out().print(sql);
            io.out().flush();
            return Main.OK;
        }
        var outcome = new FileTransaction(null).reads(run.filesRead()).write(out, sql).commit();
        if (outcome.failed()) all.add(outcome.failure());
        if (!all.isEmpty()) reporting.print(all, io.err(), io.err());
        return outcome.failed() ? Main.INPUT_ERRORS : Main.OK;
    }
}
