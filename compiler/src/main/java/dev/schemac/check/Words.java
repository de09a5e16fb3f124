package dev.schemac.check;

import dev.schemac.naming.Names;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.atteo.evo.inflector.English;

/** Reading identifiers as words: the case conventions and English plurals the naming rules apply. */
public final class Words {
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern PASCAL = Pattern.compile("[A-Z][a-zA-Z0-9]*");
    private static final Pattern UNDERSCORES = Pattern.compile("_+");

    /** Irregular plurals the suffix test below cannot see. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of(
            "people", "children", "men", "women", "mice", "geese", "feet", "teeth", "oxen", "criteria", "phenomena");

    /** Singular words with a plural-looking ending. */
    private static final Set<String> SINGULAR_ENDINGS = Set.of("ss", "us", "is", "os", "as", "ics");

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
     * Whether an English word is a plural: an irregular plural, or a word that is the plural
     * of a shorter word by the inflector's rules ({@code users} of {@code user},
     * {@code categories} of {@code category}), except words whose ending only looks plural
     * ({@code status}, {@code address}, {@code analysis}) and words whose plural is themselves
     * ({@code series}, {@code news}).
     */
    public static boolean isPlural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR_PLURALS.contains(w)) return true;
        if (!w.endsWith("s") || w.length() < 3) return false;
        for (String ending : SINGULAR_ENDINGS) if (w.endsWith(ending)) return false;
        if (English.plural(w).equals(w)) return false;
        for (String singular : List.of(w.substring(0, w.length() - 1), w.substring(0, w.length() - 2),
                w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : "",
                w.endsWith("ves") ? w.substring(0, w.length() - 3) + "f" : "",
                w.endsWith("ves") ? w.substring(0, w.length() - 3) + "fe" : "")) {
            if (!singular.isEmpty() && English.plural(singular).equals(w)) return true;
        }
        return false;
    }

    /** The singular a plural came from, for help texts; the word itself when it is not a plural. */
    public static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!isPlural(w)) return word;
        return switch (w) {
            case "people" -> "person";
            case "children" -> "child";
            case "men" -> "man";
            case "women" -> "woman";
            case "mice" -> "mouse";
            case "geese" -> "goose";
            case "feet" -> "foot";
            case "teeth" -> "tooth";
            case "oxen" -> "ox";
            case "criteria" -> "criterion";
            case "phenomena" -> "phenomenon";
            default -> {
                for (String s : List.of(w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : "",
                        w.endsWith("ves") ? w.substring(0, w.length() - 3) + "f" : "",
                        w.endsWith("ves") ? w.substring(0, w.length() - 3) + "fe" : "",
                        w.substring(0, w.length() - 2), w.substring(0, w.length() - 1))) {
                    if (!s.isEmpty() && English.plural(s).equals(w)) yield s;
                }
                yield word;
            }
        };
    }
}
