package dev.schemac.render.text;

import java.util.List;
import java.util.Locale;

/** English as the generated prose needs it around model names: the article before a name. */
public final class English {
    /** Letters whose names start with a vowel sound, for names read letter by letter ("an SKU", "an HTML page"). */
    private static final String VOWEL_SOUNDING_LETTERS = "AEFHILMNORSX";
    /** Beginnings of words whose vowel sounds like "you" or "w", which take "a": a User, a Unit, a Euro, a One-off. */
    private static final List<String> CONSONANT_SOUND = List.of("uni", "use", "usa", "usu", "uti", "ure", "uri", "uro", "uu",
            "eu", "ewe", "one", "once", "ubiq");
    /** Beginnings of words whose "h" is silent, which take "an": an Hour, an Honor. */
    private static final List<String> SILENT_H = List.of("hour", "honest", "honor", "honour", "heir");

    private English() {}

    /** "a User", "an Order", "a Unit", "an Item", "an SKU", "an Hour": the name with the article English wants. */
    public static String article(String name) {
        if (name.isEmpty()) return name;
        return (takesAn(name) ? "an " : "a ") + name;
    }

    static boolean takesAn(String name) {
        // Two capitals in a row: read as letters (SKU, HTMLPage, URL), the first letter's name decides.
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return VOWEL_SOUNDING_LETTERS.indexOf(name.charAt(0)) >= 0;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String p : SILENT_H) if (lower.startsWith(p)) return true;
        for (String p : CONSONANT_SOUND) if (lower.startsWith(p)) return false;
        return "aeiou".indexOf(lower.charAt(0)) >= 0;
    }
}
