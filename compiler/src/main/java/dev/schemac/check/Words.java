package dev.schemac.check;

import dev.schemac.naming.Names;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import io.github.encryptorcode.pluralize.Pluralize;

/** Reading identifiers as words: the case conventions and English plurals the naming rules apply. */
public final class Words {
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern PASCAL = Pattern.compile("[A-Z][a-zA-Z0-9]*");
    private static final Pattern UNDERSCORES = Pattern.compile("_+");

    private Words() {}

    public static boolean isSnake(String s) { return SNAKE.matcher(s).matches(); }

    public static boolean isPascal(String s) { return PASCAL.matcher(s).matches() && !s.contains("_"); }

    /** The lower-case words of an identifier in any case style: {@code customerEmail} → [customer, email]. */
    public static List<String> of(String identifier) {
        return Arrays.stream(UNDERSCORES.split(Names.snake(identifier).toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** The last word: what decides whether a compound name is plural. */
    public static String last(String identifier) {
        List<String> w = of(identifier);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /**
     * Whether an English word is only a plural: {@code users}, {@code categories},
     * {@code people}; not {@code status} or {@code address}, and not the words whose plural is
     * themselves ({@code series}, {@code news}), which are singular too. The inflection rules
     * are those the table names are derived with ({@link Names#pluralize}).
     */
    public static boolean isPlural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Pluralize.isPlural(w) && !Pluralize.isSingular(w);
    }

    /** The singular a plural came from, for help texts; the word itself when it is not only a plural. */
    public static String singular(String word) {
        return isPlural(word) ? Pluralize.singular(word.toLowerCase(Locale.ROOT)) : word;
    }
}
