package dev.schemac.naming;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Letters of Latin, Cyrillic and Greek that a reader cannot tell apart in common fonts: the
 * Cyrillic {@code а} (U+0430) and the Latin {@code a}, the Greek {@code Ο} and the Latin
 * {@code O}. A word mixing these scripts is a homoglyph attack when all its letters of one
 * script look like letters of another script it holds ({@code nаme} reads as the Latin
 * {@code name}, {@code μnаme} as {@code μname}): it looks like a word with a script fewer. A
 * word whose letters of each script look like nothing of the others' ({@code μg}, {@code kΩ},
 * {@code Δx}) is a unit or a symbol, and is kept; {@code ΔT} is not, since its T looks like the
 * Greek capital tau.
 *
 * <p>The list is ours and deliberately short: the pairs that look alike in the usual sans
 * and serif faces. Letters that resemble each other only in some fonts ({@code μ} and
 * {@code u}, {@code κ} and {@code k}, {@code α} and {@code a}) are left out, since a unit or a
 * physics name uses them. docs/language.md and SC510/SC512 describe the rule.
 *
 * <p>A word wholly of one script that looks like a word of another ({@code Сор}, Cyrillic, and
 * {@code Cop}) is a word of its language, not a disguise: Russian and Greek words made only of
 * such letters are common ({@code ВЕС}, {@code РОСТ}, {@code ΚΑΤΟ}). It deceives only beside the
 * word it looks like, so {@link #key} holds two names of one namespace apart, as a reader would.
 */
public final class Lookalikes {
    private Lookalikes() {}

    /** Each string: letters of different scripts that look the same. */
    private static final List<String> GROUPS = List.of(
            // lower case: Latin, Cyrillic, Greek
            "a\u0430", "c\u0441", "e\u0435", "o\u043E\u03BF", "p\u0440\u03C1", "x\u0445", "y\u0443", "s\u0455",
            "i\u0456", "j\u0458", "h\u04BB", "d\u0501", "q\u051B", "w\u051D", "\u00EB\u0451", "\u00EF\u0457",
            "v\u03BD", "\u0131\u03B9",
            // upper case
            "A\u0410\u0391", "B\u0412\u0392", "C\u0421", "E\u0415\u0395", "H\u041D\u0397", "I\u0406\u0399",
            "J\u0408", "K\u041A\u039A", "M\u041C\u039C", "N\u039D", "O\u041E\u039F", "P\u0420\u03A1", "S\u0405",
            "T\u0422\u03A4", "X\u0425\u03A7", "Y\u04AE\u03A5", "Z\u0396", "\u00CB\u0401", "\u00CF\u0407",
            "\u0413\u0393", "\u041F\u03A0", "\u0424\u03A6");

    /**
     * Per case-folded letter, the case-folded first letter of the first group it is in (the Latin
     * one where there is one). Folded first, so that names a database folds together keep one key:
     * a letter and its capital may look like different Latin letters (Greek ν like v, Ν like N),
     * and the earlier group wins.
     */
    private static final Map<Integer, Integer> SKELETON = new HashMap<>();

    /** Per letter, its lookalike in each other script. */
    private static final Map<Integer, Map<UnicodeScript, Integer>> LIKE = new HashMap<>();

    static {
        for (String group : GROUPS) {
            group.codePoints().forEach(c -> {
                var in = new EnumMap<UnicodeScript, Integer>(UnicodeScript.class);
                group.codePoints().filter(o -> o != c).forEach(o -> in.put(UnicodeScript.of(o), o));
                LIKE.put(c, in);
                int folded = CaseFold.key(Character.toString(c)).codePointAt(0);
                SKELETON.putIfAbsent(folded, CaseFold.key(group.substring(0, group.offsetByCodePoints(0, 1))).codePointAt(0));
            });
        }
        // ASCII names take a shortcut in key(): no ASCII letter may stand for another.
        SKELETON.forEach((from, to) -> {
            if (from < 0x80 && !from.equals(to)) throw new IllegalStateException("lookalike group maps " + Character.toString(from));
        });
    }

    /**
     * The key under which two names are one to a database or to a reader: {@link CaseFold#key}
     * of the name with each lookalike letter then written as its group's first ({@code Сор} and
     * {@code COP} are {@code cop}). Names of one namespace whose keys are equal cannot be told
     * apart; those whose {@link CaseFold#key}s differ only look alike. Names of one
     * {@link CaseFold#key} always share this key (the databases fold them together).
     */
    public static String key(String name) {
        String folded = CaseFold.key(name);
        if (isAscii(folded)) return folded;
        var b = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> b.appendCodePoint(SKELETON.getOrDefault(c, c)));
        return b.toString();
    }

    /**
     * How two names of one {@link #key} are one: "differ only in case or accents" (to a database
     * too) or "look alike: ..." (to a reader only), to follow "`a` and `b`".
     */
    public static String howAlike(String a, String b) {
        return CaseFold.key(a).equals(CaseFold.key(b)) ? "differ only in case or accents"
                : "look alike: their letters of different scripts (Latin, Cyrillic, Greek) look the same";
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** One word's letters of one script ({@code odd}, in order, each once), each like a letter of {@code script} that the word also holds. */
    public record Disguise(UnicodeScript script, List<Integer> odd, int firstAt) {
        /** The letter of {@link #script} that {@code odd} looks like. */
        public int like(int odd) {
            return LIKE.get(odd).get(script);
        }
    }

    /**
     * How the word {@code s[from, to)} disguises itself, or null: it holds letters of two or
     * more of Latin, Cyrillic and Greek, and every letter it holds of one of them looks like a
     * letter of another it holds, so the word looks like one with a script fewer. Where more
     * than one script would do, the odd one out is the one with fewer letters in the word (then
     * not the first letter's), and the letters it looks like are of the script with more.
     */
    public static Disguise of(String s, int from, int to) {
        var counts = new EnumMap<UnicodeScript, Integer>(UnicodeScript.class);
        UnicodeScript first = null;
        for (int i = from; i < to; i += Character.charCount(s.codePointAt(i))) {
            UnicodeScript script = scriptOf(s.codePointAt(i));
            if (script == null) continue;
            if (first == null) first = script;
            counts.merge(script, 1, Integer::sum);
        }
        if (counts.size() < 2) return null;
        UnicodeScript oddScript = null;
        UnicodeScript likeScript = null;
        for (UnicodeScript odd : counts.keySet()) {
            for (UnicodeScript like : counts.keySet()) {
                if (like == odd || !allLookLike(s, from, to, odd, like)) continue;
                boolean better = oddScript == null
                        || counts.get(odd) < counts.get(oddScript)
                        || (odd != oddScript && counts.get(odd).equals(counts.get(oddScript)) && oddScript == first)
                        || (odd == oddScript && counts.get(like) > counts.get(likeScript));
                if (better) {
                    oddScript = odd;
                    likeScript = like;
                }
            }
        }
        if (oddScript == null) return null;
        var odd = new LinkedHashSet<Integer>();
        int firstAt = -1;
        for (int i = from; i < to; i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            if (scriptOf(c) != oddScript) continue;
            if (firstAt < 0) firstAt = i;
            odd.add(c);
        }
        return new Disguise(likeScript, new ArrayList<>(odd), firstAt);
    }

    /** Whether every letter of {@code odd} in the word has a lookalike in {@code like}. */
    private static boolean allLookLike(String s, int from, int to, UnicodeScript odd, UnicodeScript like) {
        for (int i = from; i < to; i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            if (scriptOf(c) != odd) continue;
            var lookalike = LIKE.get(c);
            if (lookalike == null || !lookalike.containsKey(like)) return false;
        }
        return true;
    }

    /** Latin, Cyrillic or Greek for a letter of one of them, else null (digits, marks, {@code µ}, other scripts). */
    private static UnicodeScript scriptOf(int c) {
        if (!Character.isLetter(c)) return null;
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.LATIN || script == UnicodeScript.CYRILLIC || script == UnicodeScript.GREEK ? script : null;
    }
}
