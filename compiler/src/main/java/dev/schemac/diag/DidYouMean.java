package dev.schemac.diag;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean": the closest candidate by edit distance, if it is close enough to help.
 * Public for every front end (the resolver, the annotation processor's options) so the
 * threshold is the same wherever a name is suggested.
 */
public final class DidYouMean {
    private DidYouMean() {}

    /** The candidate closest to {@code name}, or null when none is close enough or it is {@code name} itself. */
    public static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                bestDistance = d;
                best = c;
            }
        }
        // Up to a third of the letters may be wrong, but at least two (a dropped and a swapped
        // letter), and never the whole word.
        int allowed = Math.min(Math.max(2, name.length() / 3), name.length() - 1);
        return best != null && bestDistance <= allowed && !best.equals(name) ? best : null;
    }

    /** Edit distance where a swap of two neighbouring letters counts as one typo. */
    public static int distance(String a, String b) {
        int[] prevPrev = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], prevPrev[j - 2] + 1);
                }
            }
            int[] t = prevPrev;
            prevPrev = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
