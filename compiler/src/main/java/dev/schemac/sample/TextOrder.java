package dev.schemac.sample;

import dev.schemac.model.Op;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text comparisons as every engine's collation judges them alike. A CHECK that orders text
 * is decided by the column's collation: binary on a {@code C} database, case- and
 * accent-insensitive on MariaDB's {@code utf8mb4_unicode_ci}, linguistic (case and accents
 * only breaking ties, spaces and punctuation ignored or not) under ICU or glibc's
 * {@code en_US}. Two strings are in a known order only when they are plain letters and
 * digits whose folded forms differ, and the binary order and the folded order agree;
 * otherwise the order is unknown, and the generator keeps no row that relies on it.
 */
final class TextOrder {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9]*");

    private TextOrder() {}

    /** Whether {@code a OP b} holds under every collation. */
    static boolean holds(Op op, String a, String b) {
        return switch (op) {
            case EQ -> a.equals(b);
            // Different even to the most forgiving collation (MySQL's: case, accents, trailing spaces).
            case NE -> !KeyValues.comparable(a).equals(KeyValues.comparable(b));
            default -> {
                Integer cmp = order(a, b);
                yield cmp != null && op.holds(cmp);
            }
        };
    }

    /** The sign of {@code a} against {@code b} that every collation agrees on, or null. */
    static Integer order(String a, String b) {
        if (a.equals(b)) return 0;
        String fa = fold(a), fb = fold(b);
        if (fa.equals(fb) || !PLAIN.matcher(fa).matches() || !PLAIN.matcher(fb).matches()) return null;
        int folded = Integer.signum(fa.compareTo(fb));
        int binary = Integer.signum(codePointOrder(a, b));
        return folded == binary ? folded : null;
    }

    /** Without accents, in lower case. */
    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** UTF-8 byte order, which is code point order (String.compareTo is UTF-16's, which differs above the BMP). */
    private static int codePointOrder(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i), y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
