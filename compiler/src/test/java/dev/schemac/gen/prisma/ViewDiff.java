package dev.schemac.gen.prisma;

import static dev.schemac.gen.prisma.Difference.NONE;

import dev.schemac.gen.prisma.PrismaView.ColumnView;
import dev.schemac.gen.prisma.PrismaView.ModelView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every difference between two {@link PrismaView}s. Columns are matched by name; their
 * order is compared among the columns both sides know with a supported type (Prisma's DMMF
 * has no position for an Unsupported field). Of an Unsupported column only the type and
 * nullability are compared: Prisma reads nothing else of it.
 */
final class ViewDiff {
    private final String comparison;
    private final String provider;
    private final List<Difference> out = new ArrayList<>();
    /** The tables either side ignores: relations to them and back relations from them are part of that one difference. */
    private final java.util.Set<String> ignored;

    private ViewDiff(String comparison, String provider, java.util.Set<String> ignored) {
        this.comparison = comparison;
        this.provider = provider;
        this.ignored = ignored;
    }

    static List<Difference> compare(PrismaView ours, PrismaView theirs, String comparison, String provider) {
        var ignored = new java.util.TreeSet<>(ours.ignored().keySet());
        ignored.addAll(theirs.ignored().keySet());
        var d = new ViewDiff(comparison, provider, ignored);
        for (String t : SnapshotDiff.union(ours.models().keySet(), theirs.models().keySet())) {
            ModelView a = ours.models().get(t);
            ModelView b = theirs.models().get(t);
            if (ours.ignored().containsKey(t) || theirs.ignored().containsKey(t)) {
                // Prisma keeps nothing of an ignored table but its name: the table is the one difference
                d.add("model-ignored", t, t, ours.ignored().getOrDefault(t, "present"), theirs.ignored().getOrDefault(t, "present"));
            } else if (a == null || b == null) d.add("model", t, t, a == null ? NONE : "present", b == null ? NONE : "present");
            else d.model(t, a, b);
        }
        for (String e : SnapshotDiff.union(ours.enums().keySet(), theirs.enums().keySet())) {
            d.add("enum", null, e, str(ours.enums().get(e)), str(theirs.enums().get(e)));
        }
        return d.out;
    }

    private void model(String t, ModelView a, ModelView b) {
        for (String c : SnapshotDiff.union(a.columns().keySet(), b.columns().keySet())) {
            ColumnView x = a.columns().get(c);
            ColumnView y = b.columns().get(c);
            if (x == null || y == null) add("column", t, c, x == null ? NONE : x.type(), y == null ? NONE : y.type());
            else column(t, c, x, y);
        }
        add("column-order", t, "columns", order(a, b).toString(), order(b, a).toString());
        add("primary-key", t, "primary key", a.pk().toString(), b.pk().toString());
        add("primary-key-name", t, a.pk().toString(), str(a.pkName()), str(b.pkName()));
        keyed("unique", t, a.uniques(), b.uniques());
        keyed("index", t, a.indexes(), b.indexes());
        keyed("relation", t, unignored(a.relations()), unignored(b.relations()));
        add("back-relation", t, "back relation fields", unignored(a.backs()).toString(), unignored(b.backs()).toString());
    }

    private void column(String t, String c, ColumnView a, ColumnView b) {
        add("column-type", t, c, a.type(), b.type());
        add("column-nullability", t, c, a.required() ? "required" : "optional", b.required() ? "required" : "optional");
        if (a.unsupported() || b.unsupported()) return;
        add("column-native-type", t, c, str(a.nativeType()), str(b.nativeType()));
        add("column-default", t, c, str(a.defaultValue()), str(b.defaultValue()));
        add("updated-at", t, c, a.updatedAt() ? "@updatedAt" : NONE, b.updatedAt() ? "@updatedAt" : NONE);
    }

    private Map<String, String> unignored(Map<String, String> relations) {
        var out = new java.util.TreeMap<String, String>();
        relations.forEach((columns, fk) -> { if (!toIgnored(fk)) out.put(columns, fk); });
        return out;
    }

    private List<String> unignored(List<String> backs) {
        return backs.stream().filter(b -> !toIgnored(b)).toList();
    }

    /** Whether a relation ({@code table[columns] ...}, {@code ignored model table}) or back relation ({@code table list}) names an ignored table. */
    private boolean toIgnored(String s) {
        if (s.startsWith(DmmfReader.IGNORED_MODEL)) return true;
        return ignored.stream().anyMatch(t -> s.startsWith(t + "[") || s.startsWith(t + " "));
    }

    private static List<String> order(ModelView a, ModelView b) {
        return a.columns().entrySet().stream()
                .filter(e -> !e.getValue().unsupported() && b.columns().containsKey(e.getKey()) && !b.columns().get(e.getKey()).unsupported())
                .map(Map.Entry::getKey).toList();
    }

    /** Keyed by columns (uniques, relations) or by name (indexes); a unique on the same columns under another name is a unique-name. */
    private void keyed(String kind, String t, Map<String, String> a, Map<String, String> b) {
        for (String k : SnapshotDiff.union(a.keySet(), b.keySet())) {
            boolean renamed = kind.equals("unique") && a.containsKey(k) && b.containsKey(k);
            add(renamed ? "unique-name" : kind, t, k, str(a.get(k)), str(b.get(k)));
        }
    }

    private void add(String kind, String table, String object, String ours, String theirs) {
        if (!Objects.equals(ours, theirs)) out.add(new Difference(comparison, provider, kind, table, object, ours, theirs));
    }

    private static String str(Object o) {
        return o == null ? NONE : o.toString();
    }
}
