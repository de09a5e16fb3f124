package dev.schemac.pull.compare;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.diag.Diagnostic;
import dev.schemac.evolve.CatalogDiff;
import dev.schemac.evolve.Change;
import dev.schemac.evolve.RenameHints;
import dev.schemac.model.Naming;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.Names;
import dev.schemac.pull.DbEngine;
import dev.schemac.pull.Leftover;
import dev.schemac.pull.LiveSchema;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import dev.schemac.pull.Puller;
import dev.schemac.pull.introspect.Collations;
import dev.schemac.pull.introspect.NativeTypes;
import dev.schemac.pull.lift.PulledModel;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The drift of a live database from a model, as the changes of the schema-evolution
 * Catalog diff: the steps {@code schemac migrate} would take from the database to the model,
 * in the same words. Both sides must be Catalogs in the language's terms, so the database is
 * pulled into a model first. Then, wherever this engine stores the two sides alike, the
 * database's Catalog takes the model's spelling: names the engine does not keep (a SQLite
 * foreign key, MySQL's primary key), types the engine stores as one (SQLite's
 * {@code VARCHAR(40)} for any string), checks it cannot hold (enum membership outside SQLite,
 * patterns on SQLite), comments it does not keep, the entity and field each table and column
 * belongs to, and the names of enums. What pull cannot read at all (an unsupported column
 * type, a check it cannot parse, a table without a key) is not compared: it is reported,
 * each object with its code, and the model's object stands for it.
 */
public final class Drift {
    private Drift() {}

    /**
     * The changes from the database to the model, what could not be compared, the database's
     * side as a Catalog (the baseline {@code migrate --from-url} writes) and the rename hints
     * of the model that this database has not applied yet (the ones the changes make).
     */
    public record Result(List<Change> changes, List<Diagnostic> notCompared, Catalog database, RenameHints renames,
                         Map<String, List<String>> leftOutOfDatabase, Map<String, List<String>> tablesCollated,
                         List<LiveSchema.BrokenKey> brokenKeys) {}

    public static Result of(Catalog model, LiveSchema live) throws PullFailure {
        return of(model, live, RenameHints.NONE, null);
    }

    /**
     * The drift with the model's rename hints. A hint names what the older model called an
     * entity or field; a database carries no history, so the old name is read as pull reads
     * the database: a table is the old entity when pull names it so, or when it has the table
     * name {@code naming} derives from the old name (null: pull's names only); a column is
     * the old field when pull names it so or it has the old field's name. A hint applies only
     * while the database still has the old object and not yet the new one; the others are
     * history the database is already past, and are left out. Names traded between hints (a
     * table renamed to the name another one leaves) look the same before and after the trade:
     * they are taken as not yet made only when the structure says so (the table under the old
     * name has more of the model's columns, the column under the old name the model's type and
     * nullability, where the one under the new name has not).
     */
    public static Result of(Catalog model, LiveSchema live, RenameHints hints, Naming naming) throws PullFailure {
        return of(model, live, hints, naming, false);
    }

    /**
     * {@code adopting}: the hints are relative to this database ({@code migrate --from-url}:
     * it has no history before them), so names traded between hints are always taken as not
     * yet made.
     */
    public static Result of(Catalog model, LiveSchema live, RenameHints hints, Naming naming, boolean adopting)
            throws PullFailure {
        live = withoutBookkeeping(live, model);
        Catalog database = CatalogDiff.EMPTY;
        Map<String, String> enumTypeNames = Map.of();
        var notCompared = new ArrayList<Diagnostic>();
        var leftovers = new ArrayList<Leftover>(live.leftovers());
        Predicate<Leftover> modelOnly = l -> false;
        if (!live.catalog().tables().isEmpty()) {
            PulledModel pulled = Puller.model(live, null, "database.schema");
            database = pulled.catalog();
            enumTypeNames = pulled.enumTypeNames();
            leftovers.clear();
            leftovers.addAll(pulled.leftovers());
            modelOnly = pulled::fromModelOnly;
        }
        for (Leftover l : leftovers) {
            if (!comparedLive(l, live.catalog()) && !comparedLive(l, database)) notCompared.add(PullMessages.leftover(l, null));
        }
        var adoption = new Adoption(model, live, database, enumTypeNames, leftovers, hints, naming, adopting);
        Catalog old = adoption.catalog();
        RenameHints applied = adoption.applied();
        old = withUnusedEnums(old, model, live.source().engine());
        // The database's views are the history's to carry (a model has none): no change of the model's drops them.
        var ownLeftovers = leftovers.stream().filter(modelOnly.negate()).toList();
        return new Result(CatalogDiff.diff(old, model.withViews(old.views()), applied), notCompared, old, applied,
                leftOut(old, ownLeftovers, live), tablesCollated(old, ownLeftovers), live.brokenKeys());
    }

    /**
     * What the database side ({@link Result#database}, an adoption's baseline) does not make as the database has it, by
     * table, in words. Everything pull read of a table and the model does not say is a leftover of it (a note of the
     * reader's or of the lift's): each is listed unless the baseline makes it all the same ({@link #madeByBaseline}), so
     * a kind of note added later is listed until the baseline learns to make it. Besides, the columns the baseline
     * declares are compared, in order, with the database's ({@link #columnOrder}).
     */
    private static Map<String, List<String>> leftOut(Catalog database, List<Leftover> leftovers, LiveSchema live) {
        DbEngine engine = live.source().engine();
        var out = new LinkedHashMap<String, List<String>>();
        for (Table t : database.tables()) {
            var items = new ArrayList<String>();
            if (engine == DbEngine.SQLITE) {
                t.kept().stream().filter(k -> k.place() == KeptSql.Place.NONE).forEach(k -> items.add(k.what()));
            }
            for (Leftover x : leftovers) {
                if (!t.name().equals(x.table()) || madeByBaseline(x, engine) || tableCollation(x)) continue;
                String what = leftOut(x);
                if (what != null && !items.contains(what)) items.add(what);
            }
            String order = columnOrder(t, live.info(t.name()), engine);
            if (order != null) items.add(order);
            if (!items.isEmpty()) out.put(t.name(), List.copyOf(items));
        }
        return out;
    }

    /** The tables whose default collation is not generate's, by collation ({@link Collations#tablesByDefault}). */
    private static Map<String, List<String>> tablesCollated(Catalog database, List<Leftover> leftovers) {
        return Collations.tablesByDefault(database.tables().stream().map(Table::name).toList(), leftovers);
    }

    /** Whether a leftover notes the table's default collation ({@link Collations#table}). */
    private static boolean tableCollation(Leftover x) {
        return Collations.notesTableDefault(x);
    }

    /**
     * Whether the baseline makes what a leftover notes as the database has it: on SQLite each object pull left out is
     * SQL the table keeps ({@link KeptSql}; what it cannot keep is listed from there), and so are a table's options;
     * on every engine a column's own collation ({@link Column#collation}); an {@code @updated} trigger pull read is the
     * model's. Notes that change no object (a name the model spells otherwise, a guess, a marker read) are not
     * differences of the database built.
     */
    private static boolean madeByBaseline(Leftover x, DbEngine engine) {
        String def = x.definition();
        return switch (x.kind()) {
            case DIFFERENCE -> def != null && (def.startsWith("COLLATE ")
                    || (engine == DbEngine.SQLITE && (def.equals(KeptSql.WITHOUT_ROWID) || def.equals(KeptSql.STRICT)
                            || x.shape() instanceof Leftover.Shape.Reference r && r.deferred())));
            case COLUMN, TYPE, DEFAULT, CHECK, INDEX, FOREIGN_KEY -> engine == DbEngine.SQLITE && x.kind() != Leftover.Kind.TYPE;
            case TRIGGER -> engine == DbEngine.SQLITE || x.column() != null || def == null;
            case TABLE, OBJECT, NAME, MARKER, GUESSED -> true;
        };
    }

    /**
     * The database's order of the columns the baseline declares, in words, where the baseline declares them in another
     * (a column SQLite keeps as SQL goes where its {@link KeptSql#after} puts it); null where the order is the same.
     */
    private static String columnOrder(Table t, LiveSchema.TableInfo info, DbEngine engine) {
        if (info == null) return null;
        var made = new ArrayList<String>();
        // Only SQLite's baseline declares the columns kept as SQL, as CREATE TABLE does (Table#declarations).
        for (Table.Declaration decl : engine == DbEngine.SQLITE ? t.declarations() : t.withKept(List.of()).declarations()) {
            String name = decl.column() != null ? decl.column().name() : decl.kept().declaredColumn();
            if (name != null && made.stream().noneMatch(name::equalsIgnoreCase)) made.add(name);
        }
        var database = info.columnOrder().stream().filter(c -> made.stream().anyMatch(c::equalsIgnoreCase)).toList();
        var baseline = made.stream().filter(c -> database.stream().anyMatch(c::equalsIgnoreCase)).toList();
        if (String.join("\n", database).equalsIgnoreCase(String.join("\n", baseline))) return null;
        return "the order of its columns (" + database.stream().map(Leftover::quoted).collect(Collectors.joining(", ")) + ")";
    }

    /** A leftover a baseline does not make as the database has it, in words. */
    private static String leftOut(Leftover x) {
        String column = x.column() == null ? null : "column " + Leftover.quoted(x.column());
        boolean named = x.name() != null && !x.name().equals("(unnamed)");
        String object = named ? Leftover.quoted(x.name()) : x.definition() == null ? "(unnamed)" : Leftover.quoted(x.definition());
        return switch (x.kind()) {
            case COLUMN -> column == null ? null : column + (x.definition() == null ? "" : " (" + Leftover.quoted(x.definition()) + ")");
            case TYPE -> column == null ? null : "the type of " + column + (x.definition() == null ? "" : " (" + Leftover.quoted(x.definition()) + ")");
            // A default is named with its value, as the database has it. A zero date default is said to be one: the history
            // keeps it (KeptSql#zeroDateDefault), but only so that its MySQL migrations alter the table where the database
            // has it; no script of the history makes it.
            case DEFAULT -> column == null ? null : x.notAuto() ? "the values the database generates for " + column + " ("
                    + Leftover.quoted(x.definition()) + ")" : KeptSql.isZeroDate(x.definition())
                    ? "the zero date default of " + column + " (" + Leftover.quoted(x.definition().strip()) + ")"
                    : "the default of " + column + (x.definition() == null ? "" : " (" + Leftover.quoted(x.definition().strip()) + ")");
            case CHECK -> "check " + object;
            case INDEX -> "index " + object;
            case FOREIGN_KEY -> "foreign key " + object;
            case TRIGGER -> "trigger " + object;
            // What generate makes otherwise: the note's own words say how.
            case DIFFERENCE -> column == null && !named && x.definition() != null
                    ? Leftover.quoted(x.definition()) + " (" + x.reason() + ")"
                    : (column != null ? column : named && !x.name().equals(x.table()) ? Leftover.quoted(x.name()) : "the table")
                            + " (" + (x.definition() != null ? Leftover.quoted(x.definition()) + ": " : "") + x.reason() + ")";
            default -> null;
        };
    }

    /**
     * The database with the model's enums that no column uses, outside PostgreSQL: there an enum
     * lives only in the columns that use it, so one no column uses is nothing a database could
     * lack (and an adopted history's baseline has it, as the model does).
     */
    private static Catalog withUnusedEnums(Catalog database, Catalog model, DbEngine engine) {
        if (engine == DbEngine.POSTGRES) return database;
        var used = new HashSet<String>();
        model.tables().forEach(t -> t.columns().forEach(c -> { if (c.type().isEnum()) used.add(c.type().enumName()); }));
        var unused = model.enums().stream().filter(e -> !used.contains(e.name()) && database.enumDef(e.name()).isEmpty()).toList();
        if (unused.isEmpty()) return database;
        var enums = new ArrayList<>(database.enums());
        enums.addAll(unused);
        return Catalog.of(database.tables(), enums, database.views());
    }

    /**
     * The tables in which migration tools record what they applied: Alembic's (its autogenerate
     * leaves it out too) and Prisma Migrate's. A database adopted with {@code migrate --from-url}
     * gets one of them from {@code alembic stamp} or {@code prisma migrate resolve}; it is not
     * the model's, so it is neither drift nor something a migration drops.
     */
    public static final Set<String> BOOKKEEPING = Set.of("alembic_version", "_prisma_migrations");

    /** The live schema without the migration tools' tables, unless the model has a table of that name. */
    private static LiveSchema withoutBookkeeping(LiveSchema live, Catalog model) {
        Predicate<String> kept = t -> t == null || !BOOKKEEPING.contains(t) || model.table(t).isPresent();
        if (live.catalog().tables().stream().allMatch(t -> kept.test(t.name()))
                && live.leftovers().stream().allMatch(l -> kept.test(l.table()))) return live;
        var tables = live.catalog().tables().stream().filter(t -> kept.test(t.name())).toList();
        var infos = new java.util.HashMap<>(live.tables());
        infos.keySet().removeIf(t -> !kept.test(t));
        var leftovers = live.leftovers().stream().filter(l -> kept.test(l.table())).toList();
        return new LiveSchema(live.source(), Catalog.of(tables, live.catalog().enums(), live.catalog().views()), infos, leftovers,
                live.brokenKeys().stream().filter(k -> kept.test(k.table())).toList());
    }

    /**
     * A difference pull found between its model and the database in a foreign key, unique or
     * index (one side has it by that name): the diff reads those from the live Catalog itself,
     * so it compares them.
     */
    private static boolean comparedLive(Leftover l, Catalog side) {
        if (l.kind() != Leftover.Kind.DIFFERENCE || l.table() == null || l.name() == null) return false;
        Table t = side.table(l.table()).orElse(null);
        if (t == null) return false;
        return t.indexes().stream().anyMatch(i -> l.name().equals(i.name()))
                || t.uniques().stream().anyMatch(u -> l.name().equals(u.name()))
                || t.foreignKeys().stream().anyMatch(f -> l.name().equals(f.name()));
    }

    /** The database's Catalog in the model's terms, where the engine cannot tell them apart. */
    private static final class Adoption {
        final Catalog model;
        final LiveSchema live;
        final Catalog database;
        /** The database's own name of each pulled enum's type (PostgreSQL), which the pulled Catalog derives anew. */
        final Map<String, String> enumTypeNames;
        final List<Leftover> leftovers;
        final DbEngine engine;
        final RenameHints hints;
        final Naming naming;
        /** The database's enum name → the model's, for enums that are the same. */
        final Map<String, String> enumNames = new HashMap<>();
        /** A database table → the model's table it is (the same name, or a rename hint's). */
        final Map<String, Table> tablePairs = new HashMap<>();
        /** A database table → the entity it belongs to on the database's side (a hinted one keeps its old name). */
        final Map<String, String> entities = new HashMap<>();
        /** A database table → (its column → the model's column it is). */
        final Map<String, Map<String, Column>> columnPairs = new HashMap<>();
        /** A database table → (its column → the field it belongs to on the database's side). */
        final Map<String, Map<String, String>> fields = new HashMap<>();
        final Map<String, RenameHints.Hint> appliedEntities = new LinkedHashMap<>();
        final Map<String, Map<String, RenameHints.Hint>> appliedFields = new LinkedHashMap<>();

        /** The hints are relative to this database: names they trade are always still to trade. */
        final boolean adopting;

        Adoption(Catalog model, LiveSchema live, Catalog database, Map<String, String> enumTypeNames, List<Leftover> leftovers,
                 RenameHints hints, Naming naming, boolean adopting) {
            this.adopting = adopting;
            this.model = model;
            this.live = live;
            this.database = database;
            this.enumTypeNames = enumTypeNames;
            this.leftovers = leftovers;
            this.engine = live.source().engine();
            this.hints = hints;
            this.naming = naming;
            pair();
        }

        RenameHints applied() {
            return new RenameHints(appliedEntities, appliedFields);
        }

        // --- which database table and column is which model table and column

        /**
         * Rename hints first (so a renamed table does not lose its columns to a name), then
         * names. A hint is past when the database already has the new name, unless the table
         * (or column) under that name is itself the old one of another hint: renames may trade
         * names, as in a migration.
         */
        private void pair() {
            var candidates = new LinkedHashMap<Table, Table>(); // model table → the database table it was
            var taken = new HashSet<String>();
            for (Table mt : model.tables()) {
                RenameHints.Hint h = mt.entity() == null ? null : hints.entities().get(mt.entity());
                if (h == null || h.from().equals(mt.entity())) continue;
                database.tables().stream().filter(t -> !taken.contains(t.name()))
                        .filter(t -> h.from().equals(t.entity()) || naming != null && t.name().equals(Names.table(h.from(), naming)))
                        .findFirst().ifPresent(d -> {
                            taken.add(d.name());
                            candidates.put(mt, d);
                        });
            }
            if (!adopting) {
                // A trade already made looks like one still to make: the columns tell them apart.
                candidates.entrySet().removeIf(e -> database.table(e.getKey().name())
                        .filter(same -> same != e.getValue() && fit(e.getKey(), same, false) >= fit(e.getKey(), e.getValue(), true))
                        .isPresent());
            }
            dropPast(candidates, (mt, d) -> mt.name(), (mt, d) -> d.name(), n -> database.table(n).isPresent());
            var claimedModel = new HashSet<String>();
            candidates.forEach((mt, d) -> {
                claimedModel.add(mt.name());
                tablePairs.put(d.name(), mt);
                entities.put(d.name(), hints.entities().get(mt.entity()).from());
                appliedEntities.put(mt.entity(), hints.entities().get(mt.entity()));
            });
            for (Table d : database.tables()) {
                if (tablePairs.containsKey(d.name())) continue;
                Table mt = model.table(d.name()).orElse(null);
                if (mt == null || claimedModel.contains(mt.name())) continue;
                tablePairs.put(d.name(), mt);
                entities.put(d.name(), mt.entity());
            }
            tablePairs.forEach((name, mt) -> pairColumns(database.table(name).orElseThrow(), mt));
        }

        /** How many of the model table's columns {@code t} has: by name, or ({@code hinted}) under their hints' old names. */
        private int fit(Table mt, Table t, boolean hinted) {
            var own = mt.entity() == null ? Map.<String, RenameHints.Hint>of() : hints.fields().getOrDefault(mt.entity(), Map.of());
            int n = 0;
            for (Column c : mt.columns()) {
                RenameHints.Hint h = hinted && c.field() != null ? own.get(c.field()) : null;
                boolean has = h == null ? t.column(c.name()).isPresent()
                        : !t.columnsOf(h.from()).isEmpty() || t.column(h.from()).isPresent();
                if (has) n++;
            }
            return n;
        }

        /** Type and nullability as this engine stores them, to tell columns of a trade apart. */
        private String definition(Column c) {
            return (c.type().isEnum() ? "enum" : NativeTypes.rendered(engine, c.type())) + (c.nullable() ? "?" : "");
        }

        /**
         * Leaves out the candidate renames the database is past: the new name is there already
         * and is not the old name of another candidate (which frees it). Repeated, as leaving one
         * out keeps its old name in use.
         */
        private static <K, V> void dropPast(Map<K, V> candidates, BiFunction<K, V, String> newName,
                                            BiFunction<K, V, String> oldName,
                                            Predicate<String> exists) {
            boolean changed = true;
            while (changed) {
                changed = false;
                var freed = new HashSet<String>();
                candidates.forEach((k, v) -> freed.add(oldName.apply(k, v)));
                for (var it = candidates.entrySet().iterator(); it.hasNext(); ) {
                    var e = it.next();
                    String target = newName.apply(e.getKey(), e.getValue());
                    if (!target.equals(oldName.apply(e.getKey(), e.getValue())) && exists.test(target) && !freed.contains(target)) {
                        it.remove();
                        changed = true;
                    }
                }
            }
        }

        private void pairColumns(Table d, Table mt) {
            var pairs = new LinkedHashMap<String, Column>();
            var owners = new HashMap<String, String>();
            var own = new LinkedHashMap<String, RenameHints.Hint>();
            // field → its old columns in the database (one per new column, in order)
            var candidates = new LinkedHashMap<String, List<Column>>();
            var taken = new HashSet<String>();
            for (var e : mt.entity() == null ? Map.<String, RenameHints.Hint>of().entrySet()
                    : hints.fields().getOrDefault(mt.entity(), Map.of()).entrySet()) {
                String field = e.getKey();
                RenameHints.Hint h = e.getValue();
                List<Column> news = mt.columnsOf(field);
                if (h.from().equals(field) || news.isEmpty()) continue;
                List<Column> olds = d.columnsOf(h.from());
                if (olds.size() != news.size()) olds = news.size() == 1 ? d.column(h.from()).map(List::of).orElse(List.of()) : List.of();
                if (olds.isEmpty() || olds.stream().anyMatch(c -> taken.contains(c.name()))) continue;
                olds.forEach(c -> taken.add(c.name()));
                candidates.put(field, olds);
            }
            // A composite field is past when any of its new columns is in the database under its name, not freed.
            var byColumn = new LinkedHashMap<String, String>(); // new column → its old column
            candidates.forEach((field, olds) -> {
                var news = mt.columnsOf(field);
                for (int i = 0; i < news.size(); i++) byColumn.put(news.get(i).name(), olds.get(i).name());
            });
            if (!adopting) {
                // A trade already made looks like one still to make: the definitions tell them apart.
                byColumn.entrySet().removeIf(e -> {
                    Column same = d.column(e.getKey()).orElse(null);
                    if (same == null || same.name().equals(e.getValue())) return false;
                    String wanted = definition(mt.column(e.getKey()).orElseThrow());
                    return !(definition(d.column(e.getValue()).orElseThrow()).equals(wanted) && !definition(same).equals(wanted));
                });
            }
            dropPast(byColumn, (n, o) -> n, (n, o) -> o, n -> d.column(n).isPresent());
            for (var e : candidates.entrySet()) {
                var news = mt.columnsOf(e.getKey());
                if (!news.stream().allMatch(n -> byColumn.containsKey(n.name()))) continue;
                RenameHints.Hint h = hints.fields().get(mt.entity()).get(e.getKey());
                for (int i = 0; i < news.size(); i++) {
                    pairs.put(e.getValue().get(i).name(), news.get(i));
                    owners.put(e.getValue().get(i).name(), h.from());
                }
                own.put(e.getKey(), h);
            }
            for (Column c : d.columns()) {
                if (pairs.containsKey(c.name())) continue;
                Column mc = mt.column(c.name()).orElse(null);
                if (mc == null || pairs.containsValue(mc)) continue;
                pairs.put(c.name(), mc);
                owners.put(c.name(), mc.field());
            }
            columnPairs.put(d.name(), pairs);
            fields.put(d.name(), owners);
            if (!own.isEmpty()) appliedFields.put(mt.entity(), own);
        }

        Catalog catalog() {
            matchEnums();
            var tables = new ArrayList<Table>();
            for (Table t : database.tables()) tables.add(table(t, tablePairs.get(t.name())));
            // A table pull could not read is not compared: the model's stands for it.
            for (Leftover l : leftovers) {
                if (l.kind() != Leftover.Kind.TABLE || l.table() == null || database.table(l.table()).isPresent()) continue;
                model.table(l.table()).ifPresent(tables::add);
            }
            // The views go into an adopted history as the database keeps them: a model has none to compare.
            return Catalog.of(tables, enums(), live.catalog().views());
        }

        // --- enums

        private void matchEnums() {
            if (engine == DbEngine.POSTGRES) {
                // Enum types have names of their own in the database: the same type name is the same enum.
                for (EnumDef d : database.enums()) {
                    for (EnumDef m : model.enums()) if (m.typeName().equals(typeName(d))) enumNames.put(d.name(), m.name());
                }
                // An enum pull names as the model does is that enum under a type name the model derives
                // otherwise ("Mood" for mood): the migration renames the type, the columns keep it.
                for (EnumDef d : database.enums()) {
                    if (enumNames.containsKey(d.name()) || enumNames.containsValue(d.name())) continue;
                    if (model.enumDef(d.name()).isPresent()) enumNames.put(d.name(), d.name());
                }
                return;
            }
            // Elsewhere an enum lives in its columns: a column that is the same column names its enum.
            for (Table t : database.tables()) {
                var pairs = columnPairs.get(t.name());
                if (pairs == null) continue;
                for (Column c : t.columns()) {
                    Column mc = pairs.get(c.name());
                    if (mc == null || !c.type().isEnum() || !mc.type().isEnum()) continue;
                    if (!enumNames.containsValue(mc.type().enumName())) enumNames.putIfAbsent(c.type().enumName(), mc.type().enumName());
                }
            }
        }

        private String enumName(String databaseName) {
            String mapped = enumNames.get(databaseName);
            if (mapped != null) return mapped;
            // An enum of the database only keeps its name, unless a model enum has it.
            return model.enumDef(databaseName).isPresent() ? databaseName + "_in_database" : databaseName;
        }

        private List<EnumDef> enums() {
            var out = new ArrayList<EnumDef>();
            for (EnumDef d : database.enums()) {
                String name = enumName(d.name());
                EnumDef m = model.enumDef(name).filter(x -> enumNames.containsKey(d.name())).orElse(null);
                if (m == null) {
                    out.add(new EnumDef(name, typeName(d), d.doc(), d.values()));
                } else {
                    // Only PostgreSQL keeps an enum's own name and comment.
                    boolean own = engine == DbEngine.POSTGRES;
                    out.add(new EnumDef(name, own ? typeName(d) : m.typeName(), own ? d.doc() : m.doc(), d.values(), members(d, m)));
                }
            }
            return out;
        }

        /**
         * The model's member name of each of the database enum's values, or null when a value is no model
         * member's: the baseline of an adopted database then names its members, so the first {@code @map}
         * change after adoption is a stored value renamed in place.
         */
        private static List<String> members(EnumDef database, EnumDef model) {
            if (model.members() == null) return null;
            var out = new ArrayList<String>();
            for (String v : database.values()) {
                int i = model.values().indexOf(v);
                if (i < 0) return null;
                out.add(model.members().get(i));
            }
            return out;
        }

        /** A pulled enum's type as the database names it, not as the pulled model derives it. */
        private String typeName(EnumDef pulled) {
            return enumTypeNames.getOrDefault(pulled.name(), pulled.typeName());
        }

        private ColumnType type(ColumnType t) {
            return t.isEnum() ? ColumnType.ofEnum(enumName(t.enumName())) : t;
        }

        // --- tables

        /**
         * A pulled table in the model's terms. Its keys, uniques and indexes are the live ones
         * (names and columns are all they are, and the live Catalog has them as the engine does;
         * the pulled model would add what the lowering derives, such as a foreign key's index);
         * its columns and checks are the pulled ones, in the language's types and terms.
         */
        private Table table(Table d, Table m) {
            Table l = live.catalog().table(d.name()).orElse(d);
            var columns = new ArrayList<Column>();
            var pairs = columnPairs.getOrDefault(d.name(), Map.of());
            var owners = fields.getOrDefault(d.name(), Map.of());
            boolean strict = keptSql(d, m).stream().anyMatch(KeptSql::strict);
            for (Column c : d.columns()) {
                Column a = column(c, pairs.get(c.name()), owners.get(c.name()), strict);
                // So is the text type MySQL holds a text column in, where it is not the model's (TEXT, MEDIUMTEXT): the
                // pulled model's text is the model's type, and a migration from the baseline widens it.
                var held = l.column(c.name()).map(x -> x.type().isEnum() ? null : x.type().mysqlText()).orElse(null);
                if (held != null && !a.type().isEnum() && a.type().unboundedText()) a = a.withType(a.type().heldOnMysqlAs(held));
                // A text column's own collation is the live catalog's alone: the pulled model has none to give.
                String own = l.column(c.name()).map(Column::collation).orElse(null);
                columns.add(own != null && a.collates() ? a.withCollation(own) : a);
            }
            // A column pull could not read is not compared: the model's stands for it.
            for (Leftover x : leftovers) {
                if (m != null && x.kind() == Leftover.Kind.COLUMN && d.name().equals(x.table()) && d.column(x.column()).isEmpty()) {
                    m.column(x.column()).ifPresent(columns::add);
                }
            }
            List<PrimaryKey> modelKey = m == null ? List.of() : List.of(m.primaryKey());
            PrimaryKey pk = l.primaryKey() == null ? d.primaryKey()
                    : adopt(List.of(l.primaryKey()), modelKey, List.of(d.primaryKey()), PrimaryKey::name, PrimaryKey::columns,
                            (k, name, mk) -> new PrimaryKey(name, k.columns())).get(0);
            // What pull left out (SC970, SC971) is not compared: the database side holds none of it, so nothing drops it.
            var fks = adopt(l.foreignKeys().stream().filter(f -> !leftOut(d.name(), f)).toList(), m == null ? List.of() : m.foreignKeys(), d.foreignKeys(), ForeignKey::name,
                    f -> List.of(f.columns(), f.referencedTable(), f.referencedColumns()),
                    (f, name, mf) -> new ForeignKey(name, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(),
                            f.onUpdate(), mf == null ? null : mf.field(), mf == null ? f.forward() : mf.forward()));
            var uniques = adopt(l.uniques().stream().filter(u -> !leftOut(d.name(), u.name(), "UNIQUE", u.columns())).toList(), m == null ? List.of() : m.uniques(), d.uniques(), UniqueConstraint::name,
                    UniqueConstraint::columns, (u, name, mu) -> new UniqueConstraint(name, u.columns(),
                            mu == null ? u.reason() : mu.reason(),
                            // An engine without partial indexes keeps a live-row unique over every row (SC731).
                            mu != null && u.where() == null && !dev.schemac.render.sql.Sql.partialIndexes(engine.dialect())
                                    ? mu.where() : u.where()));
            var indexes = adopt(l.indexes().stream().filter(i -> !leftOut(d.name(), i.name(), "INDEX", i.columns())).toList(), m == null ? List.of() : m.indexes(), d.indexes(), Index::name, Index::columns,
                    (i, name, mi) -> new Index(name, i.columns(), mi == null ? i.reason() : mi.reason()));
            if (m == null) {
                // Not in the model: no entity or field of the model may claim it.
                return new Table(d.name(), d.entity() == null ? null : "table " + d.name(), d.doc(), columns, pk, fks, uniques,
                        indexes, checks(d, null), trigger(d, l), d.join()).withKept(keptSql(d, m));
            }
            String doc = engine == DbEngine.SQLITE || Objects.equals(StructuralComparison.norm(d.doc()),
                    StructuralComparison.norm(m.doc())) ? m.doc() : d.doc();
            return new Table(d.name(), entities.get(d.name()), doc, columns, pk, fks, uniques, indexes, checks(d, m),
                    trigger(d, l), m.join()).withKept(keptSql(d, m));
        }

        /**
         * What pull left out of a SQLite table, as the SQL that makes it again when a migration
         * rebuilds the table (dropping the old one drops it): the index and trigger statements
         * SQLite keeps, the table's CHECK clauses as its CREATE TABLE has them, and the FOREIGN KEY
         * and UNIQUE clauses and plain indexes SQLite keeps no statement for, written from their
         * names ({@link Leftover.Shape}; the leftover's definition is text for people), WITHOUT
         * ROWID and STRICT, a generated column, a column of no type (or one pull cannot type) and an expression default as its
         * CREATE TABLE declares them. What has no such SQL (a foreign key or index SQLite keeps no SQL for) is kept by name
         * only, and a rebuild is refused (SC567).
         */
        // Each KeptSql's what quotes its name through Leftover.quoted, as every message about a database's name does: the
        // text is a snapshot's, read back as written, so a history adopted before keeps its own text (and hash).
        private List<KeptSql> keptSql(Table d, Table m) {
            if (engine != DbEngine.SQLITE) {
                var out = new ArrayList<>(zeroDateDefaults(d));
                out.addAll(generatedColumns(d, m));
                return out;
            }
            var out = new ArrayList<KeptSql>();
            String table = d.name();
            for (Leftover x : leftovers) {
                if (!table.equals(x.table())) continue;
                String def = x.definition();
                boolean unnamed = x.name() == null || x.name().equals("(unnamed)");
                String named = unnamed ? "" : "CONSTRAINT " + id(x.name()) + " ";
                switch (x.kind()) {
                    case INDEX -> {
                        String what = "index " + Leftover.quoted(x.name() == null ? def : x.name());
                        if (x.shape() instanceof Leftover.Shape.Key k && k.unique()) {
                            out.add(new KeptSql(table, what, named + "UNIQUE (" + keyColumns(k) + ")", KeptSql.Place.CLAUSE));
                        } else if (x.shape() instanceof Leftover.Shape.Key k) {
                            out.add(unnamed ? new KeptSql(table, what, "", KeptSql.Place.NONE) : new KeptSql(table, what,
                                    "CREATE INDEX " + id(x.name()) + " ON " + id(table) + " (" + keyColumns(k) + ")",
                                    KeptSql.Place.STATEMENT));
                        } else if (def != null) {
                            out.add(new KeptSql(table, what, def, KeptSql.Place.STATEMENT)); // SQLite's own CREATE INDEX
                        }
                    }
                    case CHECK -> out.add(new KeptSql(table, "check " + Leftover.quoted(named.isEmpty() ? def : x.name()), named + def,
                            KeptSql.Place.CLAUSE));
                    case FOREIGN_KEY -> {
                        String what = "foreign key " + Leftover.quoted(named.isEmpty() ? def : x.name());
                        out.add(x.shape() instanceof Leftover.Shape.Reference r
                                ? new KeptSql(table, what, named + references(r), r.mismatched() ? KeptSql.Place.MISMATCHED : KeptSql.Place.CLAUSE)
                                : new KeptSql(table, what, "", KeptSql.Place.NONE));
                    }
                    case TRIGGER -> {
                        // An @updated trigger pull read (its definition is not kept) is the model's: migrations make it.
                        if (def != null && x.column() == null) out.add(new KeptSql(table, "trigger " + Leftover.quoted(x.name()), def,
                                KeptSql.Place.STATEMENT));
                    }
                    case DIFFERENCE -> {
                        // A rebuild that left either out would make another kind of table: a rowid table, or one that
                        // stores a value of another type instead of refusing it.
                        if (KeptSql.WITHOUT_ROWID.equals(def) || KeptSql.STRICT.equals(def)) out.add(new KeptSql(table, def, def, KeptSql.Place.OPTION));
                        // A key checked at commit that is the model's relation: the rebuild declares the key so again.
                        if (x.shape() instanceof Leftover.Shape.Reference r && r.deferred()) {
                            out.add(new KeptSql(table, "foreign key " + Leftover.quoted(unnamed ? def : x.name()) + " checked at commit",
                                    KeptSql.deferrable(ids(r.columns())), KeptSql.Place.DEFERRABLE));
                        }
                    }
                    case COLUMN -> {
                        if (m == null || m.column(x.column()).isEmpty()) {
                            // SQLite computes a generated column: a rebuild declares it as the table did, and copies nothing into it.
                            boolean declared = x.computedColumn() && KeptSql.declares(def, x.column());
                            String what = "column " + Leftover.quoted(x.column());
                            String after = after(d, x.column());
                            if (declared) out.add(new KeptSql(table, what, def, KeptSql.Place.COLUMN, after));
                            // A column of no type, or of one pull cannot read, holds values: a rebuild declares it and copies them.
                            else if (x.shape() instanceof Leftover.Shape.Declared s && KeptSql.declares(s.sql(), x.column())) {
                                out.add(new KeptSql(table, what, s.sql(), KeptSql.Place.STORED_COLUMN, after));
                            } else out.add(new KeptSql(table, what, "", KeptSql.Place.NONE));
                        }
                    }
                    case DEFAULT -> {
                        String what = "the default of column " + Leftover.quoted(x.column());
                        out.add(x.shape() instanceof Leftover.Shape.Declared s && KeptSql.declares(s.sql(), x.column())
                                ? new KeptSql(table, what, s.sql(), KeptSql.Place.DEFAULT) : new KeptSql(table, what, "", KeptSql.Place.NONE));
                    }
                    default -> { }
                }
            }
            return out;
        }

        /**
         * The zero date defaults of a MySQL or MariaDB table (pull noted each, SC968): the history keeps them
         * ({@link KeptSql#zeroDateDefault}) so that a later migration altering the table runs where MySQL allows them.
         */
        private List<KeptSql> zeroDateDefaults(Table d) {
            return leftovers.stream().filter(x -> x.kind() == Leftover.Kind.DEFAULT && d.name().equals(x.table())
                            && x.column() != null && KeptSql.isZeroDate(x.definition()))
                    .map(x -> new KeptSql(d.name(), "the default of column " + Leftover.quoted(x.column()),
                            id(x.column()) + " DEFAULT " + x.definition().strip(), KeptSql.Place.ZERO_DATE))
                    .toList();
        }

        /**
         * The generated columns of a PostgreSQL, MySQL or MariaDB table the model lacks (pull noted each, SC966), as
         * their definitions: the engine keeps each through every migration, and the history keeps it
         * ({@link KeptSql#generated}) so that {@code migrate} refuses a change of a column it reads that the engine
         * would refuse or that would leave the definition naming what is gone (SC573).
         */
        /** What pull read on a PostgreSQL generated column ({@link Leftover.Shape.Generated}), or none. */
        private static List<String> held(Leftover x) {
            return x.shape() instanceof Leftover.Shape.Generated g ? g.held() : List.of();
        }

        private List<KeptSql> generatedColumns(Table d, Table m) {
            var place = engine == DbEngine.POSTGRES ? KeptSql.Place.GENERATED_POSTGRES : KeptSql.Place.GENERATED_MYSQL;
            return leftovers.stream().filter(x -> x.computedColumn() && d.name().equals(x.table()) && x.column() != null
                            && x.definition() != null && (m == null || m.column(x.column()).isEmpty()))
                    .map(x -> new KeptSql(d.name(), "generated column " + Leftover.quoted(x.column()),
                            dev.schemac.render.sql.Sql.id(engine.dialect(), x.column()) + " " + x.definition().strip(), place, null,
                            held(x), held(x).isEmpty() || engine != DbEngine.POSTGRES ? null : live.source().schema()))
                    .toList();
        }

        /**
         * The column of the pulled table {@code d} that {@code column} comes right after in the database, skipping the
         * ones pull left out ({@code ""}: none comes before it; null: the database's order is unknown).
         */
        private String after(Table d, String column) {
            var info = live.info(d.name());
            if (info == null) return null;
            String before = "";
            for (String c : info.columnOrder()) {
                if (c.equalsIgnoreCase(column)) return before;
                if (d.column(c).isPresent()) before = c;
            }
            return null;
        }

        /** A foreign key clause; the actions are SQLite's own words for them. */
        private static String references(Leftover.Shape.Reference r) {
            return "FOREIGN KEY (" + ids(r.columns()) + ") REFERENCES " + id(r.table())
                    + (r.referencedColumns().isEmpty() ? "" : " (" + ids(r.referencedColumns()) + ")")
                    + " ON DELETE " + r.onDelete() + " ON UPDATE " + r.onUpdate() + (r.deferred() ? " " + KeptSql.DEFERRED : "");
        }

        /** A key's columns, each with the collation and order the key has for it. */
        private static String keyColumns(Leftover.Shape.Key k) {
            return String.join(", ", k.columns().stream().map(c -> id(c.name()) + (c.collation() == null ? "" : " COLLATE "
                    + id(c.collation())) + (c.descending() ? " DESC" : "")).toList());
        }

        private static String id(String name) {
            return dev.schemac.render.sql.Sql.id(dev.schemac.model.Dialect.SQLITE, name);
        }

        private static String ids(List<String> names) {
            return String.join(", ", names.stream().map(Adoption::id).toList());
        }

        /**
         * The {@code @updated} trigger the database has, by its own name (a migration drops that
         * one, not the one generate would name), when pull read one.
         */
        private static String trigger(Table pulled, Table live) {
            if (pulled.updatedAtTrigger() == null) return null;
            return live.updatedAtTrigger() != null ? live.updatedAtTrigger() : pulled.updatedAtTrigger();
        }

        /**
         * Whether pull left this live foreign key out (SC971). The engine may keep no name for it
         * (SQLite): then the leftover's definition, which starts with the key's shape, tells.
         */
        private boolean leftOut(String table, ForeignKey f) {
            String shape = "FOREIGN KEY (" + String.join(", ", f.columns()) + ") REFERENCES " + f.referencedTable() + " ("
                    + String.join(", ", f.referencedColumns()) + ")";
            return leftovers.stream().anyMatch(x -> x.kind() == Leftover.Kind.FOREIGN_KEY && table.equals(x.table())
                    && (f.name() != null ? f.name().equals(x.name()) : x.definition() != null && x.definition().startsWith(shape)));
        }

        /** Whether pull left this live unique or index out (SC970), by its name or, unnamed, its definition. */
        private boolean leftOut(String table, String name, String keyword, List<String> columns) {
            String shape = keyword + " (" + String.join(", ", columns) + ")";
            return leftovers.stream().anyMatch(x -> x.kind() == Leftover.Kind.INDEX && table.equals(x.table())
                    && (name != null ? name.equals(x.name()) : x.name() == null && shape.equals(x.definition())));
        }

        /**
         * A database column in the model's terms, belonging to {@code field} (the model's, or a hint's old name);
         * {@code strict}: the column is of a SQLite STRICT table, which migrations keep STRICT.
         */
        private Column column(Column c, Column m, String field, boolean strict) {
            ColumnType type = type(c.type());
            if (m == null) {
                return new Column(c.name(), null, type, c.nullable(), c.defaultValue(), c.autoIncrement(), c.updatedAt(),
                        c.doc(), false, false, c.referencedColumn());
            }
            if (!type.isEnum() && !m.type().isEnum() && !type.equals(m.type())
                    && (NativeTypes.rendered(engine, type).equals(NativeTypes.rendered(engine, m.type()))
                    || engine == DbEngine.SQLITE && c.autoIncrement() && m.autoIncrement()
                    || engine == DbEngine.SQLITE && c.isForeignKey() && m.isForeignKey() && type.kind().isInteger()
                    && m.type().kind().isInteger()
                    || strict && TypeTable.sqliteStrict(type).equals(TypeTable.sqliteStrict(m.type())))) {
                // One type on this engine: SQLite's autoincrement key is always INTEGER, and pull gives a foreign key
                // column its key's type, while every SQLite integer is the same 64-bit value. A STRICT table declares
                // each column with the STRICT type of its field's (as migrations keep it), whatever the field's type.
                type = m.type();
            }
            ColumnDefault live = c.defaultValue();
            // A bool field of a STRICT table is an INTEGER column, whose default SQLite reads as the number 1 or 0.
            if (type.kind() == ScalarKind.BOOL && !type.isEnum() && live instanceof ColumnDefault.Number n
                    && (n.value().signum() == 0 || n.value().compareTo(java.math.BigDecimal.ONE) == 0)) {
                live = new ColumnDefault.Bool(n.value().signum() != 0);
            }
            var def = StructuralComparison.sameDefault(live, m.defaultValue()) ? m.defaultValue() : live;
            // SQLite keeps a column's comment only as a line in the CREATE TABLE text, which Alembic and other tools
            // do not write: as for a table's, it is no drift there.
            String doc = engine == DbEngine.SQLITE || Objects.equals(StructuralComparison.norm(c.comment()),
                    StructuralComparison.norm(m.comment())) ? m.doc() : c.doc();
            // pii and secret are the model's alone: no database stores them.
            return new Column(c.name(), field, type, c.nullable(), def, c.autoIncrement(), c.updatedAt(), doc, m.pii(),
                    m.secret(), m.referencedColumn());
        }

        private interface Rebuild<T> {
            /** {@code live} under {@code name}, with what only the model says taken from {@code model} (may be null). */
            T make(T live, String name, T model);
        }

        /**
         * Each live constraint beside the model's: the same name and shape is the model's own
         * (the field a key belongs to comes with it). A constraint the engine keeps no name for
         * takes the model's name if the model has one of its shape, else the pulled model's.
         */
        private static <T> List<T> adopt(List<T> live, List<T> model, List<T> pulled, Function<T, String> name,
                                         Function<T, Object> shape, Rebuild<T> rebuild) {
            var out = new ArrayList<T>();
            var left = new ArrayList<>(model);
            for (T l : live) {
                String kept = name.apply(l);
                T m = left.stream().filter(x -> (kept == null || kept.equals(name.apply(x))) && shape.apply(x).equals(shape.apply(l)))
                        .findFirst().orElse(null);
                if (m != null) left.remove(m);
                String n = kept;
                if (n == null) {
                    n = m != null ? name.apply(m) : pulled.stream().filter(x -> shape.apply(x).equals(shape.apply(l)))
                            .map(name).filter(Objects::nonNull).findFirst().orElse("unnamed " + shown(shape.apply(l)));
                }
                out.add(rebuild.make(l, n, m));
            }
            return out;
        }

        /**
         * A constraint's shape in words, for one the engine keeps no name for: a key or index by
         * its columns, {@code (a, b)}; a foreign key by its columns and what they reference,
         * {@code (a, b) references parent (pa, pb)}.
         */
        private static String shown(Object shape) {
            if (!(shape instanceof List<?> parts)) return String.valueOf(shape);
            if (parts.stream().noneMatch(p -> p instanceof List<?>)) return columns(parts);
            if (parts.size() == 3 && parts.get(0) instanceof List<?> from && parts.get(2) instanceof List<?> to) {
                return columns(from) + " references " + parts.get(1) + " " + columns(to);
            }
            return parts.stream().map(p -> p instanceof List<?> l ? columns(l) : String.valueOf(p)).collect(Collectors.joining(" "));
        }

        private static String columns(List<?> names) {
            return names.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
        }

        // --- checks

        /**
         * The pulled checks, compared in what this engine keeps of them: a check of enum
         * membership only (outside SQLite) is the pulled model's own derivation from the
         * enum, not something the database holds, and enum values are compared as enums.
         */
        private List<Check> checks(Table d, Table m) {
            Table liveTable = live.catalog().table(d.name()).orElse(null);
            var out = new ArrayList<Check>();
            var left = m == null ? new ArrayList<Check>() : new ArrayList<>(m.checks());
            var unnamed = new ArrayList<String>();
            if (liveTable != null) {
                for (Check c : liveTable.checks()) if (c.name() == null) unnamed.add(kept(c));
            }
            for (Check c : d.checks()) {
                String terms = kept(c);
                Check same = left.stream().filter(x -> x.name().equals(c.name()) && kept(x).equals(terms)).findFirst().orElse(null);
                if (same == null && unnamed.remove(terms)) {
                    same = left.stream().filter(x -> kept(x).equals(terms)).findFirst().orElse(null);
                }
                if (same != null) {
                    left.remove(same);
                    out.add(same); // the same check as this engine holds it
                } else if (!terms.isEmpty()) {
                    out.add(new Check(c.name(), c.terms().stream().map(this::term).toList()));
                }
            }
            boolean keepsChecks = live.source().keepsChecks();
            for (Check c : left) {
                boolean unread = leftovers.stream().anyMatch(l -> l.kind() == Leftover.Kind.CHECK && d.name().equals(l.table())
                        && c.name().equals(l.name()));
                // A check the engine cannot hold, or one pull cannot read, is not drift.
                if (!keepsChecks || kept(c).isEmpty() || unread) out.add(c);
            }
            return out;
        }

        private Check.Term term(Check.Term t) {
            if (t instanceof Check.EnumMember e) return new Check.EnumMember(e.column(), enumName(e.enumName()), e.values());
            return t;
        }

        /** The terms of a check this engine keeps, as comparable text (empty: none). */
        private String kept(Check c) {
            var terms = c.terms().stream().filter(t -> dev.schemac.render.sql.Sql.keeps(engine.dialect(), t)).toList();
            return terms.isEmpty() ? "" : StructuralComparison.terms(new Check(c.name(), terms), engine.dialect());
        }
    }

    /** The drift as the lines {@code schemac diff} prints; changes only the diff needs (a key dropped to be added again) are folded in. */
    public static List<String> sentences(List<Change> changes) {
        var out = new ArrayList<>(dev.schemac.evolve.Describe.sentences(changes));
        if (out.isEmpty() && !changes.isEmpty()) {
            // Describe leaves out what only serves another change; alone, such a change is still drift.
            var seen = new LinkedHashMap<String, Boolean>();
            for (Change c : changes) seen.put(c.getClass().getSimpleName() + (c.table() == null ? "" : " on " + Leftover.quoted(c.table())), true);
            for (String s : seen.keySet()) out.add(s + ".");
        }
        return out;
    }
}
