package dev.schemac.cli.args;

import dev.schemac.diag.Messages;

/**
 * A command line that cannot be run as given (exit 2). The help of the command follows the
 * message unless the message itself says what to do instead (a suggestion).
 */
public final class UsageError extends RuntimeException {
    private final boolean showHelp;

    public UsageError(String message) {
        this(message, true);
    }

    public UsageError(String message, boolean showHelp) {
        super(message, null, false, false); // a message for the user: no stack trace is ever shown
        this.showHelp = showHelp;
    }

    /**
     * Something unknown ({@code message} says what), with {@code instead}, a close known name
     * (null: none), suggested as every message suggests a name ({@link Messages#didYouMean}); the
     * suggestion replaces the help.
     */
    public static UsageError unknown(String message, String instead) {
        return instead == null ? new UsageError(message) : new UsageError(message + "." + Messages.didYouMean(instead), false);
    }

    public boolean showHelp() {
        return showHelp;
    }
}
