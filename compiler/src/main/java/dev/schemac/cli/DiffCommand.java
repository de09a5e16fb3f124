package dev.schemac.cli;

import dev.schemac.render.json.VisibleJson;
import dev.schemac.cli.args.CommandSpec;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.Positional;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.evolve.Change;
import dev.schemac.evolve.RenameHints;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import dev.schemac.pull.Puller;
import dev.schemac.pull.compare.Drift;
import dev.schemac.render.text.PlainText;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.nio.file.Path;
import java.util.List;

final class DiffCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.of("diff", "Compares a live database with the model: prints the changes "
                    + "`schemac migrate` would make to bring the database to the model, exits 1 when there are any (drift "
                    + "detection for CI).")
            .positional(Positional.oneOrMore("FILE", ".schema files (imports are followed); `-` reads standard input."))
            .with(DatabaseOptions.OPTIONS).with(Reporting.OPTIONS);

    private final List<Path> files;
    private final DatabaseOptions database;
    private final Reporting reporting;

    DiffCommand(Parsed args) {
        files = ModelRun.inputs(args);
        database = new DatabaseOptions(args);
        reporting = new Reporting(args);
    }

    @Override
    public int call(Io io) throws Exception {
        var url = database.url();
        var run = new ModelRun(io, files);
        run.checkInputs();
        if (run.hasProblems()) {
            reporting.print(run.problems, io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        var c = Compiler.compile(run.inputs, run.source);
        if (c.hasErrors()) {
            reporting.print(c.diagnostics().stream().filter(Diagnostic::isError).toList(), io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        // A finding about the database (a table without a key) has no line of the model: SARIF places it at the model's header.
        var header = c.model().anchor();
        reporting.elsewhere(header != null ? header : new Span(new SourceFile(run.inputs.get(0).toString(), ""), 0, 0));
        Drift.Result drift;
        try {
            // The model's rename hints make a renamed table or column a rename, as `migrate` would write it.
            drift = Drift.of(c.catalog(), Puller.read(url, database.schema), RenameHints.of(c.model()),
                    c.model().settings().naming());
        } catch (PullFailure f) {
            reporting.print(f.diagnostics(), io.err(), io.out());
            return Main.INPUT_ERRORS;
        }
        List<Change> changes = drift.changes();
        // Rows that break a foreign key are data, not drift: said beside the changes, never counted as one.
        List<Diagnostic> broken = drift.brokenKeys().stream().map(k -> PullMessages.rowsBreakAKey(PullMessages.at(c, k.table()), k)).toList();
        List<String> sentences = Drift.sentences(changes);
        if (reporting.format == Reporting.Format.json) {
            var root = VisibleJson.MAPPER.createObjectNode();
            root.put("database", url.display());
            root.put("differs", !changes.isEmpty());
            var arr = root.putArray("changes");
            for (Change ch : changes) {
                var o = arr.addObject();
                o.put("change", snake(ch.getClass().getSimpleName()));
                o.put("table", ch.table());
                if (ch instanceof Change.RenameTable r) o.put("from", r.from()).put("to", r.to());
                if (ch instanceof Change.RenameColumn r) o.put("from", r.from()).put("to", r.to());
            }
            var lines = root.putArray("sentences");
            sentences.forEach(lines::add);
            var notCompared = root.putArray("not_compared");
            for (Diagnostic d : drift.notCompared()) {
                notCompared.addObject().put("code", d.code()).put("message", d.message());
            }
            var brokenRows = root.putArray("broken_rows");
            for (int i = 0; i < broken.size(); i++) {
                var k = drift.brokenKeys().get(i);
                var o = brokenRows.addObject().put("code", broken.get(i).code()).put("table", k.table());
                if (k.uncounted() == null) o.put("rows", k.rows()); else o.putNull("rows"); // not counted: the message says why
                o.put("message", broken.get(i).message()).put("help", broken.get(i).help());
            }
            io.out().print(VisibleJson.MAPPER.writeValueAsString(root) + "\n");
        } else {
            var warnings = new java.util.ArrayList<>(drift.notCompared());
            warnings.addAll(broken);
            reporting.print(warnings, io.err(), io.out());
            // With --format sarif standard output is the SARIF log of the warnings; the changes go beside it.
            var lines = reporting.format == Reporting.Format.sarif ? io.err() : io.out();
            for (String line : sentences) lines.println(PlainText.visible(line)); // the database's names
            String database = PlainText.visible(url.display());
            io.err().println(changes.isEmpty() ? "the database matches the model (" + database + ")"
                    : sentences.size() + " difference" + (sentences.size() == 1 ? "" : "s") + " between " + database
                    + " and the model: the changes `schemac migrate` would make to the database");
        }
        io.out().flush();
        return changes.isEmpty() ? Main.OK : Main.INPUT_ERRORS;
    }

    /** {@code AddColumn} → {@code add_column}. */
    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
