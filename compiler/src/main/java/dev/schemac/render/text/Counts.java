package dev.schemac.render.text;

import java.util.Locale;

/**
 * How the generated prose writes a count and a number of rows: the one rule for both, so no sentence says
 * "1 rows" and every figure reads the same in every document.
 */
public final class Counts {
    private Counts() {}

    /**
     * A count with its thousands separated by commas, whatever the machine's locale: a document is the same
     * bytes on every machine.
     */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 row", "2,000,000 rows". */
    public static String rows(long n) {
        return number(n) + " " + rowWord(n);
    }

    /** "1 Visit row", "500,000 Visit rows": rows of one kind, named before the noun. */
    public static String rows(long n, String kind) {
        return number(n) + " " + kind + " " + rowWord(n);
    }

    /** "about 1 row", "about 2,000,000 rows": a declared estimate ({@code @@volume}). */
    public static String aboutRows(long n) {
        return "about " + rows(n);
    }

    /** The noun that agrees with {@code n}: "row" for exactly one, "rows" for any other count. */
    public static String rowWord(long n) {
        return n == 1 ? "row" : "rows";
    }
}
