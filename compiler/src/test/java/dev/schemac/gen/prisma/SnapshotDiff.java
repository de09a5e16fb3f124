package dev.schemac.gen.prisma;

import static dev.schemac.gen.prisma.Difference.NONE;

import dev.schemac.gen.prisma.DbSnapshot.ColumnSnap;
import dev.schemac.gen.prisma.DbSnapshot.ForeignKeySnap;
import dev.schemac.gen.prisma.DbSnapshot.IndexSnap;
import dev.schemac.gen.prisma.DbSnapshot.TableSnap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every difference between two database snapshots (comparison {@code catalog}): tables,
 * columns and their order, types, nullability, defaults, key generation, keys, foreign keys,
 * unique constraints, indexes, checks, triggers, functions, enums and comments. Nothing is
 * normalized away here except what the database itself treats as equal (documented where
 * it happens); whatever else differs is reported and must be on the allow-list.
 */
final class SnapshotDiff {
    private final String provider;
    private final List<Difference> out = new ArrayList<>();

    private SnapshotDiff(String provider) {
        this.provider = provider;
    }

    static List<Difference> compare(DbSnapshot ours, DbSnapshot theirs, String provider) {
        var d = new SnapshotDiff(provider);
        for (String t : union(ours.tables().keySet(), theirs.tables().keySet())) {
            TableSnap a = ours.tables().get(t);
            TableSnap b = theirs.tables().get(t);
            if (a == null || b == null) d.add("table", t, t, a == null ? NONE : "present", b == null ? NONE : "present");
            else d.table(a, b);
        }
        for (String e : union(ours.enums().keySet(), theirs.enums().keySet())) {
            d.add("enum", null, e, str(ours.enums().get(e)), str(theirs.enums().get(e)));
        }
        for (String k : union(ours.comments().keySet(), theirs.comments().keySet())) {
            int dot = k.indexOf('.');
            String table = k.startsWith("type ") ? null : dot < 0 ? k : k.substring(0, dot);
            d.add("comment", table, k, str(ours.comments().get(k)), str(theirs.comments().get(k)));
        }
        for (String f : union(ours.functions(), theirs.functions())) {
            d.add("function", null, f, ours.functions().contains(f) ? f : NONE, theirs.functions().contains(f) ? f : NONE);
        }
        return d.out;
    }

    private void table(TableSnap a, TableSnap b) {
        String t = a.name();
        var ac = byName(a.columns(), ColumnSnap::name);
        var bc = byName(b.columns(), ColumnSnap::name);
        for (String c : union(ac.keySet(), bc.keySet())) {
            if (!ac.containsKey(c) || !bc.containsKey(c)) add("column", t, c, ac.containsKey(c) ? "present" : NONE, bc.containsKey(c) ? "present" : NONE);
            else column(t, ac.get(c), bc.get(c));
        }
        var order = a.columns().stream().map(ColumnSnap::name).filter(bc::containsKey).toList();
        var theirOrder = b.columns().stream().map(ColumnSnap::name).filter(ac::containsKey).toList();
        add("column-order", t, "columns", order.toString(), theirOrder.toString());

        add("primary-key", t, "primary key", str(a.primaryKey().columns()), str(b.primaryKey().columns()));
        add("primary-key-name", t, str(a.primaryKey().columns()), str(a.primaryKey().name()), str(b.primaryKey().name()));

        var af = byName(a.foreignKeys(), f -> f.columns().toString());
        var bf = byName(b.foreignKeys(), f -> f.columns().toString());
        for (String cols : union(af.keySet(), bf.keySet())) {
            ForeignKeySnap x = af.get(cols);
            ForeignKeySnap y = bf.get(cols);
            add("foreign-key", t, cols, x == null ? NONE : reference(x), y == null ? NONE : reference(y));
            if (x != null && y != null) add("foreign-key-name", t, cols, str(x.name()), str(y.name()));
        }

        var au = byName(a.uniques(), IndexSnap::key);
        var bu = byName(b.uniques(), IndexSnap::key);
        for (String cols : union(au.keySet(), bu.keySet())) {
            IndexSnap x = au.get(cols);
            IndexSnap y = bu.get(cols);
            if (x == null || y == null) {
                add("unique", t, cols, x == null ? NONE : x.name(), y == null ? NONE : y.name());
                continue;
            }
            add("unique-name", t, cols, x.name(), y.name());
            add("unique-implementation", t, cols, implementation(x), implementation(y));
        }

        var ai = byName(a.indexes(), IndexSnap::name);
        var bi = byName(b.indexes(), IndexSnap::name);
        for (String name : union(ai.keySet(), bi.keySet())) {
            add("index", t, name, ai.containsKey(name) ? ai.get(name).key() : NONE,
                    bi.containsKey(name) ? bi.get(name).key() : NONE);
        }
        members("check", t, a.checks(), b.checks());
        members("trigger", t, a.triggers(), b.triggers());
    }

    private void column(String t, ColumnSnap a, ColumnSnap b) {
        String c = a.name();
        if (!a.type().equals(b.type())) {
            boolean sameAffinity = provider.equals("sqlite") && affinity(a.type()).equals(affinity(b.type()));
            add(sameAffinity ? "sqlite-declared-type" : "column-type", t, c, a.type(), b.type());
        }
        add("column-nullability", t, c, a.notNull() ? "NOT NULL" : "NULL", b.notNull() ? "NOT NULL" : "NULL");
        add("column-default", t, c, str(normalizedDefault(a.defaultValue())), str(normalizedDefault(b.defaultValue())));
        add("autoincrement", t, c, str(a.generation()), str(b.generation()));
    }

    /**
     * SQLite keeps a default's text as written, so keywords and function names differ in case
     * between scripts ({@code TRUE} and {@code true} are the same value); text inside quotes is
     * kept as written.
     */
    private String normalizedDefault(String d) {
        if (d == null || !provider.equals("sqlite")) return d;
        var b = new StringBuilder(d.length());
        boolean quoted = false;
        for (char ch : d.toCharArray()) {
            if (ch == '\'') quoted = !quoted;
            b.append(quoted ? ch : Character.toUpperCase(ch));
        }
        return b.toString();
    }

    /** SQLite's type affinity rules (sqlite.org/datatype3.html, 3.1), in their order. */
    static String affinity(String declared) {
        String t = declared.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) return "INTEGER";
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) return "TEXT";
        if (t.contains("BLOB") || t.isEmpty()) return "BLOB";
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) return "REAL";
        return "NUMERIC";
    }

    private static String reference(ForeignKeySnap f) {
        return f.referencedTable() + str(f.referencedColumns()) + " ON DELETE " + f.onDelete() + " ON UPDATE " + f.onUpdate();
    }

    private static String implementation(IndexSnap u) {
        return u.constraint() ? "UNIQUE constraint" : "unique index";
    }

    private void members(String kind, String t, Set<String> a, Set<String> b) {
        for (String m : union(a, b)) add(kind, t, m, a.contains(m) ? m : NONE, b.contains(m) ? m : NONE);
    }

    private void add(String kind, String table, String object, String ours, String theirs) {
        if (!Objects.equals(ours, theirs)) out.add(new Difference("catalog", provider, kind, table, object, ours, theirs));
    }

    private static <T> Map<String, T> byName(List<T> xs, Function<T, String> key) {
        var out = new LinkedHashMap<String, T>();
        for (T x : xs) out.put(key.apply(x), x);
        return out;
    }

    static <T> TreeSet<String> union(Set<String> a, Set<String> b) {
        var out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static String str(Object o) {
        return o == null ? NONE : o.toString();
    }
}
