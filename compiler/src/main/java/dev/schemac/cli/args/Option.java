package dev.schemac.cli.args;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One command-line option, declared once: its names, the label of its value, its description
 * and how it takes values. Immutable; a command reads its value from {@link Parsed} by this
 * very object, so the declaration is the only place the option's names are spelled.
 */
public final class Option {
    /** How an option takes values. */
    public enum Kind {
        /** No value: given or not. */
        FLAG,
        /** One value, given at most once. */
        VALUE,
        /** A value the option may go without (then its value is the empty string). */
        OPTIONAL_VALUE,
        /** One value each time, repeatable; the values accumulate. */
        REPEATABLE,
        /** Comma-separated values, repeatable; the values accumulate. */
        LIST
    }

    private final List<String> names;
    private final String label;
    private final String description;
    private final Kind kind;
    private final String defaultValue;
    private final List<String> choices;
    private final Supplier<List<String>> known;
    private final Predicate<String> takesNext;

    private Option(List<String> names, String label, String description, Kind kind, String defaultValue,
                   List<String> choices, Supplier<List<String>> known, Predicate<String> takesNext) {
        if (names.isEmpty()) throw new IllegalArgumentException("an option needs a name");
        for (String n : names) {
            boolean isShort = n.length() == 2 && n.charAt(0) == '-' && n.charAt(1) != '-';
            if (!isShort && !(n.startsWith("--") && n.length() > 2)) throw new IllegalArgumentException("not an option name: " + n);
        }
        this.names = List.copyOf(names);
        this.label = label;
        this.description = description;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.choices = choices;
        this.known = known;
        this.takesNext = takesNext;
    }

    /** An option without a value. */
    public static Option flag(String description, String... names) {
        return new Option(List.of(names), null, description, Kind.FLAG, null, null, null, null);
    }

    /** An option of one value, labelled {@code label} in the help. */
    public static Option value(String label, String description, String... names) {
        return new Option(List.of(names), label, description, Kind.VALUE, null, null, null, null);
    }

    /** A repeatable option of one value each time. */
    public static Option repeatable(String label, String description, String... names) {
        return new Option(List.of(names), label, description, Kind.REPEATABLE, null, null, null, null);
    }

    /** A repeatable option whose values are split on commas. */
    public static Option list(String label, String description, String... names) {
        return new Option(List.of(names), label, description, Kind.LIST, null, null, null, null);
    }

    /**
     * An option whose value may be left out: a following word is its value when {@code takesNext}
     * accepts it ({@code --name=value} always is); without one its value is the empty string.
     */
    public static Option optionalValue(String label, String description, Predicate<String> takesNext, String... names) {
        return new Option(List.of(names), label, description, Kind.OPTIONAL_VALUE, null, null, null, takesNext);
    }

    /** This option with {@code value} when it is not given. */
    public Option withDefault(String value) {
        return new Option(names, label, description, kind, value, choices, known, takesNext);
    }

    /** This option accepting only these values (exactly as spelled). */
    public Option withChoices(List<String> values) {
        return new Option(names, label, description, kind, defaultValue, List.copyOf(values), known, takesNext);
    }

    /** This option with the values it knows listed after its description in the help (asked for only then). */
    public Option withKnown(Supplier<List<String>> values) {
        return new Option(names, label, description, kind, defaultValue, choices, values, takesNext);
    }

    public List<String> names() { return names; }

    /** The long name (the last one), or the only one. */
    public String longName() { return names.get(names.size() - 1); }

    public String label() { return label; }

    public Kind kind() { return kind; }

    public String defaultValue() { return defaultValue; }

    /** The values it accepts, or null for any. */
    public List<String> choices() { return choices; }

    boolean takesNext(String next) { return takesNext.test(next); }

    /** The description, with the known values when there are any. */
    public String description() {
        return known == null ? description : description + " Known: " + String.join(", ", known.get());
    }
}
