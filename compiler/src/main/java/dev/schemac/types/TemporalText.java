package dev.schemac.types;

import dev.schemac.model.ScalarKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one written form of a date, time or datetime value that a check compares with:
 * {@code yyyy-MM-dd}, {@code HH:mm:ss}, {@code yyyy-MM-dd HH:mm:ss} (UTC; a datetime written with
 * {@code Z} or an offset is that instant in UTC). It is the form
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

    /** What keeps a text from being a value of its kind. */
    public enum Flaw {
        /** Not written in one of the accepted shapes. */
        SHAPE,
        /** Written so, but no date or time on the calendar (February 30, 25:00, an offset beyond 18 hours). */
        CALENDAR,
        /** A date outside the years 1 to 9999, as written or in UTC. */
        YEARS
    }

    private record Read(String value, Flaw flaw) {}

    private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /**
     * The value in the one form, or null when the text is no whole-second value of that kind on
     * the calendar (or the kind is not temporal).
     */
    public static String canonical(ScalarKind kind, String text) {
        return read(kind, text).value();
    }

    /**
     * A text default or check literal as the Catalog holds it: the one form when the text is a value
     * of the kind, else the text as written. The lowering and the reading of a migration snapshot both
     * pass through it, so a snapshot an earlier release wrote with the value as written
     * ({@code 2030-06-15T12:00}, {@code 10:00}) reads back equal to today's model.
     */
    public static String held(ScalarKind kind, String text) {
        if (kind == null || !kind.isTemporal()) return text;
        String canonical = canonical(kind, text);
        return canonical != null ? canonical : text;
    }

    /**
     * Why the text is no value of the kind, or null when it is one: the one rule of both front
     * ends' literals ({@code resolve/ValueCheck}) and of every output that writes them.
     */
    public static Flaw flaw(ScalarKind kind, String text) {
        return read(kind, text).flaw();
    }

    /** Whether the text, exactly as written, has one of the accepted shapes of the kind (the calendar aside). */
    public static boolean shaped(ScalarKind kind, String text) {
        return text.equals(text.strip()) && read(kind, text).flaw() != Flaw.SHAPE;
    }

    private static Read read(ScalarKind kind, String text) {
        String v = text.strip();
        try {
            switch (kind) {
                case DATE -> {
                    if (!DATE.matcher(v).matches()) return new Read(null, Flaw.SHAPE);
                    LocalDate d = LocalDate.parse(v, LOCAL_DATE);
                    return inYears(d) ? new Read(v, null) : new Read(null, Flaw.YEARS);
                }
                case TIME -> {
                    Matcher m = TIME.matcher(v);
                    if (!m.matches()) return new Read(null, Flaw.SHAPE);
                    String t = m.group(1) + seconds(m.group(2));
                    LocalTime.parse(t);
                    return new Read(t, null);
                }
                case DATETIME -> {
                    Matcher m = DATETIME.matcher(v);
                    if (!m.matches()) return new Read(null, Flaw.SHAPE);
                    LocalDate d = LocalDate.parse(m.group(1), LOCAL_DATE);
                    LocalDateTime local = LocalDateTime.of(d, LocalTime.parse(m.group(2) + seconds(m.group(3))));
                    String off = m.group(4);
                    ZoneOffset offset = off == null ? ZoneOffset.UTC : ZoneOffset.of(off.length() == 5 && off.charAt(3) != ':'
                            ? off.substring(0, 3) + ":" + off.substring(3) : off);
                    LocalDateTime utc = local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
                    if (!inYears(d) || !inYears(utc.toLocalDate())) return new Read(null, Flaw.YEARS);
                    return new Read(utc.format(UTC_TEXT), null);
                }
                default -> {
                    return new Read(null, Flaw.SHAPE);
                }
            }
        } catch (DateTimeException e) {
            return new Read(null, Flaw.CALENDAR);
        }
    }

    private static boolean inYears(LocalDate d) {
        return d.getYear() >= 1 && d.getYear() <= 9999;
    }

    private static String seconds(String s) {
        return s == null ? ":00" : s;
    }
}
