package dev.schemac.naming;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two names or labels are one to a database: MySQL compares names and ENUM members
 * without regard to case, accents and compatibility forms ({@code Total} = {@code total},
 * {@code résumé} = {@code resume}, {@code x¹} = {@code x1}, {@code ß} = {@code ss}), SQLite
 * compares names without regard to case, and so do the file systems of macOS and Windows.
 * The key errs on the side of "equal" (MySQL keeps {@code ı} and {@code i} apart).
 */
public final class CaseFold {
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private CaseFold() {}

    public static String key(String s) {
        // ASCII is its own NFKD form and holds no marks: only case is left to fold (the usual name, kept cheap).
        if (isAscii(s)) return s.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }
}
