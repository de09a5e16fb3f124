package dev.schemac.naming;

import io.github.encryptorcode.pluralize.Pluralize;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * English inflection, remembered per word. The inflection library's answers depend only on the
 * word and on its rules, and schemac never adds a rule, so an answer given once holds for the
 * run: lowering asks for the plural of every entity and the checks ask again on another thread.
 * Each memo keeps at most {@link #CAPACITY} words; past that, answers are worked out afresh.
 */
public final class English {
    static final int CAPACITY = 1 << 14;

    private static final Memo<String> PLURAL = new Memo<>(Pluralize::plural);
    private static final Memo<String> SINGULAR = new Memo<>(Pluralize::singular);
    private static final Memo<Boolean> IS_PLURAL = new Memo<>(Pluralize::isPlural);
    private static final Memo<Boolean> IS_SINGULAR = new Memo<>(Pluralize::isSingular);

    private English() {}

    /** The library's plural of a word, its case kept as the library keeps it. */
    public static String plural(String word) { return PLURAL.of(word); }

    /** The library's singular of a word. */
    public static String singular(String word) { return SINGULAR.of(word); }

    /** Whether the library reads the word as a plural (a word can be both plural and singular). */
    public static boolean isPlural(String word) { return IS_PLURAL.of(word); }

    /** Whether the library reads the word as a singular. */
    public static boolean isSingular(String word) { return IS_SINGULAR.of(word); }

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
