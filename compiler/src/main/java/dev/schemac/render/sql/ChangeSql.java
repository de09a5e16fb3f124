package dev.schemac.render.sql;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.catalog.View;
import dev.schemac.evolve.Change;
import dev.schemac.evolve.Change.*;
import dev.schemac.evolve.GeneratedThrough;
import dev.schemac.evolve.Renames;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.HiddenNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders one list of changes as statements of one dialect. {@code from} is the Catalog
 * the changes start at and {@code to} the one they lead to: whatever is created is
 * spelled from {@code to} (so a down migration spells it as the old Catalog did).
 *
 * <p>SQLite's ALTER TABLE can add, rename and drop columns and nothing else; a table that
 * needs more is rebuilt by SQLite's documented procedure (create the new table, copy the
 * rows, drop the old one, rename the new one, recreate the indexes), once, at the point
 * where its columns change, with every change to that table (column renames included: the
 * copy reads the old names) folded into the rebuild.
 */
final class ChangeSql {
    /**
     * One statement; {@code outsideTransaction} for PostgreSQL's ALTER TYPE … ADD VALUE;
     * {@code source} the change it renders alone, or null (a SQLite rebuild serves several).
     */
    record Statement(String sql, boolean outsideTransaction, String note, Change source, String rebuilt) {
        Statement(String sql, boolean outsideTransaction, String note) {
            this(sql, outsideTransaction, note, null, null);
        }

        Statement(String sql, boolean outsideTransaction, String note, Change source) {
            this(sql, outsideTransaction, note, source, null);
        }
    }

    private final SqlDialect d;
    private final Catalog from;
    private final Catalog to;
    private final DdlWriter ddl;
    private final Function<Change, String> notes;
    private final List<Statement> out = new ArrayList<>();
    private final Set<String> rebuilt = new LinkedHashSet<>();
    private final Set<String> created = new HashSet<>();
    private final Set<String> dropped = new HashSet<>();
    private final Set<String> recreatedEnums = new LinkedHashSet<>();
    /** The enums whose members change stored values, by enum name: the rows of their columns move with them. */
    private final Map<String, RelabelEnum> relabels = new LinkedHashMap<>();
    /** The columns this migration drops, as {@code table.column} in the old names. */
    private final Set<String> droppedColumns = new HashSet<>();
    /** Tables whose {@code @updated} trigger (and PostgreSQL function) the migration would make again as they are. */
    private final Set<String> keptTriggers = new HashSet<>();

    ChangeSql(SqlDialect d, Catalog from, Catalog to, Function<Change, String> notes) {
        this.d = d;
        this.from = from;
        this.to = to;
        this.ddl = new DdlWriter(d, to);
        this.notes = notes;
    }

    private Dialect dialect() { return d.dialect(); }

    private void add(Change c, String sql) {
        out.add(new Statement(sql, false, notes.apply(c), c));
    }

    /** What must follow a definition of the column for the engine to hold it ({@link SqlDialect#afterDefinition}). */
    private void defined(Change c, String table, Column col) {
        String after = d.afterDefinition(table, col);
        if (after != null) add(c, after);
    }

    List<Statement> render(List<Change> changes) {
        this.changes = List.copyOf(changes);
        renamedTo.putAll(Renames.tables(changes));
        for (Change c : changes) {
            if (c instanceof CreateTable t) created.add(t.t().name());
            if (c instanceof DropTable t) dropped.add(t.t().name());
            if (c instanceof DropColumn x) droppedColumns.add(x.table() + "." + x.column().name());
            if (c instanceof RelabelEnum r) relabels.put(r.from().name(), r);
        }
        if (dialect() == Dialect.SQLITE) {
            findRebuilds(changes);
            fillsAfterTheirSources(changes);
            staleKept(changes);
        }
        findKeptTriggers(changes);
        boolean rebuildsDone = false;
        for (Change c : changes) {
            if (c instanceof DropView || c instanceof CreateView) continue; // placed around all the rest, below
            if (!rebuildsDone && c.phase().compareTo(Phase.ADD_COLUMN) >= 0) {
                for (String t : rebuilt) rebuild(t, changes);
                rebuildsDone = true;
            }
            if (c.table() != null && !ofCreatedOrDropped(c) && rebuilt.contains(finalName(c)) && folded(c)) {
                // The rebuild recreates the table's indexes under their new names; the old names go now, since
                // another index may be renamed to one of them, or another table made or rebuilt with one of them,
                // before this rebuild runs (SQLite names indexes across the schema).
                if (c instanceof RenameConstraint r && r.from() instanceof Index && !Renames.isTemporary(r.fromName())) {
                    add(c, "DROP INDEX " + d.id(r.fromName()) + ";");
                } else if (c instanceof DropIndex x) {
                    add(c, "DROP INDEX " + d.id(x.index().name()) + ";");
                } else if (c instanceof DropUnique u && ddl.separate(u.unique())) {
                    add(c, "DROP INDEX " + d.id(u.unique().name()) + ";");
                }
                continue;
            }
            if (c.phase().compareTo(Phase.DROP_ENUM) >= 0 && !recreatedEnums.isEmpty()) {
                for (String e : recreatedEnums) out.add(new Statement("DROP TYPE " + d.id(oldTypeName(e)) + ";", false, null));
                recreatedEnums.clear();
            }
            change(c);
        }
        if (!rebuildsDone) for (String t : rebuilt) rebuild(t, changes);
        for (String e : recreatedEnums) out.add(new Statement("DROP TYPE " + d.id(oldTypeName(e)) + ";", false, null));
        if (dialect() == Dialect.POSTGRES) remakeGenerated(changes);
        if (dialect() == Dialect.POSTGRES) renameSequences(changes);
        var views = viewsInTheWay(changes);
        if (!views.isEmpty()) {
            // The views go before anything they read changes, and come back, as the database kept them, once all has.
            var drops = new ArrayList<Statement>();
            for (View v : DdlWriter.reversed(views)) drops.add(new Statement(ddl.dropView(v), false, null));
            out.addAll(0, drops);
            for (View v : views) out.add(new Statement(DdlWriter.createView(v), false, null));
        }
        // A view retired from the history (DropView) goes first of all, before the views it reads may be dropped out of
        // the way; its down (CreateView) comes last, once what it reads is back.
        var retired = new ArrayList<Statement>();
        for (Change c : changes) {
            if (c instanceof DropView v && v.v().dialect() == dialect()) retired.add(new Statement(Sql.retireView(dialect(), v.v()), false, null, c));
            if (c instanceof CreateView v && v.v().dialect() == dialect()) out.add(new Statement(DdlWriter.createView(v.v()), false, null, c));
        }
        out.addAll(0, retired);
        return out;
    }

    /**
     * The views of an adopted database ({@link View}) that stand in the way of these changes,
     * with every view over them, in dependency order: SQLite refuses to rename its rebuilt table
     * into place while a view names the table, PostgreSQL to change the type of a column a view
     * reads. MySQL and MariaDB change a column under a view, which reads the new type. A view
     * whose SQL names what the changes drop or rename is refused before this ({@code ViewsThrough}).
     */
    private List<View> viewsInTheWay(List<Change> changes) {
        // A view this migration drops or makes (DropView, CreateView) is not in the way: it is not there on one side.
        var own = from.views().stream().filter(v -> v.dialect() == dialect() && to.views().contains(v)).toList();
        if (own.isEmpty()) return List.of();
        var hit = new ArrayList<View>();
        for (View v : own) {
            boolean inTheWay = false;
            if (dialect() == Dialect.SQLITE) {
                for (String t : rebuilt) {
                    String old = renamedTo.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey)
                            .findFirst().orElse(t);
                    inTheWay |= v.reads(t) || v.reads(old);
                }
            } else if (dialect() == Dialect.POSTGRES) {
                for (Change c : changes) {
                    if (c instanceof AlterColumn a && retypes(a)
                            && (v.readsColumn(a.table(), a.from().name()) || v.readsColumn(a.table(), a.to().name()))) inTheWay = true;
                }
            }
            if (inTheWay) hit.add(v);
        }
        return hit.isEmpty() ? List.of() : View.withDependents(hit, own);
    }

    /**
     * PostgreSQL refuses to change the type of a column a generated column of an adopted table reads
     * ({@link GeneratedThrough#remade}): each such generated column is dropped before all the rest, and made again from
     * the definition the history carries once all has run, under the table's name then; PostgreSQL computes it anew for
     * every row, and puts it last among the table's columns. What dropping it would take is refused before this (SC573).
     */
    private void remakeGenerated(List<Change> changes) {
        var remade = GeneratedThrough.remade(changes, from);
        if (remade.isEmpty()) return;
        var drops = new ArrayList<Statement>();
        remade.forEach((table, kept) -> {
            for (KeptSql k : kept) {
                drops.add(new Statement(RemakeGuard.sql(d, table, k), false, null));
                drops.add(new Statement("ALTER TABLE " + d.id(table) + " DROP COLUMN " + d.id(k.generatedColumn()) + ";", false, null));
            }
        });
        drops.set(0, new Statement("-- A generated column reads a column whose type changes, which PostgreSQL refuses while it stands:\n"
                + "-- it is dropped here and made again, computed anew, at the end. Each is first checked on the database: what\n"
                + "-- dropping it would take that the history does not know stops the script, and nothing changes.\n" + drops.get(0).sql(), false, null));
        out.addAll(0, drops);
        remade.forEach((table, kept) -> {
            String now = renamedTo.getOrDefault(table, table);
            for (KeptSql k : kept) out.add(new Statement("ALTER TABLE " + d.id(now) + " ADD COLUMN " + k.sql() + ";", false, null));
        });
    }

    /**
     * PostgreSQL names an identity column's sequence after its table and column when it makes it ({@link HiddenNames}),
     * and keeps that name when either is renamed. The registry of names the engine takes knows only the names of the
     * model's own tables and columns, so a later model could name a table after the kept sequence, which PostgreSQL
     * would refuse. Each identity column whose table or column this migration renames has its sequence renamed to the
     * name PostgreSQL gives it in a database made from {@code to}, as the database is asked for it: the sequence is
     * the column's ({@code pg_get_serial_sequence}), whatever an earlier release left it named. The block then takes
     * every identity column of the tables the migration keeps, not only the renamed ones: a database an earlier release
     * migrated through a rename kept that sequence's old name, and the next such migration gives it the name a database
     * made anew has. Model names reach the block only as string literals ({@link SqlDialect#string}), which
     * {@code quote_ident} and {@code format('%I')} quote as names inside it, and the block is dollar-quoted with a tag
     * its text does not hold ({@link PostgresDialect#dollarQuoted}). All go through a
     * temporary name first, as names that trade places do; a wanted name that something else holds (a database an
     * earlier release migrated) leaves the sequence its name. The down renames them back the same way.
     */
    private void renameSequences(List<Change> changes) {
        var identities = new ArrayList<HiddenNames.Identity>();
        for (Table t : to.tables()) {
            for (Column c : t.columns()) if (c.autoIncrement()) identities.add(new HiddenNames.Identity(t.name(), c.name()));
        }
        var wanted = new ArrayList<HiddenNames.Sequence>();
        boolean anyRenamed = false;
        for (HiddenNames.Sequence s : HiddenNames.postgresSequences(identities)) {
            if (created.contains(s.table())) continue;
            wanted.add(s);
            anyRenamed |= renamedTo.containsValue(s.table()) || Renames.columns(changes, s.table()).containsValue(s.column());
        }
        if (!anyRenamed) return;
        var declare = new StringBuilder();
        var away = new StringBuilder();
        var back = new StringBuilder();
        for (int i = 0; i < wanted.size(); i++) {
            var s = wanted.get(i);
            String v = "s" + (i + 1);
            String was = "n" + (i + 1);
            declare.append("  ").append(v).append(" regclass := pg_get_serial_sequence(quote_ident(").append(d.string(s.table()))
                    .append("), ").append(d.string(s.column())).append(")::regclass;\n  ").append(was)
                    .append(" text := (SELECT relname FROM pg_class WHERE oid = ").append(v).append(");\n");
            away.append("  IF ").append(v).append(" IS NOT NULL THEN EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', ").append(v)
                    .append(", ").append(d.string(Renames.TEMPORARY + "seq_")).append(" || ").append(v).append("::oid); END IF;\n");
            back.append("  IF ").append(v).append(" IS NOT NULL THEN EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', ").append(v)
                    .append(", CASE WHEN to_regclass(quote_ident(").append(d.string(s.name())).append(")) IS NULL THEN ")
                    .append(d.string(s.name())).append(" ELSE ").append(was).append(" END); END IF;\n");
        }
        out.add(new Statement("-- PostgreSQL keeps an identity column's sequence under the name it had when its table or column is renamed:\n"
                + "-- each is renamed after them, as PostgreSQL names it in a database made anew.\n"
                + "DO " + PostgresDialect.dollarQuoted("\nDECLARE\n" + declare + "BEGIN\n" + away + back + "END\n") + ";", false, null));
    }

    /** Whether PostgreSQL changes the column's type ({@link AlterColumn#retypesOnPostgres}). */
    private boolean retypes(AlterColumn a) {
        return a.retypesOnPostgres(changes);
    }

    /** The migration's changes, which say whether a column is retyped. */
    private List<Change> changes = List.of();

    private final Map<String, String> renamedTo = new LinkedHashMap<>();

    /** The table's name once the renames of this migration ran (changes before them use the old name). */
    private String finalName(Change c) {
        String t = c.table();
        return c.phase().compareTo(Phase.RENAME_TABLE) < 0 ? renamedTo.getOrDefault(t, t) : t;
    }

    /**
     * Whether the change is about a table this migration drops or creates. A name is the old one before the renames and
     * the new one after, and a table renamed may take the name of one dropped (or free a name one created takes): the
     * same name is then another table on either side of the renames.
     */
    private boolean ofCreatedOrDropped(Change c) {
        return c.phase().compareTo(Phase.RENAME_TABLE) < 0 ? dropped.contains(c.table()) : created.contains(c.table());
    }

    /** Changes the rebuild of their table takes care of. */
    private static boolean folded(Change c) {
        return !(c instanceof RenameTable || c instanceof DropTrigger || c instanceof CreateTrigger);
    }

    // --- SQLite: which tables need the rebuild

    private void findRebuilds(List<Change> changes) {
        for (Change c : changes) {
            if (c.table() == null || ofCreatedOrDropped(c)) continue;
            String t = finalName(c);
            boolean rebuild;
            if (c instanceof RenameConstraint r) rebuild = !(r.from() instanceof Index || r.from() instanceof UniqueConstraint u && ddl.separate(u));
            else if (c instanceof AddColumn a) rebuild = !simpleAdd(a);
            else if (c instanceof DropColumn a) rebuild = !simpleDrop(a);
            else if (c instanceof AddUnique u) rebuild = !ddl.separate(u.unique()); // a partial unique is an index of its own
            else if (c instanceof DropUnique u) rebuild = !ddl.separate(u.unique());
            else rebuild = c instanceof AlterColumn a && !a.mysqlTextOnly() || c instanceof AddPrimaryKey || c instanceof DropPrimaryKey
                    || c instanceof AddForeignKey || c instanceof DropForeignKey || c instanceof AddCheck || c instanceof DropCheck;
            if (rebuild) rebuilt.add(t);
        }
        // A table dropped in this migration can keep its foreign keys until it goes.
    }

    /**
     * A rebuild that fills a column from another table ({@link FillColumn}) reads that table's key as the migration leaves
     * it: a table rebuilt too is rebuilt first.
     */
    private void fillsAfterTheirSources(List<Change> changes) {
        for (int pass = 0; pass < rebuilt.size(); pass++) {
            var order = new ArrayList<>(rebuilt);
            for (Change c : changes) {
                if (c instanceof FillColumn f && order.contains(f.table()) && order.indexOf(f.from()) > order.indexOf(f.table())) {
                    order.remove(f.table());
                    order.add(order.indexOf(f.from()) + 1, f.table());
                }
            }
            if (order.equals(new ArrayList<>(rebuilt))) return;
            rebuilt.clear();
            rebuilt.addAll(order);
        }
    }

    /**
     * The value of {@code column} of {@code table} a fill gives a row ({@link FillColumn}): its table's row whose key the
     * row's kept columns hold, named through {@code by} (the row's own column as it is read there).
     */
    private String filledFrom(FillColumn f, String table, Function<String, String> by) {
        var on = new ArrayList<String>();
        for (int i = 0; i < f.by().size(); i++) {
            on.add(d.id(f.from()) + "." + d.id(f.fromBy().get(i)) + " = " + d.id(table) + "." + d.id(by.apply(f.by().get(i))));
        }
        return "(SELECT " + d.id(f.from()) + "." + d.id(f.fromColumn()) + " FROM " + d.id(f.from()) + " WHERE "
                + String.join(" AND ", on) + ")";
    }

    /** The name a fill from its own table reads the referenced row under ({@link FillColumn} of a self-reference). */
    private static final String REFERENCED = Renames.TEMPORARY + "referenced";

    /**
     * SQLite's copy of a table whose reference to itself a fill gives a column: the referenced row is a row of the old
     * table, read under {@link #REFERENCED} with the old names ({@code old}); its value of the key's new column is the
     * one the copy gives it, the column's default where the migration adds it, else the column's value.
     */
    private String filledFromItself(FillColumn f, String table, Set<String> added, Function<String, String> old) {
        var on = new ArrayList<String>();
        for (int i = 0; i < f.by().size(); i++) {
            on.add(d.id(REFERENCED) + "." + d.id(old.apply(f.fromBy().get(i))) + " = " + d.id(table) + "." + d.id(old.apply(f.by().get(i))));
        }
        Column key = to.table(table).orElseThrow().column(f.fromColumn()).orElseThrow();
        String value = added.contains(f.fromColumn()) ? Sql.defaultValue(Dialect.SQLITE, key)
                : d.id(REFERENCED) + "." + d.id(old.apply(f.fromColumn()));
        return "(SELECT " + value + " FROM " + d.id(table) + " AS " + d.id(REFERENCED) + " WHERE " + String.join(" AND ", on) + ")";
    }

    /**
     * The fill is the migration's, not a change of the rows: their {@code @updated} stamps stay. MySQL leaves a column
     * with ON UPDATE alone that the UPDATE sets itself; PostgreSQL's trigger, where it stands during the fill (kept
     * through the migration, or not dropped by it), is held off around it.
     */
    private void fill(FillColumn f) {
        Table t = toTable(f.table());
        var stamped = t.columns().stream().filter(Column::updatedAt).map(Column::name).toList();
        var set = new ArrayList<String>();
        boolean itself = f.from().equals(f.table());
        // A reference to its own table reads the table it writes: PostgreSQL under another name, and MySQL, which refuses
        // a subquery on the table an UPDATE writes, by joining the table to itself.
        String target = itself && dialect() == Dialect.MYSQL ? d.id(f.table()) + "." : "";
        set.add(target + d.id(f.column()) + " = " + (itself && dialect() == Dialect.MYSQL ? d.id(REFERENCED) + "." + d.id(f.fromColumn())
                : itself ? filledFromItself(f) : filledFrom(f, f.table(), x -> x)));
        if (dialect() == Dialect.MYSQL) for (String c : stamped) set.add(target + d.id(c) + " = " + target + d.id(c));
        String oldName = renamedTo.entrySet().stream().filter(e -> e.getValue().equals(f.table())).map(Map.Entry::getKey)
                .findFirst().orElse(f.table());
        Table old = from.table(oldName).orElse(null);
        boolean trigger = dialect() == Dialect.POSTGRES && old != null && old.updatedAtTrigger() != null
                && old.columns().stream().anyMatch(Column::updatedAt)
                && (keptTriggers.contains(oldName) || changes.stream().noneMatch(c -> c instanceof DropTrigger x && x.t().name().equals(oldName)));
        if (trigger) add(f, "ALTER TABLE " + d.id(f.table()) + " DISABLE TRIGGER " + d.id(old.updatedAtTrigger()) + ";");
        String join = "";
        if (itself && dialect() == Dialect.MYSQL) {
            var on = new ArrayList<String>();
            for (int i = 0; i < f.by().size(); i++) {
                on.add(d.id(REFERENCED) + "." + d.id(f.fromBy().get(i)) + " = " + d.id(f.table()) + "." + d.id(f.by().get(i)));
            }
            join = " JOIN " + d.id(f.table()) + " AS " + d.id(REFERENCED) + " ON " + String.join(" AND ", on);
        }
        add(f, "UPDATE " + d.id(f.table()) + join + " SET " + String.join(", ", set) + ";");
        if (trigger) add(f, "ALTER TABLE " + d.id(f.table()) + " ENABLE TRIGGER " + d.id(old.updatedAtTrigger()) + ";");
    }

    /** PostgreSQL's fill of a reference to its own table: the referenced row read under {@link #REFERENCED}. */
    private String filledFromItself(FillColumn f) {
        var on = new ArrayList<String>();
        for (int i = 0; i < f.by().size(); i++) {
            on.add(d.id(REFERENCED) + "." + d.id(f.fromBy().get(i)) + " = " + d.id(f.table()) + "." + d.id(f.by().get(i)));
        }
        return "(SELECT " + d.id(REFERENCED) + "." + d.id(f.fromColumn()) + " FROM " + d.id(f.table()) + " AS " + d.id(REFERENCED)
                + " WHERE " + String.join(" AND ", on) + ")";
    }

    /** SQLite's ADD COLUMN takes no key, no expression default, and NOT NULL only with a default. */
    private boolean simpleAdd(AddColumn a) {
        Column c = a.column();
        Table t = to.table(a.table()).orElseThrow();
        if (c.autoIncrement() || t.primaryKey().columns().contains(c.name())) return false;
        if (t.uniques().stream().anyMatch(u -> u.columns().contains(c.name()))) return false;
        if (!c.nullable() && c.defaultValue() == null) return false;
        // A generated column the table keeps under that name: the rebuild says why it cannot have both.
        if (generatedNamed(t, c.name()) != null) return false;
        String def = Sql.defaultValue(Dialect.SQLITE, c);
        return def == null || !(def.startsWith("(") || def.startsWith("CURRENT_"));
    }

    /** The generated column {@code t} keeps outside the model under the name of its column {@code column}, or null. */
    private static KeptSql generatedNamed(Table t, String column) {
        return t.keptSql().stream().filter(k -> k.declaresColumn() && KeptSql.declares(k.sql(), column)).findFirst()
                .orElse(null);
    }

    /** Whether {@code k} is a generated column {@code t} keeps under the name of one of the model's columns. */
    private static boolean sharesAColumnName(Table t, KeptSql k) {
        return k.declaresColumn() && t.columns().stream().anyMatch(c -> KeptSql.declares(k.sql(), c.name()));
    }

    /** SQLite's DROP COLUMN refuses a column that a key, index or check names. */
    private boolean simpleDrop(DropColumn a) {
        String col = a.column().name();
        Table t = from.table(a.table()).orElse(null); // dropped before the renames: the old table name
        if (t == null) return false;
        return !t.primaryKey().columns().contains(col) && t.uniques().stream().noneMatch(u -> u.columns().contains(col))
                && t.foreignKeys().stream().noneMatch(f -> f.columns().contains(col))
                && t.indexes().stream().noneMatch(i -> i.columns().contains(col))
                && t.keptSql().stream().noneMatch(k -> k.mentions(col))
                && t.checks().stream().noneMatch(k -> k.toString().contains("column=" + col + ",")
                        || k.toString().contains("left=" + col + ",") || k.toString().contains("right=" + col + ")"));
    }

    private void rebuild(String table, List<Change> changes) {
        Table t = to.table(table).orElseThrow();
        var added = new HashSet<String>();
        for (Change c : changes) if (c instanceof AddColumn a && a.table().equals(table)) added.add(a.column().name());
        // Column renames are part of the copy: a renamed column may take the name of one this rebuild drops.
        var renamedFrom = new java.util.HashMap<String, String>();
        Renames.columns(changes, table).forEach((before, after) -> renamedFrom.put(after, before));
        var kept = keptThrough(t, changes);
        // A column the model does not have but that holds values (one of no type) is declared again and copied as it is.
        var copied = java.util.stream.Stream.concat(t.columns().stream().map(Column::name).filter(n -> !added.contains(n)),
                kept.stream().map(KeptSql::storedColumn).filter(Objects::nonNull)).toList();
        var sources = copied.stream().map(n -> renamedFrom.getOrDefault(n, n)).toList();
        String tmp = "_schemac_new_" + table;
        Table shadow = new Table(tmp, t.entity(), t.doc(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes(),
                t.checks(), t.updatedAtTrigger(), t.join());
        String why = changes.stream().filter(c -> table.equals(c.table())).map(notes).filter(Objects::nonNull).distinct()
                .reduce((a, b) -> a + " " + b).orElse(null);
        shadow = shadow.withKept(kept);
        String oldTable = renamedTo.entrySet().stream().filter(e -> e.getValue().equals(table)).map(Map.Entry::getKey)
                .findFirst().orElse(table);
        // AUTOINCREMENT promises an id is never given twice: SQLite keeps the highest one given in
        // sqlite_sequence, under the table's name, and drops it with the table. The copy's own entry
        // would be the highest id still there, so a deleted row's id would come back: the old entry is
        // held under another name across the rebuild (Alembic's batch runs between) and put back.
        boolean ids = from.table(oldTable).map(ChangeSql::autoIncrements).orElse(false) && autoIncrements(t);
        String held = "_schemac_seq_" + table;
        if (ids) {
            out.add(new Statement("INSERT INTO sqlite_sequence (name, seq) SELECT " + d.string(held)
                    + ", seq FROM sqlite_sequence WHERE name = " + d.string(table) + ";", false, null));
        }
        out.add(new Statement("-- Rebuilding " + table + ": SQLite's ALTER TABLE cannot make this change in place.\n"
                + ddl.createTable(shadow, true).stripTrailing(), false, why, null, table));
        var into = new ArrayList<>(copied);
        var values = new ArrayList<>(sources.stream().map(x -> copied(oldTable, x)).toList());
        // A column the migration adds and fills from another table is filled as the rows are copied.
        for (Change c : changes) {
            if (c instanceof FillColumn f && f.table().equals(table)) {
                into.add(f.column());
                values.add(f.from().equals(table) ? filledFromItself(f, table, added, n -> renamedFrom.getOrDefault(n, n))
                        : filledFrom(f, table, n -> renamedFrom.getOrDefault(n, n)));
            }
        }
        out.add(new Statement("INSERT INTO " + d.id(tmp) + " (" + d.ids(into) + ") SELECT "
                + String.join(", ", values) + " FROM "
                + d.id(table) + ";", false, null, null, table));
        out.add(new Statement("DROP TABLE " + d.id(table) + ";", false, null, null, table));
        out.add(new Statement("ALTER TABLE " + d.id(tmp) + " RENAME TO " + d.id(table) + ";", false, null, null, table));
        for (Index i : t.indexes()) out.add(new Statement(createIndex(table, i), false, null, null, table));
        // A partial unique is an index of its own: created after the copy, as the DDL creates it after the table.
        for (UniqueConstraint u : t.uniques()) if (ddl.separate(u)) out.add(new Statement(ddl.partialUnique(table, u), false, null));
        // What the adopted database has outside the model went with the old table: made again from its own SQL.
        for (KeptSql k : kept) {
            if (k.place() == KeptSql.Place.STATEMENT) out.add(new Statement(k.sql().strip() + ";", false, null, null, table));
        }
        if (ids) {
            out.add(new Statement("DELETE FROM sqlite_sequence WHERE name = " + d.string(table) + ";", false, null));
            out.add(new Statement("UPDATE sqlite_sequence SET name = " + d.string(table) + " WHERE name = " + d.string(held) + ";",
                    false, null));
        }
    }

    private static boolean autoIncrements(Table t) {
        return t.columns().stream().anyMatch(Column::autoIncrement);
    }

    /** What a rebuild of a table (now, or a later one after a rename) cannot make again, and why ({@link MigrationSql.Lost}). */
    record Lost(String table, String what, String why, boolean rebuilt) {}

    private final List<Lost> lost = new ArrayList<>();

    List<Lost> lost() { return lost; }

    /**
     * The objects outside the model ({@link KeptSql}) that the rebuild of {@code t} can make again
     * from their SQL: that SQL names the table and columns as the adopted database had them, so it
     * holds while the table keeps that name and every column of it the SQL names. One on a column
     * the migration drops goes with it ({@link KeptSql#goesWithDroppedColumn}); the others are
     * {@link #lost}, and so is one whose SQL names a dropped column where it cannot be known
     * whether it is on it ({@link KeptSql#droppedColumnItMayUse}: a trigger).
     */
    private List<KeptSql> keptThrough(Table t, List<Change> changes) {
        if (t.keptSql().isEmpty()) return List.of();
        var renamed = Renames.columns(changes, t.name()).keySet();
        String oldName = renamedTo.entrySet().stream().filter(e -> e.getValue().equals(t.name())).map(Map.Entry::getKey)
                .findFirst().orElse(t.name());
        Table old = from.table(oldName).orElse(null);
        var out = new ArrayList<KeptSql>();
        for (KeptSql k : t.keptSql()) {
            String why = null;
            if (k.place() == KeptSql.Place.NONE) why = "SQLite keeps no SQL that makes it again";
            else if (sharesAColumnName(t, k)) why = "the model now has a column of its name";
            else if (!k.table().equals(t.name())) why = "its SQL names the table " + Quoted.stored(k.table()) + ", now " + Quoted.stored(t.name());
            if (why == null && old != null) {
                String named = renamed.stream().filter(k::mentions).findFirst().orElse(null);
                String mayUse = k.droppedColumnItMayUse(old, t);
                if (named != null) why = "its SQL names the column " + Quoted.stored(named) + ", which this migration renames";
                else if (mayUse != null && k.place() == KeptSql.Place.COLUMN) why = "it is computed from " + Quoted.stored(mayUse)
                        + ", which this migration drops from the table";
                else if (mayUse != null) why = "its SQL names " + Quoted.stored(mayUse) + ", which this migration drops from the table, and "
                        + "schemac cannot tell whether that is the column or another table's";
            }
            if (why != null) lost.add(new Lost(t.name(), k.what(), why, true));
            else if (old == null || !k.goesWithDroppedColumn(old, t)) out.add(k);
        }
        return out;
    }

    /**
     * A rename SQLite makes in place (no rebuild) of a table, or of a column that the SQL of
     * something the table keeps outside the model names: SQLite updates the object itself, but
     * the SQL the history carries for it would name the old one, so a later rebuild could not
     * make it again. Such a rename is {@link #lost} now, while it can still be done otherwise.
     */
    private void staleKept(List<Change> changes) {
        for (Change c : changes) {
            if (c instanceof RenameTable r && !rebuilt.contains(r.to())) {
                for (KeptSql k : to.table(r.to()).map(Table::keptSql).orElse(List.of())) {
                    if (!k.namesTable()) continue;
                    lost.add(new Lost(r.to(), k.what(), "its SQL names the table " + Quoted.stored(r.from()) + ", which this migration renames",
                            false));
                }
            } else if (c instanceof RenameColumn r && !rebuilt.contains(r.table())) {
                for (KeptSql k : to.table(r.table()).map(Table::keptSql).orElse(List.of())) {
                    if (k.mentions(r.from())) {
                        lost.add(new Lost(r.table(), k.what(), "its SQL names the column " + Quoted.stored(r.from())
                                + ", which this migration renames", false));
                    }
                }
            }
        }
    }

    // --- one change

    private void change(Change c) {
        if (c instanceof CreateEnum e) createEnum(e);
        else if (c instanceof DropEnum e) {
            if (d.enumTypes()) add(c, "DROP TYPE " + d.id(e.e().typeName()) + ";");
        } else if (c instanceof RenameEnum e) {
            if (d.enumTypes()) {
                add(c, "ALTER TYPE " + d.id(e.from().typeName()) + " RENAME TO " + d.id(e.to().typeName()) + ";");
            }
        } else if (c instanceof RelabelEnum e) relabelEnum(e);
        else if (c instanceof AlterEnum e) alterEnum(e);
        else if (c instanceof CreateTable t) createTable(t);
        else if (c instanceof DropTable t) add(c, "DROP TABLE " + d.id(t.t().name()) + ";");
        else if (c instanceof RenameTable r) add(c, "ALTER TABLE " + d.id(r.from()) + " RENAME TO " + d.id(r.to()) + ";");
        else if (c instanceof SetTableComment s) tableComment(s);
        else if (c instanceof FillColumn f) fill(f);
        else if (c instanceof AddColumn a) addColumn(a);
        else if (c instanceof DropColumn a) add(c, "ALTER TABLE " + d.id(a.table()) + " DROP COLUMN " + d.id(a.column().name()) + ";");
        else if (c instanceof RenameColumn r) {
            add(c, "ALTER TABLE " + d.id(r.table()) + " RENAME COLUMN " + d.id(r.from()) + " TO " + d.id(r.to()) + ";");
        } else if (c instanceof AlterColumn a) alterColumn(a);
        else if (c instanceof AddPrimaryKey p) {
            if (keyedWithColumn.contains(p.table())) return; // MySQL: added with its AUTO_INCREMENT column
            add(c, "ALTER TABLE " + d.id(p.table()) + " ADD CONSTRAINT " + d.id(p.key().name()) + " PRIMARY KEY ("
                    + d.ids(p.key().columns()) + ");");
        } else if (c instanceof DropPrimaryKey p) {
            if (dialect() == Dialect.MYSQL) dropAutoIncrement(p);
            add(c, "ALTER TABLE " + d.id(p.table()) + (dialect() == Dialect.MYSQL ? " DROP PRIMARY KEY;"
                    : " DROP CONSTRAINT " + d.id(p.key().name()) + ";"));
        } else if (c instanceof AddForeignKey f) {
            // SQLite: only on tables created here, where it is inline.
            if (dialect() != Dialect.SQLITE) add(c, "ALTER TABLE " + d.id(f.table()) + " ADD " + ddl.foreignKey(f.key()) + ";");
        } else if (c instanceof DropForeignKey f) {
            // SQLite: the table goes, or is rebuilt without it.
            if (dialect() != Dialect.SQLITE) {
                add(c, "ALTER TABLE " + d.id(f.table()) + (dialect() == Dialect.MYSQL ? " DROP FOREIGN KEY " : " DROP CONSTRAINT ")
                        + d.id(f.key().name()) + ";");
            }
        } else if (dialect() == Dialect.SQLITE && madeUnderTemporaryName(c)) {
            return; // made once, under its own name, where the rename to it stands (renameConstraint)
        } else if (c instanceof AddUnique u && ddl.separate(u.unique())) {
            add(c, ddl.partialUnique(u.table(), u.unique()));
        } else if (c instanceof DropUnique u && ddl.separate(u.unique())) {
            add(c, "DROP INDEX " + d.id(u.unique().name()) + ";");
        } else if (c instanceof AddUnique u) {
            add(c, "ALTER TABLE " + d.id(u.table()) + " ADD CONSTRAINT " + d.id(u.unique().name()) + " UNIQUE ("
                    + d.ids(u.unique().columns()) + ");");
        } else if (c instanceof DropUnique u) {
            add(c, "ALTER TABLE " + d.id(u.table()) + (dialect() == Dialect.MYSQL ? " DROP INDEX " : " DROP CONSTRAINT ")
                    + d.id(u.unique().name()) + ";");
        } else if (c instanceof AddCheck k) {
            String sql = d.check(k.check(), to.table(k.table()).orElse(null));
            if (sql != null) {
                add(c, "ALTER TABLE " + d.id(k.table()) + " ADD CONSTRAINT " + d.id(k.check().name()) + " CHECK (" + sql + ");");
            }
        } else if (c instanceof DropCheck k) {
            if (d.check(k.check(), from.table(k.table()).orElse(null)) != null) add(c, "ALTER TABLE " + d.id(k.table()) + " DROP CONSTRAINT " + d.id(k.check().name()) + ";");
        } else if (c instanceof AddIndex i) add(c, createIndex(i.table(), i.index()));
        else if (c instanceof DropIndex i) {
            add(c, dialect() == Dialect.MYSQL ? "DROP INDEX " + d.id(i.index().name()) + " ON " + d.id(i.table()) + ";"
                    : "DROP INDEX " + d.id(i.index().name()) + ";");
        } else if (c instanceof RenameConstraint r) renameConstraint(r);
        else if (c instanceof DropTrigger t && keptTriggers.contains(c.table())) replaceEarlierTriggers(t);
        else if (c instanceof CreateTrigger && keptTriggers.contains(c.table())) return;
        else if (c instanceof DropTrigger t) dropTrigger(t);
        else if (c instanceof CreateTrigger t) {
            for (String s : Sql.updatedAtTriggers(dialect(), t.t(), to)) add(c, s);
        }
    }

    /** An index (or a unique SQLite keeps as one) the diff makes under a temporary name, to be renamed to its own later. */
    private boolean madeUnderTemporaryName(Change c) {
        return c instanceof AddIndex i && Renames.isTemporary(i.index().name())
                || c instanceof AddUnique u && ddl.separate(u.unique()) && Renames.isTemporary(u.unique().name());
    }

    private String createIndex(String table, Index i) {
        return "CREATE INDEX " + d.id(i.name()) + " ON " + d.id(table) + " (" + d.ids(i.columns()) + ");";
    }

    private void createEnum(CreateEnum e) {
        if (!d.enumTypes()) return; // the values are spelled in each column
        for (String s : d.preamble(Catalog.of(List.of(), List.of(e.e())))) add(e, s);
    }

    private static String oldTypeName(String typeName) {
        return typeName + "__schemac_old";
    }

    /**
     * PostgreSQL renames each value of the type, which every column of it then holds. MySQL
     * spells the values in each column: every column of the enum that stays is widened to hold
     * the old and the new values, its rows move with one UPDATE (assigning each {@code @updated}
     * column its own value, so that ON UPDATE keeps it), and the column's {@link AlterColumn}
     * narrows it after. SQLite moves the rows in the copy of its rebuild ({@link #copied}).
     */
    private void relabelEnum(RelabelEnum e) {
        var labels = e.labels();
        if (d.enumTypes()) {
            for (var l : labels.entrySet()) {
                add(e, "ALTER TYPE " + d.id(e.from().typeName()) + " RENAME VALUE " + d.string(l.getKey()) + " TO "
                        + d.string(l.getValue()) + ";");
            }
            return;
        }
        if (dialect() != Dialect.MYSQL) return;
        var both = new ArrayList<>(e.from().values());
        both.addAll(labels.values());
        var enums = new ArrayList<EnumDef>();
        for (EnumDef x : from.enums()) enums.add(x.name().equals(e.from().name()) ? new EnumDef(x.name(), x.typeName(), x.doc(), both) : x);
        Catalog widened = Catalog.of(from.tables(), enums, from.views());
        for (Table t : from.tables()) {
            if (dropped.contains(t.name())) continue;
            for (Column c : t.columns()) {
                if (!e.from().name().equals(c.type().enumName()) || droppedColumns.contains(t.name() + "." + c.name())) continue;
                add(e, "ALTER TABLE " + d.id(t.name()) + " MODIFY COLUMN " + d.id(c.name()) + " " + d.columnDefinition(c, t, widened) + ";");
                defined(e, t.name(), c);
                var set = new StringBuilder(d.id(c.name()) + " = " + relabelled(d.id(c.name()), labels));
                for (Column u : t.columns()) if (u.updatedAt()) set.append(", ").append(d.id(u.name())).append(" = ").append(d.id(u.name()));
                add(e, "UPDATE " + d.id(t.name()) + " SET " + set + " WHERE " + d.id(c.name()) + " IN ("
                        + String.join(", ", labels.keySet().stream().map(d::string).toList()) + ");");
            }
        }
    }

    /** {@code column} with each old stored value replaced by its new one. */
    private String relabelled(String column, Map<String, String> labels) {
        var b = new StringBuilder("CASE " + column);
        labels.forEach((a, z) -> b.append(" WHEN ").append(d.string(a)).append(" THEN ").append(d.string(z)));
        return b.append(" ELSE ").append(column).append(" END").toString();
    }

    /**
     * What a SQLite rebuild copies into the new table's column from {@code source} of the old
     * table: the column itself, or, for a column of an enum whose stored values change, the
     * column with them replaced (the new table's check admits only the new ones).
     */
    private String copied(String oldTable, String source) {
        Column c = from.table(oldTable).flatMap(t -> t.column(source)).orElse(null);
        RelabelEnum r = c == null || !c.type().isEnum() ? null : relabels.get(c.type().enumName());
        return r == null ? d.id(source) : relabelled(d.id(source), r.labels());
    }

    /**
     * PostgreSQL adds values in place (ALTER TYPE … ADD VALUE cannot run inside a
     * transaction block that then uses the value, so it runs before it); any other change
     * renames the old type away, creates the new one, retypes the columns
     * ({@link AlterColumn}) and drops the old type at the end.
     */
    private void alterEnum(AlterEnum e) {
        if (!d.enumTypes()) return; // the values are spelled in each column: its AlterColumn changes them
        String type = d.id(e.to().typeName());
        if (e.onlyAdds()) {
            var current = new ArrayList<>(e.from().values());
            List<String> target = e.to().values();
            // ADD VALUE runs before the transaction, so before a relabel of this migration: it places a value by the old labels.
            var before = new java.util.HashMap<String, String>();
            RelabelEnum r = relabels.get(e.from().name());
            if (r != null) r.labels().forEach((a, b) -> before.put(b, a));
            for (int i = 0; i < target.size(); i++) {
                String v = target.get(i);
                if (current.contains(v)) continue;
                String where = i > 0 ? " AFTER " + d.string(before.getOrDefault(target.get(i - 1), target.get(i - 1)))
                        : " BEFORE " + d.string(before.getOrDefault(current.get(0), current.get(0)));
                out.add(new Statement("ALTER TYPE " + type + " ADD VALUE " + d.string(v) + where + ";", true, notes.apply(e), e));
                current.add(i, v);
            }
            return;
        }
        add(e, "ALTER TYPE " + type + " RENAME TO " + d.id(oldTypeName(e.from().typeName())) + ";");
        for (String s : d.preamble(Catalog.of(List.of(), List.of(e.to())))) add(e, s);
        recreatedEnums.add(e.from().typeName());
    }

    private void createTable(CreateTable c) {
        Table t = c.t();
        if (dialect() == Dialect.SQLITE) {
            // SQLite cannot add a foreign key later; it accepts one to a table that does not exist yet.
            t = to.table(t.name()).orElse(t);
        }
        add(c, ddl.createTable(t).stripTrailing());
        // A table of an adopted database made again (a down script undoing its drop) has only what the history's SQL makes.
        if (dialect() == Dialect.SQLITE) {
            var made = DdlWriter.madeWith(Dialect.SQLITE, t);
            for (KeptSql k : t.keptSql()) {
                if (made.contains(k)) continue;
                lost.add(new Lost(t.name(), k.what(), k.place() == KeptSql.Place.NONE ? "SQLite keeps no SQL that makes it again"
                        : "its SQL names the table " + Quoted.stored(k.table()) + ", now " + Quoted.stored(t.name()), true));
            }
        }
        for (Column col : t.columns()) defined(c, t.name(), col);
        for (UniqueConstraint u : t.uniques()) if (ddl.separate(u)) add(c, ddl.partialUnique(t.name(), u));
        if (!d.inlineIndexes()) for (Index i : t.indexes()) add(c, createIndex(t.name(), i));
        for (String s : ddl.keptStatements(t)) add(c, s);
        for (String s : d.afterTable(t, to)) if (s.startsWith("COMMENT ")) add(c, s);
    }

    private void tableComment(SetTableComment s) {
        switch (dialect()) {
            case POSTGRES -> add(s, "COMMENT ON TABLE " + d.id(s.table()) + " IS " + (s.to() == null ? "NULL" : d.string(s.to())) + ";");
            case MYSQL -> add(s, "ALTER TABLE " + d.id(s.table()) + " COMMENT = " + d.string(s.to() == null ? "" : s.to()) + ";");
            case SQLITE -> { } // SQLite keeps comments only in the CREATE TABLE text
        }
    }

    private Table toTable(String name) {
        return to.table(name).orElseThrow(() -> new IllegalStateException("no table " + name + " in the target catalog"));
    }

    /**
     * MySQL keeps an AUTO_INCREMENT column only as (the start of) a key: a primary key that
     * goes takes the counter off its column first, and a new counter column comes with the
     * new primary key in the same statement (which numbers the rows already there).
     */
    private void dropAutoIncrement(DropPrimaryKey p) {
        Table t = from.table(p.table()).orElse(null);
        if (t == null) return;
        for (String name : p.key().columns()) {
            Column c = t.column(name).orElse(null);
            if (c == null || !c.autoIncrement()) continue;
            Column plain = new Column(c.name(), c.field(), c.type(), c.nullable(), c.defaultValue(), false, c.updatedAt(), c.doc(),
                    c.pii(), c.secret(), c.referencedColumn(), c.collation());
            add(p, "ALTER TABLE " + d.id(p.table()) + " MODIFY COLUMN " + d.id(c.name()) + " " + d.columnDefinition(plain, t, from) + ";");
        }
    }

    /** Tables whose primary key MySQL gets with their new AUTO_INCREMENT column ({@link #addColumn}). */
    private final Set<String> keyedWithColumn = new HashSet<>();

    private void addColumn(AddColumn a) {
        Column c = a.column();
        PrimaryKey key = toTable(a.table()).primaryKey();
        if (dialect() == Dialect.MYSQL && c.autoIncrement() && key.columns().contains(c.name())) {
            keyedWithColumn.add(a.table());
            add(a, "ALTER TABLE " + d.id(a.table()) + " ADD COLUMN " + d.id(c.name()) + " " + d.columnDefinition(c, toTable(a.table()), to)
                    + ", ADD CONSTRAINT " + d.id(key.name()) + " PRIMARY KEY (" + d.ids(key.columns()) + ");");
            return;
        }
        add(a, "ALTER TABLE " + d.id(a.table()) + " ADD COLUMN " + d.id(c.name()) + " " + d.columnDefinition(c, toTable(a.table()), to) + ";");
        defined(a, a.table(), c);
        if (dialect() == Dialect.POSTGRES && c.comment() != null) {
            add(a, "COMMENT ON COLUMN " + d.id(a.table()) + "." + d.id(c.name()) + " IS " + d.string(c.comment()) + ";");
        }
    }

    private boolean enumValuesChanged(Column c) {
        if (!c.type().isEnum()) return false;
        var a = from.enumDef(c.type().enumName());
        var b = to.enumDef(c.type().enumName());
        return a.isPresent() && b.isPresent() && !a.get().values().equals(b.get().values());
    }

    private void alterColumn(AlterColumn a) {
        Column o = a.from();
        Column n = a.to();
        String t = d.id(a.table());
        String col = d.id(n.name());
        if (dialect() != Dialect.MYSQL && a.mysqlTextOnly()) return;
        if (dialect() == Dialect.MYSQL) {
            if (!o.equals(n) || enumValuesChanged(n)) {
                add(a, "ALTER TABLE " + t + " MODIFY COLUMN " + col + " " + d.columnDefinition(n, toTable(a.table()), to) + ";");
                defined(a, a.table(), n);
            }
            return;
        }
        // PostgreSQL
        String alter = "ALTER TABLE " + t + " ALTER COLUMN " + col;
        boolean retype = retypes(a);
        boolean identityOff = o.autoIncrement() && !n.autoIncrement();
        if (identityOff) add(a, alter + " DROP IDENTITY;");
        if (retype) {
            if (o.defaultValue() != null) add(a, alter + " DROP DEFAULT;");
            String type = d.columnType(n, to);
            // PostgreSQL's explicit cast to varchar(n)/char(n) cuts a value that does not fit; assigned from text it is refused.
            String using = n.type().mayNotHoldTextOf(o.type()) ? col + "::text" : col + cast(o.type(), n.type()) + type;
            add(a, alter + " TYPE " + type + d.collate(n) + " USING " + using + ";");
        }
        if (o.nullable() != n.nullable()) add(a, alter + (n.nullable() ? " DROP NOT NULL;" : " SET NOT NULL;"));
        if (!Objects.equals(o.defaultValue(), n.defaultValue()) || (retype && n.defaultValue() != null)) {
            String def = Sql.defaultValue(Dialect.POSTGRES, n);
            if (def != null) add(a, alter + " SET DEFAULT " + def + ";");
            else if (!retype || o.defaultValue() == null) add(a, alter + " DROP DEFAULT;");
        }
        if (!o.autoIncrement() && n.autoIncrement()) add(a, alter + " ADD GENERATED BY DEFAULT AS IDENTITY;");
        if (!Objects.equals(o.comment(), n.comment())) {
            add(a, "COMMENT ON COLUMN " + t + "." + col + " IS " + (n.comment() == null ? "NULL" : d.string(n.comment())) + ";");
        }
    }

    /**
     * PostgreSQL's cast between two column types (before the new type's name): direct within a
     * family and to text, through int between bool and the integers, and through text
     * elsewhere, which PostgreSQL always accepts (whether each value converts is then the
     * rows' matter, and the lint's: SC558, SC565).
     */
    private static String cast(dev.schemac.catalog.ColumnType o, dev.schemac.catalog.ColumnType n) {
        if (o.isEnum() || n.isEnum()) return "::text::";
        var a = o.kind();
        var b = n.kind();
        if (a == b || b.isText() || a.isNumeric() && b.isNumeric() || a.isTemporal() && b.isTemporal() && a != ScalarKind.TIME) return "::";
        if (a == ScalarKind.BOOL && b.isInteger() || a.isInteger() && b == ScalarKind.BOOL) return "::integer::";
        return "::text::";
    }

    private void renameConstraint(RenameConstraint r) {
        String t = d.id(r.table());
        String a = d.id(r.fromName());
        String b = d.id(r.toName());
        Object x = r.to();
        if (x instanceof Check k && d.check(k, null) == null) return; // a check this dialect does not keep (enum membership)
        switch (dialect()) {
            case POSTGRES -> add(r, x instanceof Index || x instanceof UniqueConstraint u && ddl.separate(u) ? "ALTER INDEX " + a + " RENAME TO " + b + ";"
                    : "ALTER TABLE " + t + " RENAME CONSTRAINT " + a + " TO " + b + ";");
            case MYSQL -> {
                if (x instanceof PrimaryKey) return; // MySQL names every primary key PRIMARY
                if (x instanceof Index || x instanceof UniqueConstraint) {
                    add(r, "ALTER TABLE " + t + " RENAME INDEX " + a + " TO " + b + ";");
                } else if (x instanceof ForeignKey fk) {
                    add(r, "ALTER TABLE " + t + " DROP FOREIGN KEY " + a + ";");
                    add(r, "ALTER TABLE " + t + " ADD " + ddl.foreignKey(fk) + ";");
                } else if (x instanceof Check k && d.check(k, null) != null) {
                    add(r, "ALTER TABLE " + t + " DROP CONSTRAINT " + a + ";");
                    add(r, "ALTER TABLE " + t + " ADD CONSTRAINT " + b + " CHECK (" + d.check(k, to.table(r.table()).orElse(null)) + ");");
                }
            }
            case SQLITE -> {
                // Only indexes reach here; everything else rebuilds the table. SQLite renames no index: it is dropped and
                // made again. One passing through a temporary name (taking over a name, a swap) is dropped where it steps
                // aside and made once, where it takes its own name; under the temporary name it is never built.
                if (!Renames.isTemporary(r.fromName())) add(r, "DROP INDEX " + a + ";");
                if (!Renames.isTemporary(r.toName())) {
                    add(r, x instanceof UniqueConstraint u ? ddl.partialUnique(r.table(), u) : createIndex(r.table(), (Index) x));
                }
            }
        }
    }

    /**
     * The diff drops and makes again the {@code @updated} trigger of every table it changes, and of every table whose
     * trigger's name other tables join or leave: whether that matters is this dialect's to say. A trigger outlives an
     * added, altered or dropped column on PostgreSQL, and on SQLite wherever the table is not rebuilt (dropping the old
     * table drops its triggers); where the table keeps its name and the trigger (and PostgreSQL's function) would be
     * made exactly as they are (what they stamp, the function's name and body), they are left alone. MySQL stamps with
     * the column's ON UPDATE and has no trigger to make. PostgreSQL's function is compared as made either way
     * ({@code CREATE} or {@code CREATE OR REPLACE}): which one the DDL writes depends on whether other tables share
     * it, not on what it does.
     */
    private void findKeptTriggers(List<Change> changes) {
        for (Change c : changes) {
            if (!(c instanceof DropTrigger drop)) continue;
            Table o = drop.t();
            if (renamedTo.containsKey(o.name()) || renamedTo.containsValue(o.name()) || rebuilt.contains(o.name())) continue;
            for (Change x : changes) {
                if (x instanceof CreateTrigger make && make.t().name().equals(o.name())
                        && madeAs(o, from).equals(madeAs(make.t(), to))) keptTriggers.add(o.name());
            }
        }
    }

    private List<String> madeAs(Table t, Catalog catalog) {
        return Sql.updatedAtTriggers(dialect(), t, catalog).stream()
                .map(s -> s.startsWith("CREATE FUNCTION ") ? "CREATE OR REPLACE FUNCTION " + s.substring("CREATE FUNCTION ".length()) : s)
                .toList();
    }

    private void dropTrigger(DropTrigger c) {
        Table t = c.t();
        switch (dialect()) {
            case POSTGRES -> {
                // The function is the one the trigger calls, which schemac names after the trigger; a database it did
                // not make may call another, shared by other triggers: it goes only with the last trigger calling it.
                String trigger = d.id(t.updatedAtTrigger());
                String table = d.id(t.name());
                add(c, "DO " + PostgresDialect.dollarQuoted("\nDECLARE\n  fn regprocedure := (SELECT tgfoid FROM pg_trigger WHERE tgrelid = "
                        + d.string(table) + "::regclass AND tgname = " + d.string(t.updatedAtTrigger()) + ");\nBEGIN\n"
                        + "  DROP TRIGGER " + trigger + " ON " + table + ";\n"
                        + "  IF NOT EXISTS (SELECT FROM pg_trigger WHERE tgfoid = fn) THEN\n"
                        + "    EXECUTE 'DROP FUNCTION ' || fn;\n  END IF;\nEND;\n") + ";");
            }
            case SQLITE -> {
                add(c, "DROP TRIGGER IF EXISTS " + d.id(t.updatedAtTrigger()) + ";");
                dropEarlierTriggers(c);
            }
            case MYSQL -> { } // ON UPDATE is part of the column
        }
    }

    /**
     * Earlier releases wrote one SQLite trigger per {@code @updated} column, named after it, when a table had several;
     * they overwrite a value an UPDATE gives, so a database made then must not keep them beside the table's one. Every
     * migration that touches the table drops them, also one that leaves the table's own trigger as it is.
     */
    private boolean dropEarlierTriggers(DropTrigger c) {
        Table t = c.t();
        if (dialect() != Dialect.SQLITE || t.columns().stream().filter(Column::updatedAt).count() < 2) return false;
        for (Column col : t.columns()) {
            String earlier = t.updatedAtTrigger() + "_" + col.name();
            // SQLite's trigger names are the database's, not the table's: a name the earlier rule gives may be another
            // table's own trigger (table `a`'s column `b_updated_at`, table `a_updated_at_b`), which must stay.
            if (col.updatedAt() && isNoTablesTrigger(earlier)) add(c, "DROP TRIGGER IF EXISTS " + d.id(earlier) + ";");
        }
        return true;
    }

    private boolean isNoTablesTrigger(String name) {
        return from.tablesWithUpdatedAtTrigger(name).isEmpty() && to.tablesWithUpdatedAtTrigger(name).isEmpty();
    }

    /**
     * For a table whose trigger the migration leaves as it is ({@link #keptTriggers}): the earlier releases' triggers
     * go, and the table's own is made again. Such a database may have none yet, or one of the table's name that an
     * earlier release made when the table had one {@code @updated} column, which stamps that column alone and
     * overwrites a value an UPDATE gives: it is dropped rather than kept ({@code IF NOT EXISTS} would keep it).
     */
    private void replaceEarlierTriggers(DropTrigger c) {
        if (!dropEarlierTriggers(c)) return;
        add(c, "DROP TRIGGER IF EXISTS " + d.id(c.t().updatedAtTrigger()) + ";");
        for (String s : Sql.updatedAtTriggers(dialect(), c.t(), from)) add(c, s);
    }

}
