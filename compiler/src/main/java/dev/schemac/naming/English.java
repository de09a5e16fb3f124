package dev.schemac.naming;

import io.github.encryptorcode.pluralize.Pluralize;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * English inflection: the inflection library's rules, with the corrections below, remembered per
 * word. The answers depend only on the word, so an answer given once holds for the run: lowering
 * asks for the plural of every entity and the checks ask again on another thread. Each memo
 * keeps at most {@link #CAPACITY} words; past that, answers are worked out afresh.
 *
 * <p>Every derived table name and both naming rules (SC602 calls an entity plural, SC604 a mapped
 * table singular) read English here, so a correction holds for all of them at once.
 */
public final class English {
    static final int CAPACITY = 1 << 14;

    /**
     * Singulars whose plural the library gets wrong: a Latin plural English does not use
     * (`viri`), a count noun the library takes for a mass noun (`agenda`), and words ending in
     * s that it takes for plurals already (`lens`, `canvas`, `bias`).
     */
    static final Map<String, String> PLURALS = Map.of("virus", "viruses", "agenda", "agendas", "canvas", "canvases",
            "bias", "biases", "lens", "lenses", "ibis", "ibises", "dais", "daises");

    /**
     * Words that name one thing and many alike, which the library reads as plurals only and would
     * strip to a non-word (`species` to `specie`, `physics` to `physic`): a mass noun, a field of
     * study, a name that ends in s.
     */
    static final Set<String> INVARIANT = Set.of("species", "data", "metadata", "chaos", "ethos", "pathos", "cosmos", "texas",
            "mars", "physics", "mathematics", "statistics", "ethics", "logistics", "economics", "politics", "gymnastics",
            "electronics", "genetics", "linguistics");

    private static final Map<String, String> SINGULARS = inverse(PLURALS);

    private static final Memo<String> PLURAL = new Memo<>(English::pluralOf);
    private static final Memo<String> SINGULAR = new Memo<>(English::singularOf);
    private static final Memo<Boolean> IS_PLURAL = new Memo<>(English::isPluralOf);
    private static final Memo<Boolean> IS_SINGULAR = new Memo<>(English::isSingularOf);

    private English() {}

    /** The plural of a word, spelled in the word's case (`Order` → `Orders`, `VIRUS` → `VIRUSES`). */
    public static String plural(String word) { return PLURAL.of(word); }

    /** The singular of a word; a word that is no plural is its own singular (`axis`, `status`). */
    public static String singular(String word) { return SINGULAR.of(word); }

    /** Whether the word reads as a plural (a word can be both plural and singular: `news`, `species`). */
    public static boolean isPlural(String word) { return IS_PLURAL.of(word); }

    /** Whether the word reads as a singular. */
    public static boolean isSingular(String word) { return IS_SINGULAR.of(word); }

    private static String pluralOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (INVARIANT.contains(w) || SINGULARS.containsKey(w)) return word;
        String p = PLURALS.get(w);
        return p != null ? spelledAs(word, p) : Pluralize.plural(word);
    }

    private static String singularOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (INVARIANT.contains(w) || PLURALS.containsKey(w)) return word;
        String s = SINGULARS.get(w);
        if (s != null) return spelledAs(word, s);
        // The library strips a final s from any word it does not know (`axis` to `axi`): only a plural has a singular.
        return Pluralize.isPlural(word) ? Pluralize.singular(word) : word;
    }

    private static boolean isPluralOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (INVARIANT.contains(w) || SINGULARS.containsKey(w)) return true;
        return !PLURALS.containsKey(w) && Pluralize.isPlural(word);
    }

    private static boolean isSingularOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (INVARIANT.contains(w) || PLURALS.containsKey(w)) return true;
        // A word the library reads as neither (`axis`, `oasis`) is no plural, so it names one thing.
        return !SINGULARS.containsKey(w) && (Pluralize.isSingular(word) || !Pluralize.isPlural(word));
    }

    /** {@code form} in the case {@code word} is written in: all capitals, a capital first, or lower case. */
    private static String spelledAs(String word, String form) {
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) return form.toUpperCase(Locale.ROOT);
        if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) return Character.toUpperCase(form.charAt(0)) + form.substring(1);
        return form;
    }

    private static Map<String, String> inverse(Map<String, String> m) {
        var out = new java.util.HashMap<String, String>();
        m.forEach((k, v) -> out.put(v, k));
        return Map.copyOf(out);
    }

    private static final class Memo<T> {
        private final Function<String, T> compute;
        private final Map<String, T> known = new ConcurrentHashMap<>();

        Memo(Function<String, T> compute) { this.compute = compute; }

        T of(String word) {
            T v = known.get(word);
            if (v != null) return v;
            v = compute.apply(word);
            // Two threads may both compute a word; they get the same answer, so either may stay.
            if (v != null && known.size() < CAPACITY) known.putIfAbsent(word, v);
            return v;
        }
    }
}
