package dev.schemac.nosql;

import dev.schemac.catalog.Column;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * How values are written in the key-value design, where every value is a string: numbers in
 * plain notation, {@code true}/{@code false}, datetimes as ISO 8601 instants in UTC to the
 * second ({@code 2025-01-01T03:00:00Z}), dates and times as ISO text, UUIDs in their
 * canonical text, JSON as its text, bytes as they are (in keys and set members: as hex), enum
 * values as stored. In a key or a row's id each value is one segment: its {@code \} is
 * written {@code \\} and its {@code :} {@code \:}, so an unescaped {@code :} always
 * separates two values and rows whose values differ never share a key. A null is
 * no value at all: the hash has no such field, and no index entry is made.
 * Sorted-set scores are seconds since 1970 (UTC) for datetimes and dates, seconds since
 * midnight for times, and the number itself otherwise.
 */
public final class KvValues {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private KvValues() {}

    /** The bytes of a non-null value. */
    public static byte[] bytes(Column c, Object v) {
        if (v instanceof byte[] b) return b;
        return text(c, v).getBytes(StandardCharsets.UTF_8);
    }

    /** A non-null value as text, for keys and set members (bytes as lowercase hex). */
    public static String text(Column c, Object v) {
        if (v instanceof byte[] b) return java.util.HexFormat.of().formatHex(b);
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof LocalDateTime t) return t.format(INSTANT);
        if (v instanceof LocalTime t) return t.format(TIME);
        if (v instanceof LocalDate d) return d.toString();
        return v.toString();
    }

    /**
     * Whether a value of {@code c}, as {@link #text} writes it, can hold the {@link #SEPARATOR}
     * or the {@link #ESCAPE}, so that {@link #segment} changes it: free text, JSON, and times
     * and datetimes (ISO text holds {@code :}); an enum when one of its stored values does.
     */
    public static boolean mayNeedEscaping(Model model, Column c) {
        if (c.type().isEnum()) {
            return model.enumType(c.type().enumName()).map(t -> t.values().stream().anyMatch(v -> !escape(v.dbValue()).equals(v.dbValue())))
                    .orElse(true);
        }
        return switch (c.type().kind()) {
            case STRING, TEXT, CHAR, JSON, DATETIME, TIME -> true;
            case BOOL, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL, DATE, UUID, BYTES -> false;
        };
    }

    /** What separates the segments of a key, and the values of a row's id. */
    public static final char SEPARATOR = ':';
    /** What, in a segment, takes the character after it as it is: written before a {@link #SEPARATOR} or itself in a value. */
    public static final char ESCAPE = '\\';
    /** The characters {@link #segment} writes with an {@link #ESCAPE} before them. */
    public static final List<Character> ESCAPED = List.of(ESCAPE, SEPARATOR);

    /**
     * A row's id in sets and unique keys: the {@link #segment}s of its key columns joined by
     * {@code :}, as they follow {@code app:entity:} in its row key.
     */
    public static String id(Map<String, Object> row, List<String> columns, java.util.function.Function<String, Column> col) {
        var parts = new java.util.ArrayList<String>();
        for (String c : columns) parts.add(segment(col.apply(c), row.get(c)));
        return String.join(String.valueOf(SEPARATOR), parts);
    }

    /**
     * A non-null value as one segment of a key or id: its {@link #text} with {@code \} as
     * {@code \\} and {@code :} as {@code \:}. Without this, {@code ("a:b", "c")} and
     * {@code ("a", "b:c")} would both be {@code a:b:c}.
     */
    public static String segment(Column c, Object v) {
        return escape(text(c, v));
    }

    private static String escape(String text) {
        var b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (ESCAPED.contains(c)) b.append(ESCAPE);
            b.append(c);
        }
        return b.toString();
    }

    /** The score of a value in a sorted set. */
    public static String score(Column c, Object v) {
        ScalarKind k = c.type().kind();
        if (v instanceof LocalDateTime t) return Long.toString(t.toEpochSecond(ZoneOffset.UTC));
        if (v instanceof LocalDate d) return Long.toString(d.toEpochDay() * 86_400L);
        if (v instanceof LocalTime t) return Integer.toString(t.toSecondOfDay());
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (k != null && k.isNumeric()) return v.toString();
        throw new IllegalArgumentException("no score for " + c.name());
    }
}
