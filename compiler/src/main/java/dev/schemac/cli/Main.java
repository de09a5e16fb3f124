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
import dev.schemac.render.text.PlainText;
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

    private static final CommandSpec HELP = CommandSpec.of("help", "Display help information about the specified command.")
            .positional(Positional.optional("COMMAND", "The command to show the help of; without one, schemac's own."));

    /** The subcommands, in the order help lists them; {@code help} is one of them. */
    static final List<Subcommand> COMMANDS = List.of(
            new Subcommand(CheckCommand.SPEC, CheckCommand::new),
            new Subcommand(GenerateCommand.SPEC, GenerateCommand::new),
            new Subcommand(SeedCommand.SPEC, SeedCommand::new),
            new Subcommand(FmtCommand.SPEC, FmtCommand::new),
            new Subcommand(ExplainCommand.SPEC, ExplainCommand::new),
            new Subcommand(MigrateCommand.SPEC, MigrateCommand::new),
            new Subcommand(PullCommand.SPEC, PullCommand::new),
            new Subcommand(DiffCommand.SPEC, DiffCommand::new),
            new Subcommand(HELP, parsed -> io -> help(io, parsed.positionals().isEmpty() ? null : parsed.positionals().get(0))));

    static final Option VERSION = Option.flag("Print version information and exit.", "-V", "--version");
    static final CommandSpec ROOT = CommandSpec.of(NAME,
            "Compiles one entity model into SQL, ORM models, migrations, diagrams and design documents.").with(VERSION);

    private Main() {}

    /** Every command but help, as a sentence's list ("check, generate, ... or diff"): from {@link #COMMANDS}, so none is left out. */
    static String commandNames() {
        var names = COMMANDS.stream().map(c -> c.spec().name()).filter(n -> !n.equals(HELP.name())).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    public static void main(String[] args) {
        dev.schemac.output.FileTransaction.guardStops();
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
        // A model or report lost on a full disk or a closed pipe is a failed run, not a silent success.
        if (out.checkError()) {
            err.println(NAME + ": error: writing standard output failed (a full disk or a closed pipe?): the output is incomplete");
            code = code == OK ? INPUT_ERRORS : code;
        }
        err.flush();
        return code;
    }

    private static int dispatch(Io io, List<String> args) throws Exception {
        if (args.isEmpty()) return usageError(io, ROOT, new UsageError("a command is required: " + commandNames()));
        String first = args.get(0);
        if (first.startsWith("-") && !first.equals("-")) {
            // The root takes its own options alone: -h/--help and -V/--version, first.
            Parsed root;
            try {
                root = Parser.parse(ROOT, args.subList(0, 1));
            } catch (UsageError e) {
                return usageError(io, ROOT, e);
            }
            if (root.helpAsked()) return help(io, null);
            io.out().println(NAME + " " + Version.number());
            return OK;
        }
        Subcommand command = command(first);
        if (command == null) return usageError(io, ROOT, unknownCommand(first));
        try {
            Parsed parsed = Parser.parse(command.spec(), args.subList(1, args.size()));
            if (parsed.helpAsked()) return help(io, first);
            return command.make().apply(parsed).call(io);
        } catch (UsageError e) {
            return usageError(io, command.spec(), e);
        }
    }

    /**
     * The one way help is shown, whichever way it was asked for ({@code schemac -h},
     * {@code schemac help [COMMAND]}, {@code schemac COMMAND -h}): the help of the command
     * named (null: schemac's own) on standard output.
     */
    private static int help(Io io, String name) {
        CommandSpec spec = ROOT;
        if (name != null) {
            Subcommand command = command(name);
            if (command == null) return usageError(io, ROOT, unknownCommand(name));
            spec = command.spec();
        }
        io.out().print(help(spec));
        return OK;
    }

    /** {@code schemac chek} and {@code schemac help chek} alike: the closest command suggested instead of the help. */
    private static UsageError unknownCommand(String name) {
        String close = DidYouMean.closest(name, COMMANDS.stream().map(c -> c.spec().name()).toList());
        return UsageError.unknown("unknown command `" + name + "`", close == null ? null : NAME + " " + close);
    }

    private static Subcommand command(String name) {
        for (Subcommand c : COMMANDS) {
            if (c.spec().name().equals(name)) return c;
        }
        return null;
    }

    /**
     * The one place a usage error is printed: the message, shown by the one rule for text from
     * outside ({@link PlainText#visible}: it may quote any word of the command line), then
     * (unless it says what to do itself) the help of the command it is about; exit 2.
     */
    private static int usageError(Io io, CommandSpec spec, UsageError e) {
        io.err().println(PlainText.visible(e.getMessage()));
        if (e.showHelp()) io.err().print(help(spec));
        return USAGE;
    }

    /** The help of {@code spec}; the root's lists the commands. */
    static String help(CommandSpec spec) {
        return spec == ROOT ? rootHelp() : Help.of(NAME + " " + spec.name(), spec);
    }

    private static String rootHelp() {
        var rows = new ArrayList<String[]>();
        for (Subcommand c : COMMANDS) rows.add(new String[] {"  " + c.spec().name(), c.spec().description()});
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
        // Model text may be in the message: the renderer shows it as every diagnostic's, by PlainText.visible.
        if (what.length() > 300) what = what.substring(0, 300) + "…";
        err.print(new HumanRenderer(false).render(Messages.internalError(what, where)));
        err.println(NAME + " " + Version.number() + " on Java " + System.getProperty("java.version"));
        if (System.getenv("SCHEMAC_DEBUG") != null) ex.printStackTrace(err);
        err.flush();
        return INTERNAL;
    }
}
