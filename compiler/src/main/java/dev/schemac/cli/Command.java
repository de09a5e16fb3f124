package dev.schemac.cli;

/** One subcommand, made from its parsed command line; a usage error it finds is a {@link dev.schemac.cli.args.UsageError}. */
interface Command {
    /** Runs the command; the exit code is one of {@link Main}'s. */
    int call(Io io) throws Exception;
}
