package dev.schemac.cli;

import dev.schemac.diag.Diagnostic;
import dev.schemac.fmt.Formatter;
import dev.schemac.parse.SchemaReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fmt", description = "Rewrites .schema files in the canonical layout (comments are kept).")
final class FmtCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--check", description = "Write nothing; exit 1 if any file is not formatted.")
    boolean check;

    @Mixin
    Reporting reporting;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var cl = spec.commandLine();
        var problems = new ArrayList<Diagnostic>();
        int unformatted = 0;
        for (Path p : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(p);
            } catch (NoSuchFileException e) {
                cl.getErr().println("schemac: no such file: " + p);
                return Main.USAGE;
            }
            var parsed = SchemaReader.read(p.toString(), bytes);
            if (parsed.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                problems.addAll(parsed.diagnostics()); // never rewrite a file that does not parse
                continue;
            }
            String formatted = Formatter.format(parsed.file());
            if (formatted.equals(parsed.file().source().text())) continue;
            unformatted++;
            if (check) {
                cl.getErr().println("not formatted: " + p);
            } else {
                dev.schemac.output.DiskWriter.write(p.toAbsolutePath().getParent(),
                        Map.of(p.getFileName().toString(), formatted));
            }
        }
        reporting.print(problems, cl.getErr(), cl.getOut());
        if (!problems.isEmpty()) return Main.INPUT_ERRORS;
        return check && unformatted > 0 ? Main.INPUT_ERRORS : Main.OK;
    }
}
