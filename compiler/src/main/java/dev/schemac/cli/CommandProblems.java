package dev.schemac.cli;

import dev.schemac.cli.args.UsageError;
import dev.schemac.config.Problem;
import java.util.List;

/**
 * Turns what {@link dev.schemac.config.SettingsParser} found wrong with a command-line value
 * into a usage error (exit 2), worded with the option as the user typed it.
 */
final class CommandProblems {
    /** Throws a usage error for the first problem, if any; {@code spelled} is the option as typed. */
    void usage(List<Problem> problems, String spelled) {
        if (problems.isEmpty()) return;
        Problem p = problems.get(0);
        String text = p.kind() == Problem.Kind.UNKNOWN_KEY
                ? spelled + ": unknown option `" + p.key() + "`, which " + p.message() + p.didYouMean("")
                : spelled + " " + p.message();
        throw new UsageError(text);
    }
}
