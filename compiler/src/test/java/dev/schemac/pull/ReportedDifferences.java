package dev.schemac.pull;

import dev.schemac.gen.sql.DbShape;
import dev.schemac.gen.sql.DbShape.ColumnShape;
import dev.schemac.gen.sql.DbShape.ForeignKeyShape;
import dev.schemac.gen.sql.DbShape.KeyShape;
import dev.schemac.gen.sql.DbShape.TableShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What pull reported, as the shape comparison must forgive it: objects that were not
 * pulled are left out of the original (with the foreign keys to tables not pulled); columns whose type or default changes compare
 * without them; objects whose name changes compare without names.
 */
final class ReportedDifferences {
    final Set<String> tables = new HashSet<>();
    final Set<String> droppedColumns = new HashSet<>();
    final Set<String> typeChanged = new HashSet<>();
    final Set<String> defaultChanged = new HashSet<>();
    final Set<String> nullChanged = new HashSet<>();
    final Set<String> orderChanged = new HashSet<>();
    final Set<String> droppedObjects = new HashSet<>();
    final Set<String> renamedIn = new HashSet<>();
    /** table:live name → the name generate gives instead. */
    final java.util.Map<String, String> renamed = new java.util.HashMap<>();

    /** table → column lists of unique indexes that generate makes unique constraints (SQLite names neither). */
    final java.util.Map<String, Set<List<String>>> uniqueIndexes = new java.util.HashMap<>();
    /** table:name of checks the database leaves unnamed (SQLite), which generate names. */
    final Set<String> namedByGenerate = new HashSet<>();

    /** table → column lists of the keys pull reported, for the engine whose shape keeps no names (SQLite). */
    final java.util.Map<String, Set<List<String>>> reportedKeys = new java.util.HashMap<>();

    ReportedDifferences(dev.schemac.pull.lift.PulledModel pulled, LiveSchema live) {
        for (Leftover l : pulled.leftovers()) {
            if (l.kind() == Leftover.Kind.NAME && l.definition() != null) renamed.put(l.table() + ":" + l.name(), l.definition());
            else add(l.kind(), l.table(), l.column(), l.name());
            if (l.table() == null || l.column() != null) continue;
            var keys = reportedKeys.computeIfAbsent(l.table(), k -> new HashSet<>());
            if (l.shape() instanceof Leftover.Shape.Reference r) keys.add(r.columns());
            var t = live.catalog().table(l.table()).orElse(null);
            if (t == null || l.name() == null) continue;
            t.uniques().stream().filter(u -> l.name().equals(u.name())).forEach(u -> keys.add(u.columns()));
            t.foreignKeys().stream().filter(f -> l.name().equals(f.name())).forEach(f -> keys.add(f.columns()));
        }
        for (var t : live.catalog().tables()) {
            var info = live.info(t.name());
            for (var u : t.uniques()) {
                if (info != null && u.name() != null && info.uniqueIndexes().contains(u.name())) {
                    uniqueIndexes.computeIfAbsent(t.name(), k -> new HashSet<>()).add(u.columns());
                }
            }
            var model = pulled.catalog().table(t.name()).orElse(null);
            for (var c : t.checks()) {
                if (c.name() != null || model == null) continue;
                for (var m : model.checks()) if (m.terms().equals(c.terms())) namedByGenerate.add(t.name() + ":" + m.name());
            }
        }
    }

    private void add(Leftover.Kind kind, String table, String column, String name) {
        switch (kind) {
            case TABLE -> tables.add(table);
            case COLUMN -> droppedColumns.add(table + "." + column);
            case TYPE -> typeChanged.add(table + "." + column);
            case DEFAULT -> defaultChanged.add(table + "." + column);
            case CHECK, INDEX, FOREIGN_KEY -> droppedObjects.add(table + ":" + name);
            case NAME -> renamedIn.add(table);
            case DIFFERENCE -> {
                if (column != null) {
                    typeChanged.add(table + "." + column);
                    defaultChanged.add(table + "." + column);
                    nullChanged.add(table + "." + column);
                } else if (name != null) {
                    droppedObjects.add(table + ":" + name);
                } else {
                    orderChanged.add(table); // the table itself: its column order (comments are not in the shape)
                }
            }
            default -> { }
        }
    }

    DbShape expected(DbShape original) {
        var out = new TreeMap<String, TableShape>();
        original.tables().forEach((t, s) -> {
            if (!tables.contains(t)) out.put(t, forgive(t, s, true));
        });
        return new DbShape(out);
    }

    DbShape rebuilt(DbShape rebuilt) {
        var out = new TreeMap<String, TableShape>();
        rebuilt.tables().forEach((t, s) -> out.put(t, forgive(t, s, false)));
        return new DbShape(out);
    }

    private TableShape forgive(String t, TableShape s, boolean original) {
        var dropped = new HashSet<String>();
        for (ColumnShape c : s.columns()) if (droppedColumns.contains(t + "." + c.name())) dropped.add(c.name());
        var cols = new ArrayList<ColumnShape>();
        for (ColumnShape c : s.columns()) {
            if (dropped.contains(c.name())) continue;
            String key = t + "." + c.name();
            cols.add(new ColumnShape(c.name(), typeChanged.contains(key) ? "*" : c.type(), nullChanged.contains(key) || c.nullable(),
                    defaultChanged.contains(key) || c.hasDefault(), c.refreshed()));
        }
        if (orderChanged.contains(t)) cols.sort(java.util.Comparator.comparing(ColumnShape::name));
        boolean names = !renamedIn.contains(t);
        // A renamed object keeps its kind: the derived name's prefix says which (idx_, uq_, fk_, ck_, pk_).
        java.util.function.BiFunction<String, String, String> rename = (prefix, n) -> {
            String to = original ? renamed.get(t + ":" + n) : null;
            return to != null && to.startsWith(prefix) ? to : n;
        };
        var fks = new ArrayList<ForeignKeyShape>();
        for (var fk : s.foreignKeys()) {
            // A foreign key to a table not pulled goes with it (SQLite keeps no name to match the warning's by).
            if (gone(t, fk.name(), fk.columns(), dropped) || tables.contains(fk.referencedTable())) continue;
            fks.add(new ForeignKeyShape(names ? rename.apply("fk_", fk.name()) : null, fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                    fk.onDelete(), fk.onUpdate()));
        }
        var uniques = keys(t, s.uniques(), dropped, names, n -> rename.apply("uq_", n));
        var indexes = keys(t, s.indexes(), dropped, names, n -> rename.apply("idx_", n));
        var checks = new ArrayList<String>();
        for (String c : s.checks()) {
            if (droppedObjects.contains(t + ":" + c) || namedByGenerate.contains(t + ":" + c)) continue;
            checks.add(names ? rename.apply("ck_", c) : "*");
        }
        KeyShape pk = s.primaryKey() == null ? null
                : new KeyShape(names ? rename.apply("pk_", s.primaryKey().name()) : null, s.primaryKey().columns());
        fks.sort(java.util.Comparator.comparing((ForeignKeyShape k) -> String.valueOf(k.name())).thenComparing(k -> k.columns().toString()));
        checks.sort(null);
        return new TableShape(cols, pk, fks, uniques, indexes, checks);
    }

    private List<KeyShape> keys(String t, List<KeyShape> keys, Set<String> dropped, boolean names,
                                java.util.function.UnaryOperator<String> name) {
        var out = new ArrayList<KeyShape>();
        for (KeyShape k : keys) {
            if (gone(t, k.name(), k.columns(), dropped)) continue;
            out.add(new KeyShape(names ? name.apply(k.name()) : null, k.columns()));
        }
        out.sort(java.util.Comparator.comparing((KeyShape k) -> String.valueOf(k.name())).thenComparing(k -> k.columns().toString()));
        return out;
    }

    private boolean gone(String t, String name, List<String> cols, Set<String> dropped) {
        return droppedObjects.contains(t + ":" + name) || cols.stream().anyMatch(dropped::contains)
                || name == null && reportedKeys.getOrDefault(t, Set.of()).contains(cols)
                || uniqueIndexes.getOrDefault(t, Set.of()).contains(cols);
    }
}
