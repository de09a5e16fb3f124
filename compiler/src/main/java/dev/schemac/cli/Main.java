package dev.schemac.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code schemac} command. */
@Command(name = "schemac", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compiles one entity model into SQL, ORM models, migrations, diagrams and design documents.",
        subcommands = {CheckCommand.class, GenerateCommand.class, SeedCommand.class, FmtCommand.class, ExplainCommand.class,
                PullCommand.class, DiffCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit codes: 0 ok (warnings allowed), 1 errors in the input, 2 usage errors. */
    public static final int OK = 0;
    public static final int INPUT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, generate, fmt or explain");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs one command with its output going to the given writers (the tests use this). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        var cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // A crash is a bug in schemac, not the user's fault: say so plainly, no stack trace.
            commandLine.getErr().println("schemac: internal error: " + ex);
            commandLine.getErr().println("This is a bug in schemac; please report it with the input that caused it."
                    + " Set SCHEMAC_DEBUG=1 for the stack trace.");
            if (System.getenv("SCHEMAC_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
