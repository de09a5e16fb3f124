package dev.schemac.cli.args;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A command's help text: the usage line, the description, then one row per positional and
 * option, wrapped to {@link #WIDTH} columns.
 */
public final class Help {
    static final int WIDTH = 80;
    /** The widest left column; a longer option name puts its description on the next line. */
    private static final int LEFT_MAX = 27;

    private Help() {}

    /** The help of {@code spec}, run as {@code program} (e.g. {@code schemac check}). */
    public static String of(String program, CommandSpec spec) {
        var text = new StringBuilder();
        text.append(usage(program, spec));
        text.append(wrap(spec.description(), 0, 0));
        var rows = new ArrayList<String[]>();
        var words = spec.positional();
        if (words.max() > 0) rows.add(new String[] {"      " + words.synopsis(), words.description()});
        var options = new ArrayList<>(spec.options());
        options.sort(Comparator.comparing(Help::sortKey));
        for (Option o : options) rows.add(new String[] {left(o), o.description()});
        text.append(table(rows));
        return text.toString();
    }

    /**
     * Rows of a left column and a description: the description starts at one column for all rows,
     * and its continuation lines are indented two more.
     */
    public static String table(List<String[]> rows) {
        int widest = 0;
        for (String[] r : rows) {
            if (r[0].length() <= LEFT_MAX) widest = Math.max(widest, r[0].length());
        }
        int column = widest + 2;
        var text = new StringBuilder();
        for (String[] r : rows) {
            text.append(r[0]);
            if (r[0].length() > widest) {
                text.append('\n').append(" ".repeat(column));
            } else {
                text.append(" ".repeat(column - r[0].length()));
            }
            text.append(wrap(r[1], column, column + 2).substring(column));
        }
        return text.toString();
    }

    /** {@code Usage: schemac check [-h] [--strict] ... FILE...}, wrapped under the command's name. */
    static String usage(String program, CommandSpec spec) {
        var parts = new ArrayList<String>();
        var options = new ArrayList<>(spec.options());
        options.sort(Comparator.comparing((Option o) -> o.kind() == Option.Kind.FLAG ? 0 : repeats(o) ? 2 : 1)
                .thenComparing(Help::sortKey));
        for (Option o : options) parts.add(synopsis(o));
        if (spec.positional().max() > 0) parts.add(spec.positional().synopsis());
        String head = "Usage: " + program + " ";
        return wrap(String.join(" ", parts), head, " ".repeat(head.length()));
    }

    private static boolean repeats(Option o) {
        return o.kind() == Option.Kind.REPEATABLE || o.kind() == Option.Kind.LIST;
    }

    private static String synopsis(Option o) {
        String name = o.names().get(0);
        return switch (o.kind()) {
            case FLAG -> "[" + name + "]";
            case VALUE -> "[" + name + "=" + o.label() + "]";
            case OPTIONAL_VALUE -> "[" + name + "[=" + o.label() + "]]";
            case REPEATABLE -> "[" + name + "=" + o.label() + "]...";
            case LIST -> "[" + name + "=" + o.label() + "[," + o.label() + "...]]...";
        };
    }

    /** {@code   -o, --out=DIR} or {@code       --color=<color>}. */
    private static String left(Option o) {
        String shortName = null;
        for (String n : o.names()) if (!n.startsWith("--")) shortName = n;
        String value = switch (o.kind()) {
            case FLAG -> "";
            case VALUE, REPEATABLE -> "=" + o.label();
            case OPTIONAL_VALUE -> "[=" + o.label() + "]";
            case LIST -> "=" + o.label() + "[," + o.label() + "...]";
        };
        String longName = o.longName().startsWith("--") ? o.longName() : "";
        if (shortName == null) return "      " + longName + value;
        return "  " + shortName + (longName.isEmpty() ? value : ", " + longName + value);
    }

    /** Options sort by their long name, as a reader looks them up. */
    private static String sortKey(Option o) {
        return o.longName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    /** {@code text} wrapped to the width, the first line indented {@code first} columns, the rest {@code rest}. */
    static String wrap(String text, int first, int rest) {
        return wrap(text, " ".repeat(first), " ".repeat(rest));
    }

    private static String wrap(String text, String first, String rest) {
        var out = new StringBuilder();
        var line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) line.append(' ');
            line.append(word);
            empty = false;
        }
        return out.append(line).append('\n').toString();
    }
}
