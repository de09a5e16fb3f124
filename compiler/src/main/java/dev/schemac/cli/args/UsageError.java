package dev.schemac.cli.args;

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

    public boolean showHelp() {
        return showHelp;
    }
}
