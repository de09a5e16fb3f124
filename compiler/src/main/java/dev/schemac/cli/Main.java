package dev.schemac.cli;

import dev.schemac.diag.HumanRenderer;
import dev.schemac.diag.Messages;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code schemac} command. */
@Command(name = "schemac", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compiles one entity model into SQL, ORM models, migrations, diagrams and design documents.")
public final class Main implements Runnable {

    /** The subcommands, in the order help lists them (registered by {@link #commandLine}). */
    static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, GenerateCommand.class, SeedCommand.class,
            FmtCommand.class, ExplainCommand.class, MigrateCommand.class, PullCommand.class, DiffCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * Exit codes, the only three schemac ends with: 0 ok (warnings allowed), 1 errors in the
     * input, outputs out of date ({@code --check}) or not writable, 2 a usage error or an
     * internal error (reported as SC139).
     */
    public static final int OK = 0;
    public static final int INPUT_ERRORS = 1;
    public static final int USAGE = 2;
    /** An internal error exits like a usage error: the command could not do its job, and the input is not to blame. */
    public static final int INTERNAL = USAGE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input, for the commands that read a model from {@code -}. */
    final InputStream in;

    public Main() {
        this(System.in);
    }

    Main(InputStream in) {
        this.in = in;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, generate, fmt or explain");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs one command with its output going to the given writers (the tests use this). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), out, err, args);
    }

    /** Runs one command reading standard input from {@code in}. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        var cl = commandLine(new Main(in), args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internalError(ex, commandLine.getErr()));
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable t) { // an Error (stack overflow, out of memory) is a bug report too, never a JVM trace
            code = internalError(t, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for {@code args}. Picocli builds a subcommand's model from its annotations
     * when it is registered, most of a short run's start-up: a run that names its command gets
     * that one alone; help, no command or a mistake gets them all (help lists them, and a
     * misspelt command is matched against their names).
     */
    public static CommandLine commandLine(Main main, String... args) {
        var cl = new CommandLine(main);
        for (Class<?> command : named(args)) cl.addSubcommand(command);
        return cl;
    }

    private static List<Class<?>> named(String[] args) {
        if (args.length == 0) return COMMANDS;
        for (Class<?> c : COMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (c != CommandLine.HelpCommand.class
                    && (command.name().equals(args[0]) || List.of(command.aliases()).contains(args[0]))) {
                return List.of(c);
            }
        }
        return COMMANDS;
    }

    /** A crash is a bug in schemac, not the user's fault: a short report with a stable code, no stack trace. */
    static int internalError(Throwable ex, PrintWriter err) {
        String where = null;
        for (StackTraceElement e : ex.getStackTrace()) {
            if (e.getClassName().startsWith("dev.schemac.")) {
                where = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName()
                        + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
                break;
            }
        }
        String what = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        what = what.replaceAll("\\p{Cntrl}", "?"); // model text may be in the message: no raw control characters
        if (what.length() > 300) what = what.substring(0, 300) + "…";
        err.print(new HumanRenderer(false).render(Messages.internalError(what, where)));
        err.println("schemac " + new Version().getVersion()[0].replace("schemac ", "") + " on Java "
                + System.getProperty("java.version"));
        if (System.getenv("SCHEMAC_DEBUG") != null) ex.printStackTrace(err);
        err.flush();
        return INTERNAL;
    }
}
