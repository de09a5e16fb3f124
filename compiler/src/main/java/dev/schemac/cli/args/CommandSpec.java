package dev.schemac.cli.args;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command accepts: its name, description, options (each command gets {@link #HELP})
 * and positional words. Immutable.
 */
public record CommandSpec(String name, String description, List<Option> options, Positional positional) {
    /** {@code -h/--help}, which every command has. */
    public static final Option HELP = Option.flag("Show this help message and exit.", "-h", "--help");

    public CommandSpec {
        options = List.copyOf(options);
        var seen = new ArrayList<String>();
        for (Option o : options) {
            for (String n : o.names()) {
                if (seen.contains(n)) throw new IllegalArgumentException(name + " declares " + n + " twice");
                seen.add(n);
            }
        }
    }

    /** A command with {@code -h/--help} alone; add the rest with {@link #with} and {@link #positional}. */
    public static CommandSpec of(String name, String description) {
        return new CommandSpec(name, description, List.of(HELP), Positional.none());
    }

    /** This command with {@code more} options too. */
    public CommandSpec with(Option... more) {
        return with(List.of(more));
    }

    public CommandSpec with(List<Option> more) {
        var all = new ArrayList<>(options);
        all.addAll(more);
        return new CommandSpec(name, description, all, positional);
    }

    public CommandSpec positional(Positional words) {
        return new CommandSpec(name, description, options, words);
    }

    /** The option named {@code name} ({@code -o} or {@code --out}), or null. */
    Option option(String name) {
        for (Option o : options) {
            if (o.names().contains(name)) return o;
        }
        return null;
    }
}
