package dev.schemac.evolve;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.View;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.evolve.Change.AddColumn;
import dev.schemac.evolve.Change.CreateTable;
import dev.schemac.evolve.Change.DropColumn;
import dev.schemac.evolve.Change.DropTable;
import dev.schemac.model.Model;
import dev.schemac.render.sql.MigrationSql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The next migration of a model over its history: the rename hints checked against the
 * history, the diff from the history's last Catalog, its inverse, the destructive
 * findings and the probable renames. Pure; the command line and the targets share it.
 */
public final class Evolution {
    private Evolution() {}

    /** What the next migration would be. {@code applied} are the hints that take effect. */
    public record Plan(Catalog from, Catalog to, List<Change> up, List<Change> down, RenameHints applied,
                       List<Diagnostic> diagnostics, List<Lint.Finding> findings) {
        public boolean isEmpty() { return up.isEmpty(); }

        /**
         * The changes as {@code migrate} lists them and {@code diff} counts them: steps that only serve another change
         * (a key dropped to alter its column and added again) are not changes of their own; a generated column made again
         * around them is said.
         */
        public List<String> sentences() { return Describe.sentences(up, from); }
    }

    public static Plan plan(Model model, Catalog to, History history, RenameHints hints) {
        return plan(model, to, history, hints, Set.of());
    }

    /**
     * {@code retired}: names of views the history carries that this migration drops and the
     * snapshots carry no further ({@code migrate --drop-view}); the caller has checked that the
     * history carries each ({@link #carriesNo}).
     */
    public static Plan plan(Model model, Catalog to, History history, RenameHints hints, Set<String> retired) {
        var diags = new ArrayList<Diagnostic>();
        Catalog from = history.head();
        // A chain without MySQL scripts has no MySQL database whose text type a migration could widen: the text type
        // its snapshots recorded for MySQL (TEXT, before the key was written) is then no difference from the model's.
        if (history.leavesOut(dev.schemac.model.Dialect.MYSQL)) from = heldAsModel(from);
        RenameHints applied = check(hints, from, history, diags);
        // The model has no views: an adopted database's go on from the history as it carries them, but those retired.
        to = withCollations(from, withKept(from, to, applied), applied).withViews(from.views().stream().filter(v -> !retired.contains(v.name())).toList());
        List<Change> up = CatalogDiff.diff(from, to, applied);
        List<Change> down = CatalogDiff.down(from, to, applied);
        to = withoutGone(from, to, up);
        probableRenames(model, to, up, diags);
        var upLost = MigrationSql.lostInRebuilds(up, from, to);
        for (var l : upLost) {
            var at = Lint.at(model, to, l.table(), null);
            diags.add(l.rebuilt() ? Messages.rebuildLoses(at, l.table(), l.what(), l.why())
                    : Messages.renameLoses(at, l.table(), l.what(), l.why()));
        }
        // The down scripts (SQL and Alembic's downgrade) render the same changes backwards: where they rebuild a table
        // the up changes in place (a column added back NOT NULL), what the rebuild cannot make again is lost there.
        // A rename in place the down undoes is one the up makes, and refused there.
        for (var l : MigrationSql.lostInRebuilds(down, to, from)) {
            if (!l.rebuilt() || upLost.stream().anyMatch(u -> u.what().equals(l.what()) && u.table().equals(l.table()))) continue;
            boolean madeAgain = down.stream().anyMatch(c -> c instanceof Change.CreateTable ct && ct.t().name().equals(l.table()));
            var at = Lint.at(model, to, l.table(), null);
            diags.add(madeAgain ? Messages.downRecreateLoses(at, l.table(), l.what(), l.why())
                    : Messages.downRebuildLoses(at, l.table(), l.what(), l.why()));
        }
        // A down undoes the up: it drops or renames only what the up made, which no view the history carries reads.
        for (var b : ViewsThrough.broken(up, from)) diags.add(Messages.viewBroken(Lint.at(model, to, b.table(), null), b.view(), b.why()));
        for (var b : GeneratedThrough.broken(up, from)) {
            diags.add(Messages.generatedColumnBroken(Lint.at(model, to, b.table(), b.column()), b.table(), b.generated(), b.what(), b.why()));
        }
        return new Plan(from, to, up, down, applied, diags, Lint.findings(up, from, to, model.settings().dialect()));
    }

    /** The names of {@code views} the history's last Catalog carries no view of, in their order. */
    public static List<String> carriesNo(History history, List<String> views) {
        var carried = history.head().views().stream().map(View::name).collect(Collectors.toSet());
        return views.stream().distinct().filter(v -> !carried.contains(v)).toList();
    }

    /**
     * The model's Catalog with what each table of an adopted SQLite database keeps outside the
     * model ({@link KeptSql}), taken from the table it was in the history: the model cannot say
     * it, but each later migration's snapshot must still carry it for the rebuilds to come.
     */
    private static Catalog withKept(Catalog from, Catalog to, RenameHints applied) {
        if (from.tables().stream().allMatch(t -> t.kept().isEmpty())) return to;
        var tables = new ArrayList<Table>();
        for (Table t : to.tables()) {
            Table was = previous(from, t, applied);
            tables.add(was == null || was.kept().isEmpty() ? t : t.withKept(was.kept().stream().map(k -> placed(k, was, t, applied)).toList()));
        }
        return Catalog.of(tables, to.enums(), to.views());
    }

    /**
     * A kept column definition placed after the column of {@code t} that its {@link KeptSql#after} column of {@code was}
     * became (the same field, or the field a rename hint made of it): a renamed column keeps the kept one beside it.
     * When that column is dropped, it follows the nearest column before it in {@code was} that {@code t} still has
     * (or comes first when none does), so it keeps its place among the columns that stay.
     */
    private static KeptSql placed(KeptSql k, Table was, Table t, RenameHints applied) {
        // What names no table holds under the table's new name, and is kept by that name for the rebuilds to come.
        if (!k.namesTable() && !k.table().equals(t.name())) k = k.of(t.name());
        if (k.after() == null || k.after().isEmpty() || t.column(k.after()).isPresent()) return k;
        int at = was.columns().indexOf(was.column(k.after()).orElse(null));
        if (at < 0) return k;
        for (int i = at; i >= 0; i--) {
            String now = counterpart(was.columns().get(i), t, applied);
            if (now != null) return k.after(now);
        }
        return k.after("");
    }

    /** The column of {@code t} that column {@code c} of the history's table became (by name, or by its field), or null. */
    private static String counterpart(Column c, Table t, RenameHints applied) {
        if (t.column(c.name()).isPresent()) return c.name();
        if (c.field() == null) return null;
        String field = c.field();
        var hints = t.entity() == null ? java.util.Map.<String, RenameHints.Hint>of() : applied.fields().getOrDefault(t.entity(), java.util.Map.of());
        for (var e : hints.entrySet()) if (e.getValue().from().equals(c.field())) field = e.getKey();
        var now = t.columnsOf(field);
        return now.size() != 1 ? null : now.get(0).name();
    }

    /** The table {@code t} of the model was in the history's last Catalog (its entity's, renames followed, else by name), or null. */
    private static Table previous(Catalog from, Table t, RenameHints applied) {
        RenameHints.Hint h = t.entity() == null ? null : applied.entities().get(t.entity());
        String entity = h != null ? h.from() : t.entity();
        return (entity == null ? java.util.Optional.<Table>empty() : from.tableOf(entity)).or(() -> from.table(t.name())).orElse(null);
    }

    /**
     * The model's Catalog with the collation each text column of an adopted database has of its own
     * ({@link Column#collation}), taken from the column it was in the history (renames followed): the model has no
     * collation, and a definition without it (a SQLite rebuild, PostgreSQL's ALTER COLUMN TYPE, MySQL's MODIFY COLUMN)
     * would give the column the default one, silently comparing its text anew.
     * A column that no longer holds text has none.
     */
    /** The Catalog with every text column held on MySQL and MariaDB in the model's type ({@link dev.schemac.catalog.ColumnType#logical}). */
    private static Catalog heldAsModel(Catalog c) {
        if (c.tables().stream().allMatch(t -> t.columns().stream().allMatch(x -> x.type().logical() == x.type()))) return c;
        var tables = new ArrayList<Table>();
        for (Table t : c.tables()) {
            var columns = t.columns().stream().map(x -> x.withType(x.type().logical())).toList();
            tables.add(new Table(t.name(), t.entity(), t.doc(), columns, t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes(),
                    t.checks(), t.updatedAtTrigger(), t.join(), t.kept(), null));
        }
        return Catalog.of(tables, c.enums(), c.views());
    }

    private static Catalog withCollations(Catalog from, Catalog to, RenameHints applied) {
        if (from.tables().stream().allMatch(t -> t.columns().stream().allMatch(c -> c.collation() == null))) return to;
        var tables = new ArrayList<Table>();
        for (Table t : to.tables()) {
            Table was = previous(from, t, applied);
            if (was == null) {
                tables.add(t);
                continue;
            }
            var columns = new ArrayList<Column>();
            for (Column c : t.columns()) {
                Column old = was.column(c.name()).orElse(null);
                // A column renamed under the same field (another @map) is the one it was.
                if (old == null && c.field() != null && was.columnsOf(c.field()).size() == 1) old = was.columnsOf(c.field()).get(0);
                columns.add(old != null && old.collation() != null && c.collation() == null && c.collates()
                        ? c.withCollation(old.collation()) : c);
            }
            tables.add(new Table(t.name(), t.entity(), t.doc(), columns, t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes(),
                    t.checks(), t.updatedAtTrigger(), t.join(), t.kept(), null));
        }
        return Catalog.of(tables, to.enums(), to.views());
    }

    /**
     * The Catalog without what goes with a column this migration drops ({@link KeptSql#goesWithDroppedColumn}):
     * its rebuild leaves it out, so no later snapshot may carry it. A column renamed is no column
     * dropped: what names it stays, and the rebuild refuses it (SC567).
     */
    private static Catalog withoutGone(Catalog from, Catalog to, List<Change> up) {
        if (to.tables().stream().allMatch(t -> t.kept().isEmpty())) return to;
        var tables = new ArrayList<Table>();
        for (Table t : to.tables()) {
            Table was = t.kept().isEmpty() ? null
                    : (t.entity() == null ? java.util.Optional.<Table>empty() : from.tableOf(t.entity())).or(() -> from.table(t.name())).orElse(null);
            if (was == null) {
                tables.add(t);
                continue;
            }
            var renamed = Renames.columns(up, t.name()).keySet();
            tables.add(t.withKept(t.kept().stream()
                    .filter(k -> renamed.stream().anyMatch(k::mentions) || !k.goesWithDroppedColumn(was, t)).toList()));
        }
        return Catalog.of(tables, to.enums(), to.views());
    }

    /** Keeps the hints that apply to the last Catalog; reports the rest. */
    private static RenameHints check(RenameHints hints, Catalog head, History history, List<Diagnostic> diags) {
        var entities = new LinkedHashMap<String, RenameHints.Hint>();
        var seen = new HashMap<String, String>();
        for (var e : hints.entities().entrySet()) {
            String entity = e.getKey();
            RenameHints.Hint h = e.getValue();
            String other = seen.putIfAbsent(h.from(), entity);
            if (other != null) {
                diags.add(Messages.renameHintDuplicate(h.span(), h.from(), other));
                continue;
            }
            boolean applied = appliedBefore(history, entity, h.from(), null);
            if (head.tableOf(h.from()).isPresent() && !applied) {
                if (!h.from().equals(entity)) entities.put(entity, h);
            } else if (applied || head.tableOf(entity).isPresent() && everEntity(history, h.from())) {
                diags.add(Messages.renameHintApplied(h.span(), "entity", h.from()));
            } else {
                diags.add(Messages.renameHintUnknown(h.span(), "entity", h.from()));
            }
        }
        var fields = new LinkedHashMap<String, Map<String, RenameHints.Hint>>();
        for (var e : hints.fields().entrySet()) {
            String entity = e.getKey();
            String oldEntity = entities.containsKey(entity) ? entities.get(entity).from() : entity;
            Table old = head.tableOf(oldEntity).orElse(null);
            var kept = new LinkedHashMap<String, RenameHints.Hint>();
            var seenFields = new HashMap<String, String>();
            for (var f : e.getValue().entrySet()) {
                RenameHints.Hint h = f.getValue();
                String other = seenFields.putIfAbsent(h.from(), f.getKey());
                if (other != null) {
                    diags.add(Messages.renameHintDuplicate(h.span(), h.from(), entity + "." + other));
                    continue;
                }
                boolean applied = old != null && oldEntity.equals(entity) && appliedBefore(history, entity, h.from(), f.getKey());
                if (old != null && !old.columnsOf(h.from()).isEmpty() && !applied) {
                    if (!h.from().equals(f.getKey())) kept.put(f.getKey(), h);
                } else if (applied || old != null && !old.columnsOf(f.getKey()).isEmpty() && everField(history, oldEntity, h.from())) {
                    diags.add(Messages.renameHintApplied(h.span(), "field", h.from()));
                } else {
                    diags.add(Messages.renameHintUnknown(h.span(), "field", oldEntity + "." + h.from()));
                }
            }
            if (!kept.isEmpty()) fields.put(entity, kept);
        }
        return new RenameHints(entities, fields);
    }

    /**
     * Whether a migration of the history applied this hint (of {@code field} of {@code entity}, or of the entity when
     * {@code field} is null) and the entity (and field) kept its name in every catalog since. Its old name may be
     * another entity's (or field's) by then, one that took it over in the same migration: the hint must not rename
     * that one too.
     */
    private static boolean appliedBefore(History h, String entity, String from, String field) {
        var entries = h.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            var e = entries.get(i);
            Table t = e.catalog().tableOf(entity).orElse(null);
            if (t == null || field != null && t.columnsOf(field).isEmpty()) return false;
            String was = field == null ? e.entityRenames().get(entity) : e.fieldRenames().getOrDefault(entity, Map.of()).get(field);
            if (from.equals(was)) return true;
        }
        return false;
    }

    private static boolean everEntity(History h, String entity) {
        return h.entries().stream().anyMatch(e -> e.catalog().tableOf(entity).isPresent());
    }

    private static boolean everField(History h, String entity, String field) {
        // Through the history's own entity renames the entity may have had other names; any table will do.
        return h.entries().stream().anyMatch(e -> e.catalog().tables().stream()
                .anyMatch(t -> !t.columnsOf(field).isEmpty() && (entity.equals(t.entity()) || t.entity() != null)));
    }

    /** A dropped and an added column of one type in one table; a dropped and a created table with the same columns. */
    private static void probableRenames(Model model, Catalog to, List<Change> up, List<Diagnostic> diags) {
        var dropped = new HashMap<String, List<Column>>();
        for (Change c : up) if (c instanceof DropColumn d) dropped.computeIfAbsent(d.table(), k -> new ArrayList<>()).add(d.column());
        var used = new HashSet<Column>();
        for (Change c : up) {
            if (!(c instanceof AddColumn a) || a.column().field() == null) continue;
            for (Column old : dropped.getOrDefault(a.table(), List.of())) {
                if (used.contains(old) || !old.type().sameLogical(a.column().type()) || old.field() == null) continue;
                used.add(old);
                diags.add(Messages.probableRename(Lint.at(model, to, a.table(), a.column().name()), "column",
                        a.table() + "." + old.name(), a.column().name(), "@renamed_from(\"" + old.field() + "\")"));
                break;
            }
        }
        var droppedTables = up.stream().filter(c -> c instanceof DropTable).map(c -> ((DropTable) c).t())
                .filter(t -> t.entity() != null).toList();
        var usedTables = new HashSet<Table>();
        for (Change c : up) {
            if (!(c instanceof CreateTable ct) || ct.t().entity() == null) continue;
            var names = new HashSet<>(ct.t().columns().stream().map(Column::name).toList());
            for (Table old : droppedTables) {
                if (usedTables.contains(old) || !names.equals(new HashSet<>(old.columns().stream().map(Column::name).toList()))) continue;
                usedTables.add(old);
                diags.add(Messages.probableRename(Lint.at(model, to, ct.t().name(), null), "table", old.name(), ct.t().name(),
                        "@@renamed_from(\"" + old.entity() + "\")"));
                break;
            }
        }
    }
}
