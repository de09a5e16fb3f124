package dev.schemac.nosql;

import dev.schemac.catalog.Column;
import dev.schemac.catalog.Catalog;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether two key patterns can produce the same key, segment by segment ({@code :}
 * separates them). A placeholder fills exactly one segment: {@link KvValues#segment} writes a
 * {@code :} inside a value as {@code \:}, so a datetime ({@code 2025-01-01T03\:00\:00Z}), a
 * time or a text holding {@code :} stays one segment. Two literal segments must be equal, a
 * literal must be a possible value of the placeholder it meets (an integer column never
 * yields {@code orders}; a datetime or time, whose segment holds a {@code \}, never equals a
 * literal, which cannot), and two placeholders can always meet.
 */
final class KeyOverlap {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATETIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}\\\\:[0-9]{2}\\\\:[0-9]{2}Z");
    private static final Pattern TIME = Pattern.compile("[0-9]{2}\\\\:[0-9]{2}\\\\:[0-9]{2}");

    private KeyOverlap() {}

    /** One segment of a key: a literal, or a part of a placeholder's value that takes what {@code accepts} takes. */
    private record Segment(String literal, Predicate<String> accepts) {
        boolean placeholder() { return literal == null; }
    }

    static boolean overlap(KvKey a, KvKey b, Catalog catalog, Model model) {
        List<Segment> sa = segments(a, catalog, model);
        List<Segment> sb = segments(b, catalog, model);
        if (sa.size() != sb.size()) return false;
        for (int i = 0; i < sa.size(); i++) {
            Segment x = sa.get(i);
            Segment y = sb.get(i);
            if (x.placeholder() && y.placeholder()) continue;
            if (!x.placeholder() && !y.placeholder()) {
                if (!x.literal().equals(y.literal())) return false;
                continue;
            }
            Segment slot = x.placeholder() ? x : y;
            String literal = x.placeholder() ? y.literal() : x.literal();
            if (!slot.accepts().test(literal)) return false;
        }
        return true;
    }

    /** A key's segments: each literal, and one per placeholder. */
    private static List<Segment> segments(KvKey k, Catalog catalog, Model model) {
        var out = new ArrayList<Segment>();
        for (String s : k.pattern().split(":", -1)) {
            if (!placeholder(s)) {
                out.add(new Segment(s, null));
                continue;
            }
            Column c = column(k, s, catalog);
            out.add(new Segment(null, literal -> c == null || canBe(c, literal, model)));
        }
        return out;
    }

    private static boolean placeholder(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** The column whose values fill a placeholder (the key's own columns, in order). */
    private static Column column(KvKey k, String segment, Catalog catalog) {
        int i = k.placeholders().indexOf(segment.substring(1, segment.length() - 1));
        if (i < 0 || i >= k.keyColumns().size()) return null;
        return catalog.table(k.source()).flatMap(t -> t.column(k.keyColumns().get(i))).orElse(null);
    }

    private static boolean canBe(Column c, String literal, Model model) {
        if (literal.isEmpty()) return false;
        if (c.type().isEnum()) {
            return model.enumType(c.type().enumName()).map(t -> t.values().stream().anyMatch(v -> v.dbValue().equals(literal)))
                    .orElse(true);
        }
        ScalarKind k = c.type().kind();
        if (k.isInteger()) return INTEGER.matcher(literal).matches();
        if (k.isNumeric()) return NUMBER.matcher(literal).matches();
        return switch (k) {
            case BOOL -> List.of("true", "false").contains(literal);
            case UUID -> UUID.matcher(literal).matches();
            case DATE -> DATE.matcher(literal).matches();
            case DATETIME -> DATETIME.matcher(literal).matches();
            case TIME -> TIME.matcher(literal).matches();
            default -> true;
        };
    }
}
