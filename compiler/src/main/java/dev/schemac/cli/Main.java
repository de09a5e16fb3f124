package dev.schemac.cli;

import dev.schemac.cli.args.CommandSpec;
import dev.schemac.cli.args.Help;
import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.Parser;
import dev.schemac.cli.args.Positional;
import dev.schemac.cli.args.UsageError;
import dev.schemac.diag.DidYouMean;
import dev.schemac.diag.HumanRenderer;
import dev.schemac.diag.Messages;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The {@code schemac} command: picks the subcommand, parses its words, runs it and maps the outcome to an exit code. */
public final class Main {
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

    static final String NAME = "schemac";

    /** A subcommand: what it accepts and how it is made from what was given. */
    record Subcommand(CommandSpec spec, Function<Parsed, Command> make) {}

    /** The subcommands, in the order help lists them. */
    static final List<Subcommand> COMMANDS = List.of(
            new Subcommand(CheckCommand.SPEC, CheckCommand::new),
            new Subcommand(GenerateCommand.SPEC, GenerateCommand::new),
            new Subcommand(SeedCommand.SPEC, SeedCommand::new),
            new Subcommand(FmtCommand.SPEC, FmtCommand::new),
            new Subcommand(ExplainCommand.SPEC, ExplainCommand::new),
            new Subcommand(MigrateCommand.SPEC, MigrateCommand::new),
            new Subcommand(PullCommand.SPEC, PullCommand::new),
            new Subcommand(DiffCommand.SPEC, DiffCommand::new));

    static final Option VERSION = Option.flag("Print version information and exit.", "-V", "--version");
    static final CommandSpec ROOT = CommandSpec.of(NAME,
            "Compiles one entity model into SQL, ORM models, migrations, diagrams and design documents.").with(VERSION);
    static final CommandSpec HELP = CommandSpec.of("help", "Display help information about the specified command.")
            .positional(Positional.optional("COMMAND", "The command to show the help of; without one, schemac's own."));

    private Main() {}

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
        int code;
        try {
            code = dispatch(new Io(in, out, err), List.of(args));
        } catch (Throwable t) { // an Error (stack overflow, out of memory) is a bug report too, never a JVM trace
            code = internalError(t, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int dispatch(Io io, List<String> args) throws Exception {
        if (args.isEmpty()) return usageError(io, ROOT, new UsageError("a command is required: check, generate, fmt or explain"));
        String first = args.get(0);
        if (first.startsWith("-") && !first.equals("-")) {
            // The root takes its own options alone: -h/--help and -V/--version, first.
            Parsed root;
            try {
                root = Parser.parse(ROOT, args.subList(0, 1));
            } catch (UsageError e) {
                return usageError(io, ROOT, e);
            }
            if (root.helpAsked()) {
                io.out().print(rootHelp());
            } else {
                io.out().println(NAME + " " + Version.number());
            }
            return OK;
        }
        List<String> rest = args.subList(1, args.size());
        if (first.equals(HELP.name())) return help(io, rest);
        Subcommand command = command(first);
        if (command == null) {
            var names = new ArrayList<String>();
            for (Subcommand c : COMMANDS) names.add(c.spec().name());
            names.add(HELP.name());
            String close = DidYouMean.closest(first, names);
            var message = "unknown command `" + first + "`";
            return usageError(io, ROOT, close == null ? new UsageError(message)
                    : new UsageError(message + "\nDid you mean: " + NAME + " " + close + "?", false));
        }
        try {
            Parsed parsed = Parser.parse(command.spec(), rest);
            if (parsed.helpAsked()) {
                io.out().print(help(command.spec()));
                return OK;
            }
            return command.make().apply(parsed).call(io);
        } catch (UsageError e) {
            return usageError(io, command.spec(), e);
        }
    }

    /** {@code schemac help [COMMAND]}. */
    private static int help(Io io, List<String> args) {
        Parsed parsed;
        try {
            parsed = Parser.parse(HELP, args);
        } catch (UsageError e) {
            return usageError(io, HELP, e);
        }
        if (parsed.helpAsked()) {
            io.out().print(help(HELP));
            return OK;
        }
        if (parsed.positionals().isEmpty()) {
            io.out().print(rootHelp());
            return OK;
        }
        String name = parsed.positionals().get(0);
        if (name.equals(HELP.name())) {
            io.out().print(help(HELP));
            return OK;
        }
        Subcommand command = command(name);
        if (command == null) return usageError(io, ROOT, new UsageError("unknown command `" + name + "`"));
        io.out().print(help(command.spec()));
        return OK;
    }

    private static Subcommand command(String name) {
        for (Subcommand c : COMMANDS) {
            if (c.spec().name().equals(name)) return c;
        }
        return null;
    }

    /** The message, then (unless it says what to do itself) the help of the command it is about; exit 2. */
    private static int usageError(Io io, CommandSpec spec, UsageError e) {
        io.err().println(e.getMessage());
        if (e.showHelp()) io.err().print(spec == ROOT ? rootHelp() : help(spec));
        return USAGE;
    }

    static String help(CommandSpec spec) {
        return Help.of(NAME + " " + spec.name(), spec);
    }

    /** The root's help, with the commands listed. */
    static String rootHelp() {
        var rows = new ArrayList<String[]>();
        for (Subcommand c : COMMANDS) rows.add(new String[] {"  " + c.spec().name(), c.spec().description()});
        rows.add(new String[] {"  " + HELP.name(), HELP.description()});
        return Help.of(NAME, ROOT.positional(Positional.optional("COMMAND", "The command to run, one of those below.")))
                + "Commands:\n" + Help.table(rows);
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
        err.println(NAME + " " + Version.number() + " on Java " + System.getProperty("java.version"));
        if (System.getenv("SCHEMAC_DEBUG") != null) ex.printStackTrace(err);
        err.flush();
        return INTERNAL;
    }
}
