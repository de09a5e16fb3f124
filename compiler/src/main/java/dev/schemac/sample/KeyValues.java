package dev.schemac.sample;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Key tuples as the uniqueness bookkeeping compares them. */
final class KeyValues {
    /** Combining marks: what is left of an accent once a letter is decomposed. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private KeyValues() {}

    /** A key tuple, or null when a column is NULL (SQL never counts those as duplicates). */
    static List<Object> tuple(Map<String, Object> row, List<String> columns) {
        var out = new ArrayList<Object>();
        for (String c : columns) {
            Object v = row.get(c);
            if (v == null) return null;
            out.add(comparable(v));
        }
        return out;
    }

    /**
     * Bytes compare by content; text as the most forgiving engine compares it (MySQL's
     * default collations ignore case, accents and trailing spaces), so that a value unique
     * here is unique on every engine; every other value by equals.
     */
    static Object comparable(Object v) {
        if (v instanceof byte[] b) return HexFormat.of().formatHex(b);
        if (v instanceof String s) {
            return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT).stripTrailing();
        }
        return v;
    }
}
