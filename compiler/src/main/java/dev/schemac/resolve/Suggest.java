package dev.schemac.resolve;

import dev.schemac.diag.DidYouMean;
import java.util.Collection;

/** The resolver's name for {@link DidYouMean}, which holds the one rule for suggestions. */
public final class Suggest {
    private Suggest() {}

    public static String closest(String name, Collection<String> candidates) {
        return DidYouMean.closest(name, candidates);
    }

    static int distance(String a, String b) {
        return DidYouMean.distance(a, b);
    }
}
