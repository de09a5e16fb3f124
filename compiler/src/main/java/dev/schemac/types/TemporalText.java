package dev.schemac.types;

import dev.schemac.model.ScalarKind;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one written form of a date, time or datetime value that a check compares with:
 * {@code yyyy-MM-dd}, {@code HH:mm:ss}, {@code yyyy-MM-dd HH:mm:ss} (UTC). It is the form
 * SQLite stores (its {@code CURRENT_TIMESTAMP}, the seed), so a check compared as text there
 * orders like the values; the other engines read it as their types. A model may write
 * {@code 2030-06-15T12:00} and an engine's catalog may show {@code 2030-06-15 12:00:00+00}
 * or {@code ...:00.000000}: all are the same value in this form.
 */
public final class TemporalText {
    private TemporalText() {}

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{2}:\\d{2})(:\\d{2})?(?:\\.0+)?");
    private static final Pattern DATETIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2})(:\\d{2})?(?:\\.0+)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /**
     * The value in the one form, or null when the text is no whole-second value of that kind
     * (or the kind is not temporal).
     */
    public static String canonical(ScalarKind kind, String text) {
        String v = text.strip();
        switch (kind) {
            case DATE -> {
                return DATE.matcher(v).matches() ? v : null;
            }
            case TIME -> {
                Matcher m = TIME.matcher(v);
                return m.matches() ? m.group(1) + seconds(m.group(2)) : null;
            }
            case DATETIME -> {
                Matcher m = DATETIME.matcher(v);
                if (!m.matches()) return null;
                String local = m.group(1) + " " + m.group(2) + seconds(m.group(3));
                String off = m.group(4);
                if (off == null || off.matches("Z|[+-]00(:?00)?")) return local;
                if (off.length() == 3) off = off + ":00";
                if (off.length() == 5) off = off.substring(0, 3) + ":" + off.substring(3);
                return OffsetDateTime.parse(local.replace(' ', 'T') + off).withOffsetSameInstant(ZoneOffset.UTC).format(UTC_TEXT);
            }
            default -> {
                return null;
            }
        }
    }

    private static String seconds(String s) {
        return s == null ? ":00" : s;
    }
}
