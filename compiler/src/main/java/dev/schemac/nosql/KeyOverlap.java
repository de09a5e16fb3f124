package dev.schemac.nosql;

import dev.schemac.catalog.Column;
import dev.schemac.catalog.Catalog;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether two key patterns can produce the same key, segment by segment ({@code :}
 * separates them): two literals must be equal, a literal must be a possible value of the
 * placeholder it meets (an integer column never yields {@code orders}), and two
 * placeholders can always meet. Values are taken to hold no {@code :} themselves.
 */
final class KeyOverlap {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private KeyOverlap() {}

    static boolean overlap(KvKey a, KvKey b, Catalog catalog, Model model) {
        String[] sa = a.pattern().split(":", -1);
        String[] sb = b.pattern().split(":", -1);
        if (sa.length != sb.length) return false;
        for (int i = 0; i < sa.length; i++) {
            boolean pa = placeholder(sa[i]);
            boolean pb = placeholder(sb[i]);
            if (pa && pb) continue;
            if (!pa && !pb) {
                if (!sa[i].equals(sb[i])) return false;
                continue;
            }
            String literal = pa ? sb[i] : sa[i];
            Column c = pa ? column(a, sa[i], catalog) : column(b, sb[i], catalog);
            if (c != null && !canBe(c, literal, model)) return false;
        }
        return true;
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
            default -> true;
        };
    }
}
