package dev.schemac.cli.args;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What {@link Parser} read from one command line: each option's values and the positional words. */
public final class Parsed {
    private final Map<Option, List<String>> given;
    private final List<String> positionals;
    private final String positionalLabel;
    private final boolean helpAsked;

    Parsed(Map<Option, List<String>> given, List<String> positionals, String positionalLabel, boolean helpAsked) {
        this.given = Map.copyOf(given);
        this.positionals = List.copyOf(positionals);
        this.positionalLabel = positionalLabel;
        this.helpAsked = helpAsked;
    }

    /** {@code -h} or {@code --help} was given: nothing else was checked. */
    public boolean helpAsked() {
        return helpAsked;
    }

    /** Whether the option was given at all. */
    public boolean given(Option o) {
        return given.containsKey(o);
    }

    /**
     * The option's value: the one given (the empty string for an option of an optional value
     * given without one), else its default, else null.
     */
    public String value(Option o) {
        List<String> vs = given.get(o);
        return vs == null ? o.defaultValue() : vs.get(vs.size() - 1);
    }

    /** Every value given, in order (a list option's already split); empty when it was not given. */
    public List<String> values(Option o) {
        return given.getOrDefault(o, List.of());
    }

    /** The option's value as a path, or null when not given; a value that is no path is a usage error. */
    public Path path(Option o) {
        String v = value(o);
        return v == null ? null : path(v, o.longName(), Path::of);
    }

    /** The positional words. */
    public List<String> positionals() {
        return positionals;
    }

    /**
     * The positional words as paths, each made by {@code toPath} (which may read a word such as
     * {@code -} its own way); a word that is no path is a usage error, as for an option.
     */
    public List<Path> positionalPaths(Function<String, Path> toPath) {
        var out = new ArrayList<Path>();
        for (String p : positionals) out.add(path(p, positionalLabel, toPath));
        return out;
    }

    private static Path path(String text, String what, Function<String, Path> toPath) {
        // Path.of("") is the working folder: an empty word (an unset shell variable, `--settings=`) would read or write there.
        if (text.isEmpty()) throw new UsageError(what + ": `` is not a path (it is empty)");
        try {
            return toPath.apply(text);
        } catch (InvalidPathException e) {
            throw new UsageError(what + ": `" + text + "` is not a path (" + e.getReason() + ")");
        }
    }
}
