package dev.schemac.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.Puller;
import dev.schemac.evolve.Change;
import dev.schemac.evolve.RenameHints;
import dev.schemac.pull.compare.Drift;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", description = "Compares a live database with the model: prints the changes `schemac migrate` "
        + "would make to bring the database to the model, exits 1 when there are any (drift detection for CI).")
final class DiffCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed).")
    List<Path> files;

    @Mixin
    DatabaseOptions database;

    @Mixin
    Reporting reporting;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Built on first use: picocli instantiates every command, and Jackson is a few hundred classes to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public Integer call() throws Exception {
        var cl = spec.commandLine();
        var url = database.url(cl);
        var c = Compiler.compile(files);
        if (c.hasErrors()) {
            reporting.print(c.diagnostics().stream().filter(Diagnostic::isError).toList(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        Drift.Result drift;
        try {
            // The model's rename hints make a renamed table or column a rename, as `migrate` would write it.
            drift = Drift.of(c.catalog(), Puller.read(url, database.schema), RenameHints.of(c.model()),
                    c.model().settings().naming());
        } catch (PullFailure f) {
            reporting.print(f.diagnostics(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        List<Change> changes = drift.changes();
        List<String> sentences = Drift.sentences(changes);
        if (reporting.format == Reporting.Format.json) {
            var root = Json.MAPPER.createObjectNode();
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
            cl.getOut().print(Json.MAPPER.writeValueAsString(root) + "\n");
        } else {
            reporting.print(drift.notCompared(), cl.getErr(), cl.getOut());
            // With --format sarif standard output is the SARIF log of the warnings; the changes go beside it.
            var lines = reporting.format == Reporting.Format.sarif ? cl.getErr() : cl.getOut();
            for (String line : sentences) lines.println(line);
            cl.getErr().println(changes.isEmpty() ? "the database matches the model (" + url.display() + ")"
                    : sentences.size() + " difference" + (sentences.size() == 1 ? "" : "s") + " between " + url.display()
                    + " and the model: the changes `schemac migrate` would make to the database");
        }
        cl.getOut().flush();
        return changes.isEmpty() ? Main.OK : Main.INPUT_ERRORS;
    }

    /** {@code AddColumn} → {@code add_column}. */
    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
