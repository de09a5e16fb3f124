package dev.schemac.cli;

import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import dev.schemac.output.DiskWriter;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.seed.SeedTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "seed", description = "Prints deterministic sample rows that satisfy every key, foreign key, unique, "
        + "check and enum of the model, as SQL for one dialect (or writes them with --out).")
final class SeedCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".schema files (imports are followed).")
    List<Path> files;

    @Option(names = {"-d", "--dialect"}, paramLabel = "D",
            description = "sqlite, postgres or mysql. Default: the model's primary dialect.")
    String dialect;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generator. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--rows", defaultValue = "5", description = "Rows per table. Default: ${DEFAULT-VALUE}")
    int rows;

    @Option(names = "--timestamp", paramLabel = "yyyyMMddHHmmss", defaultValue = TargetOptions.DEFAULT_TIMESTAMP,
            description = "The time the sample rows are dated from. Default: ${DEFAULT-VALUE}")
    String timestamp;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the script to FILE instead of printing it.")
    Path out;

    @Mixin
    Reporting reporting;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var cl = spec.commandLine();
        if (!timestamp.matches("\\d{14}")) {
            throw new CommandLine.ParameterException(cl, "--timestamp must be 14 digits, yyyyMMddHHmmss: " + timestamp);
        }
        if (rows < 1 || rows > 10_000) throw new CommandLine.ParameterException(cl, "--rows must be from 1 to 10000");
        Dialect chosen = null;
        if (dialect != null) {
            chosen = Dialect.byId(dialect).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "unknown dialect `" + dialect + "`; known: sqlite, postgres, mysql"));
        }
        var c = Compiler.compile(files);
        if (c.hasErrors()) {
            reporting.print(c.diagnostics(), cl.getErr(), cl.getOut());
            return Main.INPUT_ERRORS;
        }
        var result = Targets.run(c, List.of(Targets.byName("seed").orElseThrow()),
                new TargetOptions(timestamp, seed, rows, Map.of()));
        var all = new ArrayList<>(c.diagnostics());
        all.addAll(result.diagnostics());
        if (!all.isEmpty()) reporting.print(all, cl.getErr(), cl.getErr());
        if (result.hasErrors()) return Main.INPUT_ERRORS;
        String sql = result.files().get(SeedTarget.path(chosen != null ? chosen : c.model().settings().dialect()));
        if (out == null) {
            cl.getOut().print(sql);
            cl.getOut().flush();
        } else {
            Path abs = out.toAbsolutePath();
            DiskWriter.write(abs.getParent(), Map.of(abs.getFileName().toString(), sql));
        }
        return Main.OK;
    }
}
