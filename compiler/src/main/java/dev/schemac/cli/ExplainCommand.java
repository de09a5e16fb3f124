package dev.schemac.cli;

import dev.schemac.cli.args.CommandSpec;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.Positional;
import dev.schemac.cli.args.UsageError;
import dev.schemac.diag.CodeDoc;

final class ExplainCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.of("explain",
                    "Prints the documentation of a diagnostic code (or lists all codes).")
            .positional(Positional.optional("CODE", "A code such as SC208; without one, all codes are listed."));

    private final String code;

    ExplainCommand(Parsed args) {
        code = args.positionals().isEmpty() ? null : args.positionals().get(0);
    }

    @Override
    public int call(Io io) {
        var out = io.out();
        if (code == null) {
            for (CodeDoc d : CodeDoc.all()) out.printf("%-7s %-8s %s%n", d.id(), d.defaultSeverity().label(), d.title());
            return Main.OK;
        }
        var doc = CodeDoc.byId(code);
        if (doc.isEmpty()) {
            throw new UsageError("unknown code `" + code + "`; `schemac explain` lists them all", false);
        }
        var d = doc.get();
        out.println(d.id() + ": " + d.title() + " (" + d.defaultSeverity().label() + ")");
        out.println();
        out.println(d.explanation());
        return Main.OK;
    }
}
