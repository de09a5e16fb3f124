package dev.schemac.evolve;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.View;
import dev.schemac.evolve.Change.DropColumn;
import dev.schemac.evolve.Change.DropTable;
import dev.schemac.evolve.Change.DropView;
import dev.schemac.evolve.Change.RenameColumn;
import dev.schemac.render.markdown.Quoted;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Which views of an adopted database ({@link View}) a migration would break: its SQL names a
 * table the migration drops or renames, or names a column the migration drops or renames on a
 * table it reads. Made again from that SQL, such a view would fail or read something else
 * (PostgreSQL refuses the drop, SQLite the rebuild, and MySQL leaves the view invalid), and a
 * rename the engine follows leaves the history's SQL naming what is gone; so the migration is
 * refused (SC570) rather than the view lost. What a view reads is what the engine recorded
 * when the database was pulled, else what its SQL reads of each table ({@link View#readsColumn}).
 */
public final class ViewsThrough {
    private ViewsThrough() {}

    /**
     * A view {@code view} the migration breaks, on table {@code table} (its name after the
     * migration; null when what breaks it is another view), and why.
     */
    public record Broken(String table, String view, String why) {}

    public static List<Broken> broken(List<Change> changes, Catalog from) {
        if (from.views().isEmpty()) return List.of();
        Map<String, String> renamed = Renames.tables(changes);
        // A view this migration retires (DropView) goes first and is not made again: nothing it names holds it back.
        var retired = changes.stream().filter(c -> c instanceof DropView).map(c -> ((DropView) c).v()).toList();
        var out = new ArrayList<Broken>();
        for (View v : from.views()) {
            if (retired.contains(v)) continue;
            Broken b = retired.stream().filter(r -> v.reads(r.name())).findFirst()
                    .map(r -> new Broken(null, v.name(), "its SQL names view " + Quoted.stored(r.name()) + ", which this migration drops"))
                    .orElseGet(() -> broken(v, changes, renamed));
            if (b != null) out.add(b);
        }
        return out;
    }

    private static Broken broken(View v, List<Change> changes, Map<String, String> renamedTables) {
        for (var r : renamedTables.entrySet()) {
            if (v.reads(r.getKey())) {
                return new Broken(r.getValue(), v.name(), "its SQL names table " + Quoted.stored(r.getKey()) + ", which this migration renames");
            }
        }
        for (Change c : changes) {
            if (c instanceof DropTable t && v.reads(t.t().name())) {
                return new Broken(t.t().name(), v.name(), "its SQL names table " + Quoted.stored(t.t().name()) + ", which this migration drops");
            }
            if (c instanceof DropColumn x && v.readsColumn(x.table(), x.column().name())) {
                return new Broken(renamedTables.getOrDefault(x.table(), x.table()), v.name(), "its SQL names " + Quoted.stored(x.column().name())
                        + ", which this migration drops from table " + Quoted.stored(x.table()));
            }
        }
        var tables = new LinkedHashSet<String>();
        for (Change c : changes) if (c instanceof RenameColumn r) tables.add(r.table());
        for (String t : tables) {
            String before = renamedTables.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey)
                    .findFirst().orElse(t);
            if (!v.reads(t) && !v.reads(before)) continue;
            for (String column : Renames.columns(changes, t).keySet()) {
                if (v.readsColumn(before, column) || v.readsColumn(t, column)) {
                    return new Broken(renamedTables.getOrDefault(t, t), v.name(), "its SQL names " + Quoted.stored(column)
                            + ", which this migration renames in table " + Quoted.stored(before));
                }
            }
        }
        return null;
    }
}
