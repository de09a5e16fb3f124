package dev.schemac.cli.args;

import dev.schemac.diag.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a command's words against its {@link CommandSpec}. Long options take their value as
 * {@code --out DIR} or {@code --out=DIR}, short ones also as {@code -oDIR}; flags may be
 * clustered ({@code -hV}); {@code --} ends the options and {@code -} alone is a positional
 * word (standard input). Anything else is a {@link UsageError}.
 */
public final class Parser {
    private final CommandSpec spec;
    private final List<String> args;
    private final Map<Option, List<String>> given = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private int next;

    private Parser(CommandSpec spec, List<String> args) {
        this.spec = spec;
        this.args = args;
    }

    public static Parsed parse(CommandSpec spec, List<String> args) {
        return new Parser(spec, args).parse();
    }

    private Parsed parse() {
        // Help wins over every other mistake on the line: it is what a confused user asks for.
        for (String a : args) {
            if (a.equals("--")) break;
            // Every command has -h/--help (CommandSpec.of adds it).
            if (CommandSpec.HELP.names().contains(a)) {
                return new Parsed(Map.of(), List.of(), spec.positional().label(), true);
            }
        }
        while (next < args.size()) {
            String a = args.get(next++);
            if (a.equals("--")) {
                positionals.addAll(args.subList(next, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                longOption(a);
            } else if (a.startsWith("-") && a.length() > 1) {
                shortOptions(a);
            } else {
                positionals.add(a);
            }
        }
        if (given.containsKey(CommandSpec.HELP)) return new Parsed(Map.of(), List.of(), spec.positional().label(), true);
        var words = spec.positional();
        if (positionals.size() < words.min()) {
            throw new UsageError(words.max() > 1 ? words.label() + " is missing: give at least one"
                    : words.label() + " is missing");
        }
        if (positionals.size() > words.max()) {
            String extra = positionals.get(words.max());
            throw new UsageError("unexpected argument `" + extra + "`" + (words.max() == 0 ? ": " + spec.name()
                    + " takes options only" : ": " + spec.name() + " takes at most " + words.max() + " " + words.label()));
        }
        return new Parsed(given, positionals, words.label(), false);
    }

    private void longOption(String word) {
        int eq = word.indexOf('=');
        String name = eq < 0 ? word : word.substring(0, eq);
        Option o = spec.option(name);
        if (o == null) throw unknown(name);
        take(o, name, eq < 0 ? null : word.substring(eq + 1));
    }

    /** {@code -o DIR}, {@code -oDIR}, {@code -o=DIR}, and flags clustered as {@code -hV}. */
    private void shortOptions(String word) {
        for (int at = 1; at < word.length(); at++) {
            String name = "-" + word.charAt(at);
            Option o = spec.option(name);
            if (o == null) throw unknown(at == 1 ? word : name);
            if (o.kind() == Option.Kind.FLAG) {
                take(o, name, null);
                continue;
            }
            String rest = word.substring(at + 1);
            take(o, name, rest.isEmpty() ? null : rest.startsWith("=") ? rest.substring(1) : rest);
            return;
        }
    }

    /** Records option {@code o}, typed as {@code name}, with its {@code attached} value or the next word. */
    private void take(Option o, String name, String attached) {
        List<String> values = given.computeIfAbsent(o, k -> new ArrayList<>());
        switch (o.kind()) {
            case FLAG -> {
                if (attached != null) throw new UsageError(name + " takes no value (given `" + name + "=" + attached + "`)");
            }
            case OPTIONAL_VALUE -> {
                if (attached != null) {
                    values.add(attached);
                } else if (next < args.size() && o.takesNext(args.get(next))) {
                    values.add(args.get(next++));
                } else {
                    values.add("");
                }
            }
            case VALUE, REPEATABLE, LIST -> {
                String v = attached != null ? attached : nextValue(o, name);
                if (o.choices() != null && !o.choices().contains(v)) {
                    throw new UsageError(name + " takes " + String.join(", ", o.choices()) + "; not `" + v + "`");
                }
                if (o.kind() == Option.Kind.VALUE && !values.isEmpty()) {
                    throw new UsageError(name + " is given twice (`" + values.get(0) + "`, then `" + v + "`): give it once");
                }
                if (o.kind() == Option.Kind.LIST) {
                    values.addAll(List.of(v.split(",")));
                } else {
                    values.add(v);
                }
            }
        }
    }

    /** The word after an option that needs a value; an option name there means the value was left out. */
    private String nextValue(Option o, String name) {
        if (next >= args.size()) throw missingValue(o, name);
        String v = args.get(next);
        int eq = v.indexOf('=');
        if (v.startsWith("-") && spec.option(eq < 0 ? v : v.substring(0, eq)) != null) throw missingValue(o, name);
        next++;
        return v;
    }

    private static UsageError missingValue(Option o, String name) {
        return new UsageError(name + " needs a value: " + name + (name.startsWith("--") ? "=" : " ") + o.label());
    }

    /** An unknown option; a close known one is suggested instead of the whole help. */
    private UsageError unknown(String name) {
        var names = new ArrayList<String>();
        for (Option o : spec.options()) names.addAll(o.names());
        String close = name.startsWith("--") ? DidYouMean.closest(name, names) : null;
        return UsageError.unknown("unknown option `" + name + "` for " + spec.name(), close);
    }
}
