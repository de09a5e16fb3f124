package dev.schemac.evolve;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.View;
import dev.schemac.evolve.Change.AddColumn;
import dev.schemac.evolve.Change.AlterColumn;
import dev.schemac.evolve.Change.DropColumn;
import dev.schemac.model.Dialect;
import dev.schemac.render.markdown.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which generated columns of an adopted PostgreSQL, MySQL or MariaDB table ({@link KeptSql#generated}) a migration would
 * break. The engine keeps such a column through every migration and no script makes it: dropping a column it reads fails
 * on each engine, renaming one leaves the history's definition naming what is gone (MySQL refuses it too), and adding a
 * column under its name fails. So the migration is refused (SC573), at the field whose change it is, rather than written
 * as a script that fails on the database. PostgreSQL refuses to change the type of a column a generated column reads:
 * the script drops the generated column before and makes it again from its definition after ({@link #remade}), which
 * computes it anew; refused only where dropping it would take what the database has on it ({@link KeptSql#held}, or a
 * view the history carries that reads it).
 */
public final class GeneratedThrough {
    private GeneratedThrough() {}

    /**
     * A change that breaks generated column {@code generated} of table {@code table} (its name after the migration), on
     * column {@code column} (its name after the migration, or null when the migration drops it), and why.
     */
    public record Broken(String table, String column, String generated, String why) {}

    public static List<Broken> broken(List<Change> changes, Catalog from) {
        var out = new ArrayList<Broken>();
        Map<String, String> renamedTables = Renames.tables(changes);
        for (Table t : from.tables()) {
            var generated = t.kept().stream().filter(KeptSql::generated).toList();
            if (generated.isEmpty()) continue;
            String now = renamedTables.getOrDefault(t.name(), t.name());
            Set<String> names = new java.util.HashSet<>(List.of(t.name(), now));
            var renamed = new java.util.LinkedHashMap<String, String>(Renames.columns(changes, t.name()));
            renamed.putAll(Renames.columns(changes, now));
            for (KeptSql k : generated) {
                String name = k.generatedColumn();
                Broken b = broken(k, name == null ? k.what() : name, changes, names, now, renamed, t, from);
                if (b != null) out.add(b);
            }
        }
        return out;
    }

    private static Broken broken(KeptSql k, String name, List<Change> changes, Set<String> table, String now,
                                 Map<String, String> renamed, Table was, Catalog from) {
        for (Change c : changes) {
            if (c instanceof DropColumn d && table.contains(d.table()) && k.generatedReads(d.column().name())) {
                return new Broken(now, null, name, "it reads column " + Quoted.stored(d.column().name())
                        + ", which this migration drops, and every engine refuses to drop a column a generated column reads");
            }
            if (c instanceof AddColumn a && table.contains(a.table()) && a.column().name().equalsIgnoreCase(name)) {
                return new Broken(now, a.column().name(), name, "this migration adds a column of its name, which the table has already");
            }
            if (k.place() == KeptSql.Place.GENERATED_POSTGRES && c instanceof AlterColumn a && table.contains(a.table())
                    && k.generatedReads(a.from().name()) && a.retypesOnPostgres(changes)) {
                if (!sameFamily(a.from().type(), a.to().type())) {
                    return new Broken(now, a.to().name(), name, "it reads column " + Quoted.stored(a.from().name())
                            + ", whose type this migration changes to another kind of value; PostgreSQL refuses to change the "
                            + "type of a column a generated column reads, and its expression, written for the old kind, may not "
                            + "hold for the new one, so the migration does not drop the generated column and make it again around "
                            + "the change");
                }
                var held = held(k, name, was, from);
                if (held.isEmpty()) continue;
                return new Broken(now, a.to().name(), name, "it reads column " + Quoted.stored(a.from().name())
                        + ", whose type this migration changes; PostgreSQL refuses to change the type of a column a "
                        + "generated column reads, and the migration would drop the generated column and make it again "
                        + "around the change, but dropping it would take what the database has on it (" + String.join(", ", held) + ")");
            }
        }
        for (var r : renamed.entrySet()) {
            if (r.getValue().equalsIgnoreCase(name)) {
                return new Broken(now, r.getValue(), name, "this migration renames column " + Quoted.stored(r.getKey())
                        + " to its name, which the table has already");
            }
            if (was.column(r.getKey()).isPresent() && k.generatedReads(r.getKey())) {
                return new Broken(now, r.getValue(), name, "it reads column " + Quoted.stored(r.getKey()) + ", which this migration "
                        + "renames, and the definition the history carries for it would then name a column that is gone");
            }
        }
        return null;
    }

    /**
     * Whether a column of type {@code a} becomes one of the same kind of value, {@code b}: the same scalar of another
     * length or precision, an integer of another width, text of another kind, the same enum made anew. A generated
     * column's expression over it then holds as it did, computed over the new type. Across kinds it may not, even
     * between numbers: PostgreSQL's {@code &} takes integers only, {@code round(x, 2)} no double precision.
     */
    private static boolean sameFamily(dev.schemac.catalog.ColumnType a, dev.schemac.catalog.ColumnType b) {
        if (a.isEnum() || b.isEnum()) return a.isEnum() && b.isEnum() && a.enumName().equals(b.enumName());
        if (a.kind() == null || b.kind() == null) return false;
        return a.kind() == b.kind() || a.kind().isInteger() && b.kind().isInteger() || a.kind().isText() && b.kind().isText();
    }

    /** What dropping generated column {@code name} of table {@code was} would take: what pull read on it, the history's views reading it. */
    private static List<String> held(KeptSql k, String name, Table was, Catalog from) {
        var out = new ArrayList<String>();
        for (String h : k.held()) out.add(Quoted.name(h));
        for (View v : from.views()) {
            if (v.dialect() == Dialect.POSTGRES && v.readsColumn(was.name(), name)) out.add("view " + Quoted.stored(v.name()));
        }
        return out;
    }

    /**
     * The generated columns of PostgreSQL tables that the SQL of {@code changes} drops before them and makes again after
     * them: each that reads a column whose type they change ({@link AlterColumn#retypesOnPostgres}) within its kind of
     * value, with nothing held on it, by the table's name before the changes, in the table's order. {@link #broken}
     * refuses an up migration that would need any other; a down script (an enum value added, taken out again) that
     * would is written as before, and PostgreSQL refuses it rather than anything on the column going unseen.
     */
    public static Map<String, List<KeptSql>> remade(List<Change> changes, Catalog from) {
        Map<String, String> renamedTables = Renames.tables(changes);
        var out = new java.util.LinkedHashMap<String, List<KeptSql>>();
        for (Table t : from.tables()) {
            String now = renamedTables.getOrDefault(t.name(), t.name());
            var hit = new ArrayList<KeptSql>();
            for (KeptSql k : t.kept()) {
                if (k.place() != KeptSql.Place.GENERATED_POSTGRES) continue;
                // An AlterColumn runs after the table renames: it names the table by its new name.
                var retyped = changes.stream().filter(c -> c instanceof AlterColumn a && a.table().equals(now)
                        && k.generatedReads(a.from().name()) && a.retypesOnPostgres(changes)).map(c -> (AlterColumn) c).toList();
                String name = k.generatedColumn();
                if (retyped.isEmpty() || name == null || !held(k, name, t, from).isEmpty()) continue;
                if (retyped.stream().allMatch(a -> sameFamily(a.from().type(), a.to().type()))) hit.add(k);
            }
            if (!hit.isEmpty()) out.put(t.name(), List.copyOf(hit));
        }
        return out;
    }
}
