package dev.schemac.check;

import dev.schemac.naming.English;
import dev.schemac.naming.Names;
import dev.schemac.naming.SnakeCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading identifiers as words: the case conventions and English plurals the naming rules apply. */
public final class Words {
    private static final Pattern PASCAL = Pattern.compile("[A-Z][a-zA-Z0-9]*");

    private Words() {}

    /** Whether a name is snake_case ({@link SnakeCase#is}, the one judgment the rules and the documents share). */
    public static boolean isSnake(String s) {
        return SnakeCase.is(s);
    }

    public static boolean isPascal(String s) { return PASCAL.matcher(s).matches() && !s.contains("_"); }

    /** The lower-case words of an identifier in any case style: {@code customerEmail} → [customer, email]. */
    public static List<String> of(String identifier) {
        String snake = Names.snake(identifier).toLowerCase(Locale.ROOT);
        var words = new ArrayList<String>(4);
        int start = 0;
        for (int i = 0; i <= snake.length(); i++) {
            if (i < snake.length() && snake.charAt(i) != '_') continue;
            if (i > start) words.add(snake.substring(start, i));
            start = i + 1;
        }
        return List.copyOf(words);
    }

    /** The last word: what decides whether a compound name is plural. */
    public static String last(String identifier) {
        List<String> w = of(identifier);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /**
     * Whether an English word is only a plural: {@code users}, {@code categories},
     * {@code people}; not {@code status} or {@code address}, and not the words whose plural is
     * themselves ({@code series}, {@code news}, {@code species}), which are singular too. The
     * inflection rules, with their corrections, are those the table names are derived with
     * ({@link Names#pluralize}, {@link English}).
     */
    public static boolean isPlural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!English.isPlural(w) || English.isSingular(w)) return false;
        // An acronym (`gps`, `sms`, `cms`) has no vowel; no English plural lacks one.
        if (w.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) return false;
        // A plural names more of the thing its singular names: the singular is a word (two letters
        // or more) that starts as it does and pluralises back to the name. The inflector's other
        // answers are not plurals of a name: `s` strips to nothing, `es` to a letter, a word read as
        // a pronoun's plural (Spanish `mes` as `me`) pluralises to another word (`us`).
        String singular = English.singular(w);
        if (singular.length() < 2 || singular.charAt(0) != w.charAt(0) || !English.plural(singular).equals(w)) return false;
        // A singular ending in a vowel pair English words do not end in is a foreign word with a
        // final s (Portuguese `pais`, German `haus`, `preis`), not a plural.
        for (String end : FOREIGN_ENDINGS) if (singular.endsWith(end)) return false;
        return true;
    }

    /** Endings of a singular that English words do not have (but `bonsai`, `tau`, `bureau`, singular anyway). */
    private static final List<String> FOREIGN_ENDINGS = List.of("ai", "ei", "au", "eu");

    /** The singular a plural came from, for help texts; the word itself when it is not only a plural. */
    public static String singular(String word) {
        return isPlural(word) ? English.singular(word.toLowerCase(Locale.ROOT)) : word;
    }
}
