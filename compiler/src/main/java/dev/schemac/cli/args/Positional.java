package dev.schemac.cli.args;

/**
 * The words of a command that are not options: how many ({@code min} to {@code max}, which is
 * {@link #MANY} for no limit), their label and description.
 */
public record Positional(String label, String description, int min, int max) {
    public static final int MANY = Integer.MAX_VALUE;

    /** One or more. */
    public static Positional oneOrMore(String label, String description) {
        return new Positional(label, description, 1, MANY);
    }

    /** At most one. */
    public static Positional optional(String label, String description) {
        return new Positional(label, description, 0, 1);
    }

    /** None at all: a command that takes options alone. */
    public static Positional none() {
        return new Positional(null, null, 0, 0);
    }

    /** The label as the help's usage line shows it: {@code FILE...}, {@code [CODE]}, {@code FILE}. */
    String synopsis() {
        String many = max > 1 ? label + "..." : label;
        return min == 0 ? "[" + many + "]" : many;
    }
}
