package dev.schemac.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.Puller;
import dev.schemac.pull.compare.Change;
import dev.schemac.pull.compare.SchemaComparison;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", description = "Compares a live database with the model: prints each difference, exits 1 when "
        + "there is any (drift detection for CI).")
final class DiffCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed).")
    List<Path> files;

    @Mixin
    DatabaseOptions database;

    @Mixin
    Reporting reporting;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws Exception {
        var cl = spec.commandLine();
        var url = database.url(cl);
        var c = Compiler.compile(files);
        if (c.hasErrors()) {
            reporting.print(c.diagnostics().stream().filter(Diagnostic::isError).toList(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        List<Change> changes;
        try {
            var live = Puller.read(url, database.schema);
            changes = SchemaComparison.standard().compare(c.catalog(), live);
        } catch (PullFailure f) {
            reporting.print(f.diagnostics(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        if (reporting.format == Reporting.Format.json) {
            var root = JSON.createObjectNode();
            root.put("database", url.display());
            root.put("differs", !changes.isEmpty());
            var arr = root.putArray("changes");
            for (Change ch : changes) {
                var o = arr.addObject();
                o.put("kind", ch.kind().name().toLowerCase(java.util.Locale.ROOT));
                o.put("scope", ch.scope().name().toLowerCase(java.util.Locale.ROOT));
                o.put("table", ch.table());
                o.put("object", ch.object());
                o.put("model", ch.inModel());
                o.put("database", ch.inDatabase());
                o.put("text", ch.describe());
            }
            cl.getOut().print(JSON.writeValueAsString(root) + "\n");
        } else {
            for (Change ch : changes) cl.getOut().println(ch.describe());
            cl.getErr().println(changes.isEmpty() ? "the database matches the model (" + url.display() + ")"
                    : changes.size() + " difference" + (changes.size() == 1 ? "" : "s") + " between " + url.display()
                    + " and the model");
        }
        cl.getOut().flush();
        return changes.isEmpty() ? Main.OK : Main.INPUT_ERRORS;
    }
}
