package dev.schemac.evolve;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.evolve.Change.*;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a change list uses, followed change by change from the old Catalog, as the
 * strictest engine keeps them: table names in one namespace, column names per table, and
 * every constraint and index name in one namespace across tables (PostgreSQL's indexes,
 * primary keys and uniques share the schema's; MySQL's foreign keys are unique per
 * database). A step that renames or adds to a name still in use, or renames or drops a
 * name that is not there, is a statement an engine refuses: {@link #problems} lists them.
 */
final class NameLedger {
    private final Set<String> tables = new HashSet<>();
    private final Map<String, Set<String>> columns = new HashMap<>();
    private final Set<String> constraints = new HashSet<>();
    private final List<String> problems = new java.util.ArrayList<>();

    static List<String> problems(Catalog old, List<Change> changes) {
        var l = new NameLedger();
        for (Table t : old.tables()) {
            l.tables.add(t.name());
            l.columns.put(t.name(), new HashSet<>(t.columns().stream().map(c -> c.name()).toList()));
            l.ownConstraints(t, true);
            for (ForeignKey fk : t.foreignKeys()) l.constraints.add(fk.name());
        }
        for (int i = 0; i < changes.size(); i++) l.apply(i, changes.get(i));
        return List.copyOf(l.problems);
    }

    private void ownConstraints(Table t, boolean add) {
        var names = new java.util.ArrayList<String>();
        names.add(t.primaryKey().name());
        t.uniques().stream().map(UniqueConstraint::name).forEach(names::add);
        t.indexes().stream().map(Index::name).forEach(names::add);
        t.checks().stream().map(Check::name).forEach(names::add);
        for (String n : names) {
            if (add) take(constraints, n, "create table " + t.name());
            else free(constraints, n, "drop table " + t.name());
        }
    }

    private void take(Set<String> space, String name, String what) {
        if (!space.add(name)) problems.add(what + ": `" + name + "` is in use");
    }

    private void free(Set<String> space, String name, String what) {
        if (!space.remove(name)) problems.add(what + ": no `" + name + "`");
    }

    private Set<String> columnsOf(String table, String what) {
        var cols = columns.get(table);
        if (cols == null) {
            problems.add(what + ": no table `" + table + "`");
            return new HashSet<>();
        }
        return cols;
    }

    private void apply(int i, Change c) {
        String what = "change " + i + " (" + c.getClass().getSimpleName() + ")";
        if (c instanceof CreateTable t) {
            take(tables, t.t().name(), what);
            columns.put(t.t().name(), new HashSet<>(t.t().columns().stream().map(x -> x.name()).toList()));
            ownConstraints(t.t(), true);
        } else if (c instanceof DropTable t) {
            free(tables, t.t().name(), what);
            columns.remove(t.t().name());
            ownConstraints(t.t(), false);
        } else if (c instanceof RenameTable r) {
            free(tables, r.from(), what);
            take(tables, r.to(), what);
            var cols = columns.remove(r.from());
            columns.put(r.to(), cols == null ? new HashSet<>() : cols);
        } else if (c instanceof AddColumn a) {
            take(columnsOf(a.table(), what), a.column().name(), what);
        } else if (c instanceof DropColumn a) {
            free(columnsOf(a.table(), what), a.column().name(), what);
        } else if (c instanceof RenameColumn r) {
            var cols = columnsOf(r.table(), what);
            free(cols, r.from(), what);
            take(cols, r.to(), what);
        } else if (c instanceof AlterColumn a) {
            if (!columnsOf(a.table(), what).contains(a.to().name())) problems.add(what + ": no column `" + a.to().name() + "`");
        } else if (c instanceof RenameConstraint r) {
            free(constraints, r.fromName(), what);
            take(constraints, r.toName(), what);
        } else if (c instanceof AddPrimaryKey x) take(constraints, x.key().name(), what);
        else if (c instanceof DropPrimaryKey x) free(constraints, x.key().name(), what);
        else if (c instanceof AddUnique x) take(constraints, x.unique().name(), what);
        else if (c instanceof DropUnique x) free(constraints, x.unique().name(), what);
        else if (c instanceof AddIndex x) take(constraints, x.index().name(), what);
        else if (c instanceof DropIndex x) free(constraints, x.index().name(), what);
        else if (c instanceof AddCheck x) take(constraints, x.check().name(), what);
        else if (c instanceof DropCheck x) free(constraints, x.check().name(), what);
        else if (c instanceof AddForeignKey x) take(constraints, x.key().name(), what);
        else if (c instanceof DropForeignKey x) free(constraints, x.key().name(), what);
    }
}
