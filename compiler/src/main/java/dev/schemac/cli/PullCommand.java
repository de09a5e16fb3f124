package dev.schemac.cli;

import dev.schemac.output.DiskWriter;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.Puller;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pull", description = "Reads a live SQLite, PostgreSQL or MySQL/MariaDB database and writes its model "
        + "as .schema text. What the model cannot hold is kept as a comment and reported.")
final class PullCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the model to FILE (atomically). Default: standard output.")
    Path out;

    @Option(names = "--tables", paramLabel = "PATTERN",
            description = "Only the tables matching PATTERN: names with * and ? wildcards, separated by commas.")
    String tables;

    @Mixin
    Reporting reporting;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var cl = spec.commandLine();
        var url = database.url(cl);
        if (out != null && java.nio.file.Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(cl, "--out " + out + " is a directory: name the .schema file to write");
        }
        String shown = out == null ? "<stdout>" : out.toString();
        // With the model on standard output, JSON diagnostics go to standard error.
        var diagnosticsOut = out == null ? cl.getErr() : cl.getOut();
        try {
            var live = Puller.read(url, database.schema);
            var model = Puller.model(live, tables, shown);
            if (out != null) {
                Path abs = out.toAbsolutePath();
                DiskWriter.write(abs.getParent(), Map.of(abs.getFileName().toString(), model.text()));
            } else {
                cl.getOut().print(model.text());
                cl.getOut().flush();
            }
            reporting.print(model.warnings(), cl.getErr(), diagnosticsOut);
            if (out != null && reporting.format == Reporting.Format.human) {
                int tablesPulled = model.catalog().tables().size();
                cl.getErr().printf("wrote %s: %d table%s from %s%n", out, tablesPulled, tablesPulled == 1 ? "" : "s", url.display());
            }
            return Main.OK;
        } catch (PullFailure f) {
            reporting.print(f.diagnostics(), cl.getErr(), diagnosticsOut);
            return Main.INPUT_ERRORS;
        }
    }
}
