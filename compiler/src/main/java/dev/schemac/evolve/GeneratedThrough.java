package dev.schemac.evolve;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.Table;
import dev.schemac.evolve.Change.AddColumn;
import dev.schemac.evolve.Change.AlterColumn;
import dev.schemac.evolve.Change.AlterEnum;
import dev.schemac.evolve.Change.DropColumn;
import dev.schemac.render.markdown.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which generated columns of an adopted PostgreSQL, MySQL or MariaDB table ({@link KeptSql#generated}) a migration would
 * break. The engine keeps such a column through every migration and no script makes it: dropping a column it reads fails
 * on each engine, changing the type of one fails on PostgreSQL, renaming one leaves the history's definition naming what
 * is gone (MySQL refuses it too), and adding a column under its name fails. So the migration is refused (SC573), at the
 * field whose change it is, rather than written as a script that fails on the database.
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
                Broken b = broken(k, name == null ? k.what() : name, changes, names, now, renamed, t);
                if (b != null) out.add(b);
            }
        }
        return out;
    }

    private static Broken broken(KeptSql k, String name, List<Change> changes, Set<String> table, String now,
                                 Map<String, String> renamed, Table was) {
        for (Change c : changes) {
            if (c instanceof DropColumn d && table.contains(d.table()) && k.generatedReads(d.column().name())) {
                return new Broken(now, null, name, "it reads column " + Quoted.stored(d.column().name())
                        + ", which this migration drops, and every engine refuses to drop a column a generated column reads");
            }
            if (c instanceof AddColumn a && table.contains(a.table()) && a.column().name().equalsIgnoreCase(name)) {
                return new Broken(now, a.column().name(), name, "this migration adds a column of its name, which the table has already");
            }
            if (k.place() == KeptSql.Place.GENERATED_POSTGRES && c instanceof AlterColumn a && table.contains(a.table())
                    && k.generatedReads(a.from().name()) && retypes(a, changes)) {
                return new Broken(now, a.to().name(), name, "it reads column " + Quoted.stored(a.from().name())
                        + ", whose type this migration changes, and PostgreSQL refuses to change the type of a column a "
                        + "generated column reads");
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

    /** Whether PostgreSQL's ALTER COLUMN ... TYPE runs for the change: another type, or its enum made anew. */
    private static boolean retypes(AlterColumn a, List<Change> changes) {
        Column o = a.from();
        Column n = a.to();
        if (!o.type().sameLogical(n.type())) return true;
        return n.type().isEnum() && changes.stream().anyMatch(c -> c instanceof AlterEnum e && e.to().name().equals(n.type().enumName())
                && !e.onlyAdds());
    }
}
