package dev.schemac.evolve;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.evolve.Change.Phase;
import dev.schemac.evolve.Change.RenameColumn;
import dev.schemac.evolve.Change.RenameConstraint;
import dev.schemac.evolve.Change.RenameTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order of the renames within a migration. A rename to a name that another rename
 * frees (A to B while B becomes C) waits for that one; renames that trade names in a cycle
 * (A and B swapping) go through a temporary name: A to a temporary, B to A, the temporary
 * to B. Tables share one namespace, columns one per table, and every key, constraint and
 * index one across all tables, as the strictest engine keeps them (PostgreSQL's indexes
 * and MySQL's foreign keys are named per schema).
 */
public final class Renames {
    private Renames() {}

    /** The prefix of a temporary name; no model name can start with it (names start with a letter). */
    public static final String TEMPORARY = "_schemac_swap_";

    /** The name a constraint made under a temporary name takes later in {@code changes}: the name the model gives it. */
    static String ownName(List<Change> changes, String name) {
        if (!isTemporary(name)) return name;
        for (Change c : changes) if (c instanceof Change.RenameConstraint r && r.fromName().equals(name)) return r.toName();
        return name;
    }

    public static boolean isTemporary(String name) {
        return name != null && name.startsWith(TEMPORARY);
    }

    /** The changes (sorted by phase) with each phase's renames ordered and their cycles broken. */
    static List<Change> order(List<Change> sorted) {
        var out = new ArrayList<Change>(sorted.size());
        int counter = 0;
        int i = 0;
        while (i < sorted.size()) {
            Phase p = sorted.get(i).phase();
            int j = i;
            while (j < sorted.size() && sorted.get(j).phase() == p) j++;
            var segment = sorted.subList(i, j);
            switch (p) {
                case RENAME_TABLE -> counter = order(segment, out, counter, c -> "", c -> ((RenameTable) c).from(),
                        c -> ((RenameTable) c).to(), (c, from, to) -> new RenameTable(from, to));
                case RENAME_COLUMN -> counter = order(segment, out, counter, c -> ((RenameColumn) c).table(),
                        c -> ((RenameColumn) c).from(), c -> ((RenameColumn) c).to(),
                        (c, from, to) -> new RenameColumn(((RenameColumn) c).table(), from, to));
                case RENAME_CONSTRAINT -> counter = order(segment, out, counter, c -> "", c -> ((RenameConstraint) c).fromName(),
                        c -> ((RenameConstraint) c).toName(), (c, from, to) -> {
                            var r = (RenameConstraint) c;
                            return new RenameConstraint(r.table(), from.equals(r.fromName()) ? r.from() : withName(r.from(), from),
                                    to.equals(r.toName()) ? r.to() : withName(r.to(), to));
                        });
                default -> out.addAll(segment);
            }
            i = j;
        }
        return out;
    }

    private interface Remake {
        Change make(Change original, String from, String to);
    }

    /**
     * One namespace's renames: a rename runs once no pending rename still holds its target;
     * when every pending rename waits, they form cycles, and the first one steps aside to a
     * temporary name. Stable: renames that do not wait keep the diff's order.
     */
    private static int order(List<Change> renames, List<Change> out, int counter, Function<Change, String> space,
                             Function<Change, String> from, Function<Change, String> to, Remake remake) {
        var pending = new ArrayList<>(renames);
        while (!pending.isEmpty()) {
            // Names still held by a rename that has not run, per namespace.
            var held = new HashMap<String, Integer>();
            for (Change c : pending) held.merge(key(space.apply(c), from.apply(c)), 1, Integer::sum);
            Change ready = null;
            for (Change c : pending) {
                if (!held.containsKey(key(space.apply(c), to.apply(c)))) {
                    ready = c;
                    break;
                }
            }
            if (ready != null) {
                out.add(ready);
                pending.remove(ready);
                continue;
            }
            Change first = pending.remove(0);
            String tmp = TEMPORARY + (++counter);
            out.add(remake.make(first, from.apply(first), tmp));
            pending.add(remake.make(first, tmp, to.apply(first)));
        }
        return counter;
    }

    /**
     * A name in its namespace, case folded: SQLite (and MySQL on case-insensitive file
     * systems) takes {@code Item} for {@code item}, so a rename that only changes the case
     * waits for itself, a cycle of one, and goes through a temporary name.
     */
    private static String key(String space, String name) {
        return space + "\u0000" + name.toLowerCase(java.util.Locale.ROOT);
    }

    /** A key, constraint or index under another name. */
    static Object withName(Object c, String name) {
        if (c instanceof PrimaryKey p) return new PrimaryKey(name, p.columns());
        if (c instanceof UniqueConstraint u) return new UniqueConstraint(name, u.columns(), u.reason());
        if (c instanceof Check k) return new Check(name, k.terms());
        if (c instanceof Index x) return new Index(name, x.columns(), x.reason());
        if (c instanceof ForeignKey f) {
            return new ForeignKey(name, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate(), f.field(),
                    f.forward());
        }
        throw new IllegalArgumentException("not a constraint: " + c);
    }

    /**
     * Each table's name before the migration's renames → its name after them, through
     * temporary names (a swap leaves {@code a → b} and {@code b → a}, never a temporary).
     */
    public static Map<String, String> tables(List<Change> changes) {
        var original = new LinkedHashMap<String, String>(); // current name → name before the renames
        for (Change c : changes) {
            if (c instanceof RenameTable r) {
                String o = original.containsKey(r.from()) ? original.remove(r.from()) : r.from();
                original.put(r.to(), o);
            }
        }
        var out = new LinkedHashMap<String, String>();
        original.forEach((now, before) -> {
            if (!now.equals(before)) out.put(before, now);
        });
        return out;
    }

    /** The same for the columns of one table (named as it is when its column renames run). */
    public static Map<String, String> columns(List<Change> changes, String table) {
        var original = new LinkedHashMap<String, String>();
        for (Change c : changes) {
            if (c instanceof RenameColumn r && r.table().equals(table)) {
                String o = original.containsKey(r.from()) ? original.remove(r.from()) : r.from();
                original.put(r.to(), o);
            }
        }
        var out = new LinkedHashMap<String, String>();
        original.forEach((now, before) -> {
            if (!now.equals(before)) out.put(before, now);
        });
        return out;
    }
}
