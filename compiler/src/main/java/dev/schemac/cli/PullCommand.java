package dev.schemac.cli;

import dev.schemac.cli.args.CommandSpec;
import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.UsageError;
import dev.schemac.output.FileTransaction;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.Puller;
import dev.schemac.render.text.PlainText;
import java.io.IOException;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.nio.file.Path;
import java.util.List;

final class PullCommand implements Command {
    static final Option OUT = Option.value("FILE", "Write the model to FILE (atomically). Default: standard output.",
            "-o", "--out");
    static final Option TABLES = Option.value("PATTERN",
            "Only the tables matching PATTERN: names with * and ? wildcards, separated by commas.", "--tables");

    static final CommandSpec SPEC = CommandSpec.of("pull", "Reads a live SQLite, PostgreSQL or MySQL/MariaDB database and "
                    + "writes its model as .schema text. What the model cannot hold is kept as a comment and reported.")
            .with(DatabaseOptions.OPTIONS).with(OUT, TABLES).with(Reporting.OPTIONS);

    private final DatabaseOptions database;
    private final Path out;
    private final String tables;
    private final Reporting reporting;

    PullCommand(Parsed args) {
        database = new DatabaseOptions(args);
        out = args.path(OUT);
        tables = args.value(TABLES);
        reporting = new Reporting(args);
    }

    @Override
    public int call(Io io) throws IOException {
        var url = database.url();
        if (out != null && java.nio.file.Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " is a directory: name the .schema file to write");
        }
        String shown = out == null ? "<stdout>" : out.toString();
        // With the model on standard output, JSON diagnostics go to standard error.
        var diagnosticsOut = out == null ? io.err() : io.out();
        // A finding about the database as a whole has no line: SARIF places it at the start of the model pulled.
        reporting.elsewhere(new Span(new SourceFile(shown, ""), 0, 0));
        try {
            var live = Puller.read(url, database.schema);
            var model = Puller.model(live, tables, shown);
            if (out != null) {
                // Never over the database it read (pull --url shop.db -o shop.db), nor a device.
                var read = url.sqliteFile() == null ? List.<Path>of() : List.of(url.sqliteFile());
                var outcome = new FileTransaction(null).reads(read).write(out.toAbsolutePath(), model.text()).commit();
                if (outcome.failed()) {
                    reporting.print(List.of(outcome.failure()), io.err(), diagnosticsOut);
                    return Main.INPUT_ERRORS;
                }
            } else {
                io.out().print(model.text());
                io.out().flush();
            }
            reporting.print(model.warnings(), io.err(), diagnosticsOut);
            if (out != null && reporting.format == Reporting.Format.human) {
                int tablesPulled = model.catalog().tables().size();
                io.err().printf("wrote %s: %d table%s from %s%n", PlainText.visible(out.toString()), tablesPulled,
                        tablesPulled == 1 ? "" : "s", PlainText.visible(url.display()));
            }
            return Main.OK;
        } catch (PullFailure f) {
            reporting.print(f.diagnostics(), io.err(), diagnosticsOut);
            return Main.INPUT_ERRORS;
        }
    }
}
