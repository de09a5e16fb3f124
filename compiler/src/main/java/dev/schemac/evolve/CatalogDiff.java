package dev.schemac.evolve;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.View;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.evolve.Change.*;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one Catalog diff: old Catalog, new Catalog and rename hints in, the ordered list of
 * changes out. Pure: no I/O, no dialect. Every renderer (SQL per dialect, Alembic, Prisma
 * Migrate) renders this list, and the down migration is {@link #down}: its inverse.
 *
 * <p>Tables are matched by entity (a {@code @@renamed_from} hint first, then the same
 * entity), join tables by name; columns by field (hint, then the same field) and then by
 * name. What matches under another name is renamed, never dropped and added.
 */
public final class CatalogDiff {
    private CatalogDiff() {}

    public static final Catalog EMPTY = Catalog.of(List.of(), List.of());

    /** Renames the diff applied, for reports and documents (old and new names). */
    public record Renamed(String oldTable, String newTable, Map<String, String> columns) {}

    public static List<Change> diff(Catalog old, Catalog neu, RenameHints hints) {
        return new Run(old, neu, hints).changes();
    }

    /** The table renames and column renames the diff would apply. */
    public static List<Renamed> renames(Catalog old, Catalog neu, RenameHints hints) {
        var run = new Run(old, neu, hints);
        var out = new ArrayList<Renamed>();
        for (var e : run.tableMatch.entrySet()) {
            var cols = new LinkedHashMap<String, String>();
            run.columnMatch.get(e.getKey()).forEach((o, n) -> {
                if (!o.equals(n)) cols.put(o, n);
            });
            if (!e.getKey().equals(e.getValue()) || !cols.isEmpty()) out.add(new Renamed(e.getKey(), e.getValue(), cols));
        }
        return out;
    }

    /**
     * The down migration of an up migration: the same diff run back, from the new Catalog
     * to the old one with every hint turned round. Each change of the up list comes back
     * as its {@link Change#inverse()}, placed by the same ordering rules (so every table is
     * named as it is when the statement runs), and down after up returns to the old Catalog.
     */
    public static List<Change> down(Catalog old, Catalog neu, RenameHints hints) {
        return diff(neu, old, hints.reversed(old, neu));
    }

    /** The prefix of a dropped column's or table's name in the old Catalog seen in new names. */
    private static final String GONE = "\u0000gone:";

    private static final class Run {
        final Catalog old;
        final Catalog neu;
        final RenameHints hints;
        /** old table name → new table name, for matched tables. */
        final Map<String, String> tableMatch = new LinkedHashMap<>();
        /** The new tables matched, for O(1) lookups on large catalogs. */
        final Set<String> matchedNew = new HashSet<>();
        /** old table name → (old column → new column). */
        final Map<String, Map<String, String>> columnMatch = new HashMap<>();
        final List<Change> out = new ArrayList<>();

        Run(Catalog old, Catalog neu, RenameHints hints) {
            this.old = old;
            this.neu = neu;
            this.hints = hints;
            matchTables();
        }

        /**
         * Hints first, so that an entity (or field) created under a name another one was
         * renamed away from does not take the renamed one's table (or column).
         */
        private void matchTables() {
            var claimed = new HashSet<String>();
            var hintedAway = new HashSet<String>();
            for (var h : hints.entities().entrySet()) if (!h.getKey().equals(h.getValue().from())) hintedAway.add(h.getValue().from());
            for (int pass = 0; pass < 2; pass++) {
                for (Table nt : neu.tables()) {
                    if (matchedNew.contains(nt.name())) continue;
                    Table ot = null;
                    String from = nt.entity() == null ? null : hints.entityFrom(nt.entity());
                    if (pass == 0) {
                        if (from != null) ot = old.tableOf(from).orElse(null);
                    } else {
                        if (nt.entity() != null && !hintedAway.contains(nt.entity())) ot = old.tableOf(nt.entity()).orElse(null);
                        if (ot == null) {
                            Table same = old.table(nt.name()).orElse(null);
                            // A join table, or an entity's table taken over under its name by another entity; either
                            // way round too: a many-to-many written as its join entity over its table keeps its rows.
                            if (same != null && (same.entity() == null || (neu.tableOf(same.entity()).isEmpty()
                                    && !hintedAway.contains(same.entity())))) ot = same;
                        }
                    }
                    if (ot == null || claimed.contains(ot.name())) continue;
                    claimed.add(ot.name());
                    tableMatch.put(ot.name(), nt.name());
                    matchedNew.add(nt.name());
                    columnMatch.put(ot.name(), matchColumns(ot, nt));
                }
            }
            matchJoinTables(claimed);
        }

        /**
         * A many-to-many whose entity was renamed: its join table's name and columns derive
         * from the entities' names, so it is found by the entities it joins (and, between two
         * entities joined twice, by its fields), and renamed with its rows.
         */
        private void matchJoinTables(Set<String> claimed) {
            for (Table nt : neu.tables()) {
                if (nt.join() == null || matchedNew.contains(nt.name())) continue;
                var j = nt.join();
                List<String> pair = List.of(oldEntity(j.leftEntity()), oldEntity(j.rightEntity()));
                var candidates = old.tables().stream().filter(ot -> ot.join() != null && !claimed.contains(ot.name())
                        && !neu.table(ot.name()).map(t -> t.join() != null).orElse(false)
                        && (List.of(ot.join().leftEntity(), ot.join().rightEntity()).equals(pair)
                        || List.of(ot.join().rightEntity(), ot.join().leftEntity()).equals(pair))).toList();
                if (candidates.size() > 1) {
                    var fields = java.util.Set.of(j.leftField(), j.rightField());
                    candidates = candidates.stream().filter(ot -> fields.equals(java.util.Set.of(ot.join().leftField(), ot.join().rightField())))
                            .toList();
                }
                if (candidates.size() != 1) continue;
                Table ot = candidates.get(0);
                claimed.add(ot.name());
                tableMatch.put(ot.name(), nt.name());
                matchedNew.add(nt.name());
                columnMatch.put(ot.name(), matchJoinColumns(ot, nt));
            }
        }

        private String oldEntity(String entity) {
            String from = hints.entityFrom(entity);
            return from != null ? from : entity;
        }

        /** A join table's columns by the table each refers to (the tables are matched by now). */
        private Map<String, String> matchJoinColumns(Table ot, Table nt) {
            var m = new LinkedHashMap<String, String>();
            for (ForeignKey of : ot.foreignKeys()) {
                String ref = tableMatch.get(of.referencedTable());
                nt.foreignKeys().stream()
                        .filter(f -> f.referencedTable().equals(ref) && f.columns().size() == of.columns().size()
                                && f.columns().stream().noneMatch(m::containsValue))
                        .findFirst()
                        .ifPresent(f -> {
                            for (int i = 0; i < f.columns().size(); i++) m.put(of.columns().get(i), f.columns().get(i));
                        });
            }
            return m;
        }

        private Map<String, String> matchColumns(Table ot, Table nt) {
            var m = new LinkedHashMap<String, String>();
            var taken = new HashSet<String>();
            for (int pass = 0; pass < 2; pass++) {
                for (Column nc : nt.columns()) {
                    if (nc.field() == null || nt.entity() == null || m.containsValue(nc.name())) continue;
                    String from = hints.fieldFrom(nt.entity(), nc.field());
                    if ((pass == 0) != (from != null)) continue;
                    String oldField = from != null ? from : nc.field();
                    if (from == null && hintedAwayField(nt, oldField)) continue;
                    List<Column> olds = ot.columnsOf(oldField);
                    List<Column> news = nt.columnsOf(nc.field());
                    int i = news.indexOf(nc);
                    if (i >= 0 && i < olds.size() && olds.size() == news.size() && !taken.contains(olds.get(i).name())) {
                        m.put(olds.get(i).name(), nc.name());
                        taken.add(olds.get(i).name());
                    } else if (olds.size() != news.size()) {
                        // The key the relation refers to gained or lost a column: each foreign key column follows the
                        // key column it holds, renamed or not, and keeps its values.
                        Column was = holdingTheSameKeyColumn(nt, nc, olds);
                        if (was != null && !taken.contains(was.name())) {
                            m.put(was.name(), nc.name());
                            taken.add(was.name());
                        }
                    }
                }
            }
            for (Column nc : nt.columns()) {
                if (m.containsValue(nc.name())) continue;
                if (ot.column(nc.name()).isPresent() && !taken.contains(nc.name()) && !hintedAway(nt, ot.requireColumn(nc.name()))) {
                    m.put(nc.name(), nc.name());
                    taken.add(nc.name());
                }
            }
            return m;
        }

        /** The old foreign key column among {@code olds} that holds the old name of the key column {@code nc} holds. */
        private Column holdingTheSameKeyColumn(Table nt, Column nc, List<Column> olds) {
            if (nc.referencedColumn() == null) return null;
            ForeignKey fk = nt.foreignKeys().stream().filter(f -> f.columns().contains(nc.name())).findFirst().orElse(null);
            Table newRef = fk == null ? null : neu.table(fk.referencedTable()).orElse(null);
            if (newRef == null || newRef.entity() == null) return null;
            Table oldRef = old.tableOf(oldEntity(newRef.entity())).orElse(null);
            Column key = newRef.column(nc.referencedColumn()).orElse(null);
            if (oldRef == null || key == null || key.field() == null) return null;
            String from = hints.fieldFrom(newRef.entity(), key.field());
            List<Column> was = oldRef.columnsOf(from != null ? from : key.field());
            if (was.size() != 1) return null;
            return olds.stream().filter(c -> was.get(0).name().equals(c.referencedColumn())).findFirst().orElse(null);
        }

        /** An old field a hint says was renamed to another field of this entity. */
        private boolean hintedAwayField(Table nt, String oldField) {
            for (var h : hints.fields().getOrDefault(nt.entity(), Map.of()).entrySet()) {
                if (h.getValue().from().equals(oldField) && !h.getKey().equals(oldField)) return true;
            }
            return false;
        }

        /** A column whose field a hint says was renamed to another field is not matched by its name. */
        private boolean hintedAway(Table nt, Column oldColumn) {
            if (nt.entity() == null || oldColumn.field() == null) return false;
            for (var h : hints.fields().getOrDefault(nt.entity(), Map.of()).entrySet()) {
                if (h.getValue().from().equals(oldColumn.field()) && !h.getKey().equals(oldColumn.field())) return true;
            }
            return false;
        }

        /** The old table in new names: its name, its columns and everything that names them. */
        private Table renamed(Table ot) {
            String name = tableMatch.getOrDefault(ot.name(), ot.name());
            var cols = columnMatch.getOrDefault(ot.name(), Map.of());
            // A column (or table) that goes gets a name no new one can have: a new column that
            // takes over its name is another column, and so are the keys on it.
            java.util.function.UnaryOperator<String> c = x -> cols.containsKey(x) ? cols.get(x) : GONE + x;
            var columns = ot.columns().stream().map(col -> withName(col, c.apply(col.name()))).toList();
            var pk = new PrimaryKey(ot.primaryKey().name(), ot.primaryKey().columns().stream().map(c).toList());
            var fks = ot.foreignKeys().stream().map(f -> {
                var refCols = columnMatch.getOrDefault(f.referencedTable(), Map.of());
                return new ForeignKey(f.name(), f.columns().stream().map(c).toList(),
                        tableMatch.containsKey(f.referencedTable()) ? tableMatch.get(f.referencedTable()) : GONE + f.referencedTable(),
                        f.referencedColumns().stream().map(x -> refCols.containsKey(x) ? refCols.get(x) : GONE + x).toList(), f.onDelete(),
                        f.onUpdate(), f.field(), f.forward());
            }).toList();
            var uniques = ot.uniques().stream().map(u -> u.withColumns(c)).toList();
            var indexes = ot.indexes().stream()
                    .map(i -> new Index(i.name(), i.columns().stream().map(c).toList(), i.reason())).toList();
            var checks = ot.checks().stream().map(k -> k.withColumns(c)).toList();
            return new Table(name, ot.entity(), ot.doc(), columns, pk, fks, uniques, indexes, checks, ot.updatedAtTrigger(),
                    ot.join()).withKept(ot.kept());
        }

        /**
         * A relation whose referenced key gains a column keeps its values and gains the column that holds it: each such
         * column this migration adds is filled from the referenced table, joined on the columns the reference kept
         * ({@link Change.FillColumn}), when that table had them, as keys of the same columns, and the key's new column has
         * a value on every row there (it was there already, or comes with a default or as a counter). A required one is
         * added optional, filled, then made required. A reference to its own table is filled too: each row takes the value
         * of the row it refers to in the same table (the SQL writers read that row under another name).
         */
        private void fills() {
            for (var e : tableMatch.entrySet()) {
                Table rt = renamed(old.table(e.getKey()).orElseThrow());
                Table nt = neu.table(e.getValue()).orElseThrow();
                for (ForeignKey nfk : nt.foreignKeys()) {
                    ForeignKey rfk = before(rt, nt, nfk);
                    if (rfk == null || !rfk.referencedTable().equals(nfk.referencedTable())) continue;
                    var kept = rfk.columns();
                    if (kept.size() >= nfk.columns().size() || !nfk.columns().containsAll(kept)) continue;
                    boolean sameKeys = true;
                    for (int i = 0; i < kept.size(); i++) {
                        sameKeys &= rfk.referencedColumns().get(i).equals(nfk.referencedColumns().get(nfk.columns().indexOf(kept.get(i))));
                    }
                    if (!sameKeys) continue;
                    Table ref = neu.table(nfk.referencedTable()).orElseThrow();
                    String oldRef = tableMatch.entrySet().stream().filter(x -> x.getValue().equals(ref.name())).map(Map.Entry::getKey)
                            .findFirst().orElseThrow();
                    var hadColumns = columnMatch.getOrDefault(oldRef, Map.of()).values();
                    var fills = new ArrayList<Change>();
                    var required = new ArrayList<AddColumn>();
                    for (int i = 0; i < nfk.columns().size(); i++) {
                        String col = nfk.columns().get(i);
                        if (kept.contains(col)) continue;
                        String refCol = nfk.referencedColumns().get(i);
                        Column rc = ref.column(refCol).orElse(null);
                        AddColumn add = out.stream().filter(c -> c instanceof AddColumn a && a.table().equals(nt.name())
                                && a.column().name().equals(col)).map(c -> (AddColumn) c).findFirst().orElse(null);
                        boolean valued = rc != null && (hadColumns.contains(refCol) || rc.defaultValue() != null || rc.autoIncrement());
                        if (add == null || !valued || add.column().defaultValue() != null || add.column().autoIncrement()) {
                            fills.clear();
                            break;
                        }
                        var by = new ArrayList<String>();
                        var fromBy = new ArrayList<String>();
                        for (String k : kept) {
                            by.add(k);
                            fromBy.add(nfk.referencedColumns().get(nfk.columns().indexOf(k)));
                        }
                        fills.add(new Change.FillColumn(nt.name(), col, ref.name(), refCol, by, fromBy));
                        if (!add.column().nullable()) required.add(add);
                    }
                    if (fills.isEmpty()) continue;
                    out.addAll(fills);
                    for (AddColumn a : required) {
                        Column c = a.column();
                        Column optional = c.optional();
                        out.set(out.indexOf(a), new AddColumn(a.table(), optional, a.first()));
                        out.add(new AlterColumn(a.table(), optional, c));
                    }
                }
            }
        }

        /**
         * The foreign key of the old table (in new names) that {@code nfk} of the new one is: by its field (under the name
         * a rename hint says it had), or, for a join table's keys, which have none, by the table it refers to (the first,
         * second... of those to one table).
         */
        private ForeignKey before(Table rt, Table nt, ForeignKey nfk) {
            if (nfk.field() != null) {
                var hint = nt.entity() == null ? null : hints.fields().getOrDefault(nt.entity(), Map.of()).get(nfk.field());
                String was = hint == null ? nfk.field() : hint.from();
                return rt.foreignKeys().stream().filter(f -> was.equals(f.field())).findFirst().orElse(null);
            }
            if (nt.join() == null || rt.join() == null) return null;
            var now = nt.foreignKeys().stream().filter(f -> f.referencedTable().equals(nfk.referencedTable())).toList();
            var was = rt.foreignKeys().stream().filter(f -> f.field() == null && f.referencedTable().equals(nfk.referencedTable())).toList();
            return now.size() == was.size() ? was.get(now.indexOf(nfk)) : null;
        }

        static Column withName(Column c, String name) {
            return new Column(name, c.field(), c.type(), c.nullable(), c.defaultValue(), c.autoIncrement(), c.updatedAt(),
                    c.doc(), c.pii(), c.secret(), c.referencedColumn(), c.collation());
        }

        List<Change> changes() {
            enums();
            var newByOld = new HashMap<String, Table>();
            tableMatch.forEach((o, n) -> newByOld.put(o, neu.table(n).orElseThrow()));
            // Columns whose stored form changes: keys on them are dropped first and added again.
            var reshaped = new HashSet<String>();
            for (Table ot : old.tables()) {
                Table nt = newByOld.get(ot.name());
                if (nt == null) continue;
                Table r = renamed(ot);
                for (Column oc : r.columns()) {
                    Column nc = nt.column(oc.name()).orElse(null);
                    if (nc != null && (!oc.type().sameLogical(nc.type()) || oc.nullable() != nc.nullable()
                            || oc.autoIncrement() != nc.autoIncrement() || enumChanged(oc))) {
                        reshaped.add(nt.name() + "." + nc.name());
                    }
                    if (nc != null && spellsValuesApart(oc.type(), nc.type())) retyped.add(nt.name() + "." + nc.name());
                    if (nc != null && !Tightening.orderedAlike(oc.type(), nc.type())) reordered.add(nt.name() + "." + nc.name());
                }
            }
            for (Table ot : old.tables()) {
                Table nt = newByOld.get(ot.name());
                if (nt == null) {
                    dropTable(ot);
                } else {
                    alterTable(ot, renamed(ot), nt, reshaped);
                }
            }
            for (Table nt : neu.tables()) {
                if (!matchedNew.contains(nt.name())) createTable(nt);
            }
            views();
            fills();
            var sorted = new ArrayList<>(out);
            sorted.sort(Comparator.comparing(Change::phase)); // stable: within a phase, the catalogs' order
            // Tables go away children first: the reverse of the old catalog's order, which has parents first.
            int first = -1, last = -1;
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).phase() == Change.Phase.DROP_TABLE) {
                    if (first < 0) first = i;
                    last = i;
                }
            }
            if (first >= 0) java.util.Collections.reverse(sorted.subList(first, last + 1));
            return Renames.order(sorted);
        }

        /**
         * The views of an adopted database only the old Catalog has (retired: migrate --drop-view)
         * are dropped, those over others first; those only the new has (that retirement undone)
         * are made, each after those it reads.
         */
        private void views() {
            var gone = View.inDependencyOrder(old.views().stream().filter(v -> !neu.views().contains(v)).toList());
            for (int i = gone.size() - 1; i >= 0; i--) out.add(new Change.DropView(gone.get(i)));
            for (View v : View.inDependencyOrder(neu.views().stream().filter(v -> !old.views().contains(v)).toList())) {
                out.add(new Change.CreateView(v));
            }
        }

        private boolean enumChanged(Column c) {
            if (!c.type().isEnum()) return false;
            var a = old.enumDef(c.type().enumName());
            var b = neu.enumDef(c.type().enumName());
            return a.isPresent() && b.isPresent() && !a.get().values().equals(b.get().values());
        }

        private void enums() {
            for (EnumDef n : neu.enums()) {
                var o = old.enumDef(n.name()).orElse(null);
                if (o == null) {
                    out.add(new CreateEnum(n));
                } else {
                    if (!o.typeName().equals(n.typeName())) {
                        // Renamed in place, so the columns of the type keep it; its values change after.
                        var renamed = o.withTypeName(n.typeName());
                        out.add(new RenameEnum(o, renamed));
                        o = renamed;
                    }
                    // Members that keep their names and change their stored values are renamed in place, rows and all.
                    var relabel = RelabelEnum.between(o, n);
                    if (relabel != null) {
                        out.add(relabel);
                        o = relabel.to();
                    }
                    if (!o.values().equals(n.values())) out.add(new AlterEnum(o, n));
                }
            }
            var dropped = new ArrayList<Change>();
            for (EnumDef o : old.enums()) {
                if (neu.enumDef(o.name()).isEmpty()) dropped.add(new DropEnum(o));
            }
            java.util.Collections.reverse(dropped);
            out.addAll(dropped);
        }

        private static Table withoutForeignKeys(Table t) {
            return new Table(t.name(), t.entity(), t.doc(), t.columns(), t.primaryKey(), List.of(), t.uniques(), t.indexes(),
                    t.checks(), t.updatedAtTrigger(), t.join()).withKept(t.kept());
        }

        private void createTable(Table nt) {
            out.add(new CreateTable(withoutForeignKeys(nt)));
            for (ForeignKey fk : nt.foreignKeys()) out.add(new AddForeignKey(nt.name(), fk));
            if (nt.updatedAtTrigger() != null) out.add(new CreateTrigger(nt));
        }

        private void dropTable(Table ot) {
            if (ot.updatedAtTrigger() != null) out.add(new DropTrigger(ot));
            for (ForeignKey fk : ot.foreignKeys()) out.add(new DropForeignKey(ot.name(), fk));
            out.add(new DropTable(withoutForeignKeys(ot)));
        }

        private void alterTable(Table original, Table ot, Table nt, Set<String> reshaped) {
            int before = out.size();
            if (!original.name().equals(nt.name())) out.add(new RenameTable(original.name(), nt.name()));
            var cols = columnMatch.get(original.name());
            for (Column oc : original.columns()) {
                String to = cols.get(oc.name());
                if (to != null && !to.equals(oc.name())) out.add(new RenameColumn(nt.name(), oc.name(), to));
            }
            for (Column nc : nt.columns()) {
                Column oc = ot.column(nc.name()).orElse(null);
                if (oc == null || !cols.containsValue(nc.name())) {
                    out.add(new AddColumn(nt.name(), nc));
                } else if (!sameStored(oc, nc) || enumChanged(oc)) {
                    out.add(new AlterColumn(nt.name(), oc, nc));
                }
            }
            for (Column oc : original.columns()) {
                if (!cols.containsKey(oc.name())) out.add(new DropColumn(original.name(), oc));
            }
            if (!Objects.equals(ot.doc(), nt.doc())) out.add(new SetTableComment(nt.name(), ot.doc(), nt.doc()));

            constraints(original, ot, nt, List.of(ot.primaryKey()), List.of(nt.primaryKey()), false,
                    (t, c) -> new DropPrimaryKey(t, (PrimaryKey) c), (t, c) -> new AddPrimaryKey(t, (PrimaryKey) c), reshaped);
            constraints(original, ot, nt, ot.uniques(), nt.uniques(), false,
                    (t, c) -> new DropUnique(t, (UniqueConstraint) c), (t, c) -> new AddUnique(t, (UniqueConstraint) c), reshaped);
            constraints(original, ot, nt, ot.checks(), nt.checks(), false,
                    (t, c) -> new DropCheck(t, (Check) c), (t, c) -> new AddCheck(t, (Check) c), reshaped);
            constraints(original, ot, nt, ot.indexes(), nt.indexes(), false,
                    (t, c) -> new DropIndex(t, (Index) c), (t, c) -> new AddIndex(t, (Index) c), reshaped);
            keepKeysOverDroppedIndexes(original, ot, nt, before, reshaped);
            constraints(original, ot, nt, ot.foreignKeys(), nt.foreignKeys(), false,
                    (t, c) -> new DropForeignKey(t, (ForeignKey) c), (t, c) -> new AddForeignKey(t, (ForeignKey) c), reshaped);

            boolean triggers = original.updatedAtTrigger() != null || nt.updatedAtTrigger() != null;
            // A dialect may make one thing of the triggers that share a name (PostgreSQL's function): a table joining or
            // leaving them, or one of them stamping otherwise, may change this table's. Each dialect's renderer leaves
            // alone a trigger it would make again as it is.
            boolean sharersChange = original.updatedAtTrigger() != null && nt.updatedAtTrigger() != null
                    && !sharing(original, old).equals(sharing(nt, neu));
            if (triggers && (out.size() > before || sharersChange || !triggerShape(ot).equals(triggerShape(nt)))) {
                if (original.updatedAtTrigger() != null) out.add(new DropTrigger(original));
                if (nt.updatedAtTrigger() != null) out.add(new CreateTrigger(nt));
            }
        }

        /**
         * An index a foreign key may be using (MySQL uses any index that starts with the key's columns) cannot be
         * dropped while no other index can serve the key. A key another index serves all along (one the migration
         * keeps or renames) needs nothing; where the migration adds one that serves it (an index, or a unique that is
         * not partial), it is made before the drops; only where neither is so (the new one needs a column the
         * migration is still making, or a name the database holds until a drop or rename) is the key dropped first
         * and added again. PostgreSQL and SQLite never need the key to go: the key stays
         * whenever MySQL allows it, so no engine drops and revalidates an unchanged key.
         */
        private void keepKeysOverDroppedIndexes(Table original, Table ot, Table nt, int before, Set<String> reshaped) {
            var cols = columnMatch.get(original.name());
            var dropped = new ArrayList<List<String>>();
            var droppedNames = new HashSet<String>();
            for (Change c : out.subList(before, out.size())) {
                Object o = c instanceof DropPrimaryKey p ? p.key() : c instanceof DropUnique u ? u.unique() : c instanceof DropIndex i ? i.index() : null;
                if (o == null) continue;
                dropped.add(indexColumns(o).stream().map(x -> cols.getOrDefault(x, GONE + x)).toList());
                droppedNames.add(Constraints.name(o));
            }
            if (dropped.isEmpty()) return;
            var kept = new ArrayList<List<String>>();
            var indexes = new ArrayList<Object>(List.of(original.primaryKey()));
            indexes.addAll(original.uniques());
            indexes.addAll(original.indexes());
            for (Object o : indexes) {
                // A partial unique serves only some rows: MySQL makes it no index a key could use.
                if (droppedNames.contains(Constraints.name(o)) || o instanceof UniqueConstraint u && u.partial()) continue;
                kept.add(indexColumns(o).stream().map(x -> cols.getOrDefault(x, GONE + x)).toList());
            }
            // Columns the migration adds that can be added before anything else, should a new index need them.
            var early = new HashMap<String, Integer>();
            for (int i = before; i < out.size(); i++) {
                if (out.get(i) instanceof AddColumn a && addedFirst(original, nt, a.column())) early.put(a.column().name(), i);
            }
            for (ForeignKey fk : ot.foreignKeys()) {
                if (dropped.stream().noneMatch(k -> serves(k, fk)) || kept.stream().anyMatch(k -> serves(k, fk))) continue;
                // A new index, or a unique that is not partial (MySQL makes a partial one no index a key could use),
                // made before the drops; one taking over the name of what the table drops is made under a temporary
                // name and renamed once the old one is gone. Either way the key stays where it is.
                boolean servedAlready = false;
                for (int i = before; i < out.size(); i++) {
                    Change c = out.get(i);
                    Object x = c instanceof AddIndex a && a.first() ? a.index() : c instanceof AddUnique u && u.first() ? u.unique() : null;
                    if (x != null && serves(indexColumns(x), fk)) servedAlready = true;
                }
                if (servedAlready) continue;
                int made = -1;
                boolean takesOver = false;
                for (int pass = 0; pass < 2 && made < 0; pass++) {
                    for (int i = before; i < out.size() && made < 0; i++) {
                        Object index = madeIndex(out.get(i));
                        if (index == null || !serves(indexColumns(index), fk)) continue;
                        String held = pass == 0 ? null : Constraints.name(index);
                        if (pass == 1 && !droppedNames.contains(held)) continue;
                        if (madeFirst(original, nt, index, pass == 0 ? droppedNames : Set.of(), cols, reshaped, held, early.keySet())) {
                            made = i;
                            takesOver = pass == 1;
                        }
                    }
                }
                if (made < 0) {
                    forcedKeys.add(Constraints.definition(fk));
                    continue;
                }
                Object index = madeIndex(out.get(made));
                for (String c : indexColumns(index)) {
                    Integer i = early.get(c);
                    if (i != null && out.get(i) instanceof AddColumn a && !a.first()) {
                        out.set(i, new AddColumn(a.table(), a.column(), true));
                        if (a.column().type().isEnum()) enumFirst(a.column().type().enumName());
                    }
                }
                String table = out.get(made).table();
                Object first = takesOver ? temporary(index) : index;
                out.set(made, first instanceof Index x ? new AddIndex(table, x, true) : new AddUnique(table, (UniqueConstraint) first, true));
                if (takesOver) out.add(new RenameConstraint(table, first, index));
            }
        }

        /** What a change makes that a foreign key could rest on, not made first already; null if nothing. */
        private static Object madeIndex(Change c) {
            if (c instanceof AddIndex a && !a.first()) return a.index();
            if (c instanceof AddUnique u && !u.first() && !u.unique().partial()) return u.unique();
            return null;
        }

        /** The index or unique under a temporary name, to be renamed to its own once what holds that is dropped. */
        private Object temporary(Object index) {
            String name = Renames.TEMPORARY + "index_" + (++temporaries);
            return index instanceof Index i ? new Index(name, i.columns(), i.reason())
                    : new UniqueConstraint(name, ((UniqueConstraint) index).columns(), ((UniqueConstraint) index).reason());
        }

        /**
         * Whether a column the migration adds can be added before the drops: its name is no column's the table has
         * (one dropped or renamed away frees it only later), the table keeps its name, the column makes no key (an
         * identity column, a key column), and what its type needs is there by then: an enum the migration leaves
         * as it is, or one it creates, which is then created first too ({@link #enumFirst}).
         */
        private boolean addedFirst(Table original, Table nt, Column c) {
            return original.name().equals(nt.name()) && original.column(c.name()).isEmpty() && (!c.type().isEnum() || enumReadyFirst(c))
                    && !c.autoIncrement() && !nt.primaryKey().columns().contains(c.name());
        }

        /**
         * Whether the enum of a column can be there before the drops: unchanged by the migration (its type, named
         * alike, holds the same values), or new under a type name nothing of the old catalog holds (PostgreSQL gives
         * each table a type of its name, let go of only when the table is dropped).
         */
        private boolean enumReadyFirst(Column c) {
            EnumDef n = neu.enumDef(c.type().enumName()).orElse(null);
            if (n == null) return false;
            EnumDef o = old.enumDef(n.name()).orElse(null);
            if (o != null) return o.typeName().equals(n.typeName()) && o.values().equals(n.values());
            String type = n.typeName().toLowerCase(java.util.Locale.ROOT);
            return old.tables().stream().noneMatch(t -> t.name().toLowerCase(java.util.Locale.ROOT).equals(type))
                    && old.enums().stream().noneMatch(e -> e.typeName().toLowerCase(java.util.Locale.ROOT).equals(type));
        }

        /** The new enum {@code name} is created before the drops, as a column of it is added then. */
        private void enumFirst(String name) {
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i) instanceof CreateEnum e && e.e().name().equals(name) && !e.first()) out.set(i, new CreateEnum(e.e(), true));
            }
        }

        private static List<String> indexColumns(Object o) {
            return o instanceof PrimaryKey p ? p.columns() : o instanceof UniqueConstraint u ? u.columns() : ((Index) o).columns();
        }

        /** Whether an index on {@code columns} can serve the key: it starts with the key's columns. */
        private static boolean serves(List<String> columns, ForeignKey fk) {
            return columns.size() >= fk.columns().size() && columns.subList(0, fk.columns().size()).equals(fk.columns());
        }

        /**
         * Whether a new index (or unique) can be made before anything else of the migration: its table and columns
         * are there under the names it gives them, as they are stored, and nothing of the database holds its name
         * yet. PostgreSQL and SQLite name indexes across the schema, and what holds the name (an index of another
         * table, a table) only lets go of it when it is dropped or renamed, after this one is made.
         */
        private boolean madeFirst(Table original, Table nt, Object index, Set<String> droppedNames, Map<String, String> cols,
                                  Set<String> reshaped, String heldByThisTable, Set<String> addedFirst) {
            String name = Constraints.name(index);
            if (!original.name().equals(nt.name()) || droppedNames.contains(name)
                    || !name.equals(heldByThisTable) && oldNames().contains(name)) return false;
            for (String c : indexColumns(index)) {
                if (addedFirst.contains(c)) continue;
                if (!c.equals(cols.get(c)) || reshaped.contains(nt.name() + "." + c)) return false;
            }
            return true;
        }

        private Set<String> oldNames;

        /** The temporary names of indexes made before the one whose name they take over is dropped. */
        private int temporaries;

        /** Every name an index, key, table or view holds in the old catalog. */
        private Set<String> oldNames() {
            if (oldNames == null) {
                oldNames = new HashSet<>();
                for (Table t : old.tables()) {
                    oldNames.add(t.name());
                    oldNames.add(t.primaryKey().name());
                    t.uniques().forEach(u -> oldNames.add(u.name()));
                    t.indexes().forEach(i -> oldNames.add(i.name()));
                }
                old.views().forEach(v -> oldNames.add(v.name()));
            }
            return oldNames;
        }

        /**
         * What a table's {@code @updated} triggers are made of. The columns as a set: a migration appends a
         * new column after the others, so the database's order differs from the model's, and the trigger
         * sets each column alike whatever their order.
         */
        private static List<Object> triggerShape(Table t) {
            return List.of(String.valueOf(t.updatedAtTrigger()), t.name(), t.primaryKey().columns(),
                    t.columns().stream().filter(Column::updatedAt).map(c -> c.name() + ":" + c.type()).sorted().toList());
        }

        /** What each table whose trigger has this table's trigger's name stamps, in the catalog's order, by entity. */
        private static List<List<Object>> sharing(Table t, Catalog catalog) {
            return catalog.tablesWithUpdatedAtTrigger(t.updatedAtTrigger()).stream()
                    .map(o -> List.<Object>of(String.valueOf(o.entity() == null ? o.name() : o.entity()),
                            o.columns().stream().filter(Column::updatedAt).map(c -> c.name() + ":" + c.type()).sorted().toList()))
                    .toList();
        }

        /** Type, nullability, default, identity, {@code @updated} and comment: what a column stores and says. */
        private static boolean sameStored(Column a, Column b) {
            return Objects.equals(a.type(), b.type()) && a.nullable() == b.nullable()
                    && Objects.equals(a.defaultValue(), b.defaultValue()) && a.autoIncrement() == b.autoIncrement()
                    && a.updatedAt() == b.updatedAt() && Objects.equals(a.comment(), b.comment());
        }

        private interface Make {
            Change make(String table, Object constraint);
        }

        /**
         * One kind of constraint of a matched table: same name and definition is no change;
         * the same definition under another name is a rename; the rest is dropped (old
         * names, before any rename) and added (new names, after). A foreign key on or to a
         * column whose stored form changes is dropped and added again: engines refuse to
         * alter such a column under a key.
         */
        private void constraints(Table original, Table ot, Table nt, List<?> olds, List<?> news, boolean forceAll,
                                 Make drop, Make add, Set<String> reshaped) {
            var originals = new HashMap<String, Object>();
            constraintsOf(original, olds.isEmpty() ? null : olds.get(0)).forEach(c -> originals.put(Constraints.name(c), c));
            var leftOld = new ArrayList<Object>(olds);
            var leftNew = new ArrayList<Object>(news);
            for (Object n : news) {
                Object o = leftOld.stream().filter(x -> Constraints.name(x).equals(Constraints.name(n))).findFirst().orElse(null);
                if (o != null && Constraints.definition(o).equals(Constraints.definition(n)) && !forceAll
                        && !touches(nt, n, reshaped)) {
                    leftOld.remove(o);
                    leftNew.remove(n);
                }
            }
            for (Object n : new ArrayList<>(leftNew)) {
                if (forceAll || touches(nt, n, reshaped)) continue;
                // Renames run before adds, so the old name is free for a new constraint that wants it.
                Object o = leftOld.stream().filter(x -> Constraints.definition(x).equals(Constraints.definition(n)))
                        .findFirst().orElse(null);
                if (o != null) {
                    out.add(new RenameConstraint(nt.name(), o, n));
                    leftOld.remove(o);
                    leftNew.remove(n);
                }
            }
            for (Object o : leftOld) out.add(drop.make(original.name(), originals.get(Constraints.name(o))));
            for (Object n : leftNew) out.add(add.make(nt.name(), n));
        }

        /** The same kind of constraint as {@code sample}, from the table as it was (old names). */
        private static List<?> constraintsOf(Table t, Object sample) {
            if (sample == null) return List.of();
            if (sample instanceof PrimaryKey) return List.of(t.primaryKey());
            if (sample instanceof UniqueConstraint) return t.uniques();
            if (sample instanceof Check) return t.checks();
            if (sample instanceof Index) return t.indexes();
            return t.foreignKeys();
        }

        /**
         * Foreign keys that must be dropped and added again around an index they may use, by
         * definition in new names (a rename of the table or its columns renames the key too).
         */
        private final Set<Object> forcedKeys = new HashSet<>();

        /**
         * Columns whose type changes so that a check compares them with a value spelled apart, as
         * {@code table.column} in new names: a {@code float} bound is written as binary32 holds it and
         * a temporal one by its kind, so a change into or out of {@code float}, or between date, time
         * and datetime, writes the check again. A wider decimal or integer keeps its check as it is
         * (MySQL before 8.0.19 cannot drop a check at all).
         */
        private final Set<String> retyped = new HashSet<>();

        /**
         * Columns the engines order otherwise after the migration (a number made text), as {@code table.column} in new
         * names: a check comparing two columns, one of them such, is dropped and added again, so the lint judges it anew
         * (it may refuse rows it let in: 9 < 10, but '10' < '9').
         */
        private final Set<String> reordered = new HashSet<>();

        /** Whether a check compares a column of type {@code was} and one of type {@code now} with values spelled apart. */
        private static boolean spellsValuesApart(dev.schemac.catalog.ColumnType was, dev.schemac.catalog.ColumnType now) {
            return was.kind() != now.kind() && (spellsByKind(was.kind()) || spellsByKind(now.kind()));
        }

        /** A kind whose values a check spells its own way (an enum column's kind is null). */
        private static boolean spellsByKind(dev.schemac.model.ScalarKind k) {
            return k == dev.schemac.model.ScalarKind.FLOAT || (k != null && k.isTemporal());
        }

        /**
         * A foreign key that holds or references a column whose stored form changes, or rests on a
         * dropped index; a check that compares a column whose type changes with a value: its SQL
         * spells the value for the column's type (a {@code float} bound as binary32 stores it, a
         * date as a date or a datetime), so it is dropped before the column changes and added after.
         */
        private boolean touches(Table nt, Object c, Set<String> reshaped) {
            if (c instanceof Check k) {
                return k.terms().stream().anyMatch(t -> t instanceof Check.Compare x && retyped.contains(nt.name() + "." + x.column())
                        || t instanceof Check.ColumnCompare y && (reordered.contains(nt.name() + "." + y.left())
                        || reordered.contains(nt.name() + "." + y.right())));
            }
            if (!(c instanceof ForeignKey fk)) return false;
            if (forcedKeys.contains(Constraints.definition(fk))) return true;
            for (String col : fk.columns()) if (reshaped.contains(nt.name() + "." + col)) return true;
            for (String col : fk.referencedColumns()) if (reshaped.contains(fk.referencedTable() + "." + col)) return true;
            return false;
        }
    }
}
