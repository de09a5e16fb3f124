package dev.schemac.sample;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.InsertOrder;
import dev.schemac.catalog.Table;
import dev.schemac.memo.LastOnly;
import dev.schemac.model.ScalarKind;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic sample rows for a Catalog: one PRNG seeded from the options, each table
 * filled after the tables its required references point at (the Catalog's order where that
 * allows; an optional reference to a table filled later is set once both have rows), and each
 * row kept only when the generator itself has checked it against the table's keys,
 * uniques and checks. Values follow what each column's name says it holds
 * ({@link Meaning}), and columns that a check compares are chosen together. A table that
 * gets fewer rows than asked is reported in {@link #shortfalls()} with the reason.
 */
public final class SampleData {
    private static final int ATTEMPTS = 40;

    private final Catalog catalog;
    private final int rowCount;
    private final Random random;
    private final ColumnValues values;
    /** The time the rows are written: a provisional value of an {@code @updated} column left NULL. */
    private final LocalDateTime now;
    private final Map<String, List<Map<String, Object>>> made = new HashMap<>();
    private final Map<String, TableState> states = new HashMap<>();
    private final List<Shortfall> shortfalls = new ArrayList<>();
    private final InsertOrder insertOrder;
    private final List<Table> order;

    /**
     * @param seed the PRNG's seed
     * @param rows rows per table
     * @param timestamp {@code yyyyMMddHHmmss}: the time the rows are written (UTC), as a
     *     migration's timestamp is
     */
    public SampleData(Catalog catalog, long seed, int rows, String timestamp) {
        this.catalog = catalog;
        this.rowCount = rows;
        this.random = new Random(seed);
        this.now = base(timestamp);
        this.values = new ColumnValues(random, now);
        this.insertOrder = InsertOrder.of(catalog);
        this.order = insertOrder.tables();
    }

    /** The rows {@link #generate} makes and the tables that got fewer rows than asked. */
    public record Sample(List<SampleRows> rows, List<Shortfall> shortfalls) {}

    /** What a sample is made of: the same Catalog (by identity: it is immutable), seed, row count and timestamp make the same rows. */
    private record Inputs(Catalog catalog, long seed, int rows, String timestamp) {
        boolean same(Inputs o) {
            return catalog == o.catalog && seed == o.seed && rows == o.rows && timestamp.equals(o.timestamp);
        }
    }

    private static final LastOnly<Inputs, Sample> LAST = new LastOnly<>(Inputs::same);

    /**
     * {@link #generate}'s rows for these inputs, made once for all the targets of one run that
     * need them (seed, mongo, redis run at the same time, each would make the very same rows).
     * Only the last sample is kept. The rows are shared, so they are only read.
     */
    public static Sample shared(Catalog catalog, long seed, int rows, String timestamp) {
        return LAST.get(new Inputs(catalog, seed, rows, timestamp), in -> {
            var data = new SampleData(in.catalog(), in.seed(), in.rows(), in.timestamp());
            var made = data.generate();
            return new Sample(List.copyOf(made), data.shortfalls());
        });
    }

    /** Loads, ahead of the first sample, the data its text is drawn from (see {@link Realistic#warmUp}). */
    public static void warmUp() {
        Realistic.warmUp();
    }

    /** The instant a timestamp names: the base every generated time is counted from. */
    public static LocalDateTime base(String timestamp) {
        return LocalDateTime.parse(timestamp, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    /** The tables that got fewer rows than asked, each with the reason (after {@link #generate}). */
    public List<Shortfall> shortfalls() { return List.copyOf(shortfalls); }

    /**
     * The rows of every table, in the order they are inserted: each table after the tables its
     * required references point at. Call once.
     */
    public List<SampleRows> generate() {
        var blocked = new Feasibility(catalog, rowCount).blocked();
        var out = new ArrayList<SampleRows>();
        for (Table t : order) {
            var plan = new TablePlan(t, catalog);
            var state = new TableState(plan);
            states.put(t.name(), state);
            link(state);
            made.put(t.name(), state.rows);
            Shortfall proven = blocked.get(t.name());
            if (proven != null) {
                shortfalls.add(proven);
            } else {
                fill(state);
            }
            out.add(new SampleRows(t, state.rows, new ArrayList<>()));
        }
        for (SampleRows s : out) s.later().addAll(cycleKeys(s));
        return out;
    }

    /**
     * After {@link #generate}: {@code count} more rows per table that fit beside the rows
     * already made (their uniques unused, their references to those rows), with every
     * autoincrement key left NULL for the database to assign. What an application inserts
     * next; the tests insert them to prove the seeded database takes new rows.
     */
    public List<SampleRows> more(int count) {
        // The new rows may refer to the rows made before and to the new rows of tables before them;
        // a new autoincrement key is the one the database assigns next, one past the seeded ids.
        var pool = new HashMap<String, List<Map<String, Object>>>();
        var out = new ArrayList<SampleRows>();
        for (Table t : order) {
            TableState state = states.get(t.name());
            var parents = new ArrayList<>(state.rows);
            pool.put(t.name(), parents);
            var extras = new ArrayList<Map<String, Object>>();
            for (int i = 1; i <= count && !state.rows.isEmpty(); i++) {
                Map<String, Object> row = attempt(state, state.rows.size() + i, pool);
                if (row == null) break;
                state.remember(row);
                var stored = new LinkedHashMap<>(row);
                for (Column c : t.columns()) if (c.autoIncrement()) stored.put(c.name(), null);
                extras.add(stored);
                parents.add(row);
            }
            out.add(new SampleRows(t, extras, new ArrayList<>()));
        }
        return out;
    }

    private void fill(TableState state) {
        for (int n = 1; n <= rowCount; n++) {
            Map<String, Object> row = attempt(state, n, made);
            if (row == null) {
                shortfalls.add(new Shortfalls(catalog, made).why(state, rowCount));
                return;
            }
            state.remember(row);
            state.rows.add(row);
        }
    }

    private Map<String, Object> attempt(TableState state, int n, Map<String, List<Map<String, Object>>> parents) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var candidate = candidate(state, n, attempt, parents);
            if (candidate != null && state.accepts(candidate)) return candidate;
        }
        return null;
    }

    private Map<String, Object> candidate(TableState state, int n, int attempt, Map<String, List<Map<String, Object>>> parents) {
        TablePlan p = state.plan;
        List<Column> columns = p.table.columns();
        values.newRow();
        // The row is built by column position; a map is made only for a row that gets this far.
        Object[] cells = new Object[columns.size()];
        var olderParents = new ArrayList<Object>();
        for (int i = 0; i < cells.length; i++) if (columns.get(i).autoIncrement()) cells[i] = state.nextId;
        for (int r = 0; r < p.references.size(); r++) {
            TablePlan.Reference ref = p.references.get(r);
            ForeignKey fk = ref.fk();
            // A table filled later has no rows yet (null): its optional reference is set afterwards.
            List<Map<String, Object>> candidates = state.later[r] ? null : parents.get(fk.referencedTable());
            if (candidates == null || candidates.isEmpty()) {
                if (!ref.nullable()) return null;
                continue;
            }
            Map<String, Object> parent;
            if (ref.unique()) {
                parent = candidates.get(state.permutation(ref.permutation(), candidates.size(), random).get((n - 1 + attempt) % candidates.size()));
            } else {
                // Rows are created oldest first, a year's slot each: a row refers to a parent of its own slot or an earlier one.
                Column parentCreated = state.olderFirst[r];
                int limit = parentCreated != null ? Math.min(candidates.size(), n) : candidates.size();
                parent = candidates.get(random.nextInt(limit));
                if (parentCreated != null) olderParents.add(parent.get(parentCreated.name()));
            }
            for (int i = 0; i < ref.columns().length; i++) cells[ref.columns()[i]] = parent.get(fk.referencedColumns().get(i));
        }
        boolean[] chosen = new boolean[cells.length];
        for (ColumnPlan cp : p.order) {
            Column c = cp.column;
            if (c.nullable() && !cp.keyPart && leftNull(cp, n, attempt) && !lastChance(state, c, n)) {
                chosen[cp.index] = true;
                continue;
            }
            Object v;
            if (c.type().isEnum()) {
                List<String> labels = cp.labels;
                if (labels == null) throw new java.util.NoSuchElementException("no enum " + c.type().enumName());
                v = labels.get(state.permutation(cp.permutation, labels.size(), random).get((n - 1 + attempt) % labels.size()));
            } else {
                v = values.value(cp, new ColumnValues.Ask(n, rowCount, cp.related(cells, chosen), state.taken(cp)));
            }
            if (v == null && !c.nullable()) return null;
            cells[cp.index] = v;
            chosen[cp.index] = true;
        }
        // A row is created no earlier than the rows it refers to; the later attempts let that go, so the checks always win.
        if (p.createdIndex >= 0 && attempt < ATTEMPTS / 2) {
            for (Object parentCreated : olderParents) if (earlier(cells[p.createdIndex], parentCreated)) return null;
        }
        var row = new LinkedHashMap<String, Object>(cells.length * 4 / 3 + 1);
        for (int i = 0; i < cells.length; i++) row.put(columns.get(i).name(), cells[i]);
        return row;
    }

    /**
     * Works out, once the table's state is in place, which of its references point at a table
     * filled later and which parents' creation times its rows keep after: the same for every row.
     */
    private void link(TableState state) {
        List<TablePlan.Reference> refs = state.plan.references;
        for (int r = 0; r < refs.size(); r++) {
            state.later[r] = later(state.plan.table, refs.get(r).fk());
            state.olderFirst[r] = olderFirst(state.plan.table, refs.get(r).fk());
        }
    }

    /** The referenced table's creation column when both tables have one of the same type (else null). */
    private Column olderFirst(Table t, ForeignKey fk) {
        TableState parent = states.get(fk.referencedTable());
        if (parent == null || fk.referencedTable().equals(t.name())) return null;
        Column mine = states.get(t.name()).plan.created(), theirs = parent.plan.created();
        return mine != null && theirs != null && mine.type().kind() == theirs.type().kind() ? theirs : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean earlier(Object a, Object b) {
        return a instanceof Comparable x && b != null && x.getClass() == b.getClass() && x.compareTo(b) < 0;
    }

    /**
     * Whether an optional column stays NULL in this row: a quarter lack an optional value; a
     * soft-delete mark is set on every fifth row only (by the row's number, not by chance, so
     * that few rows are deleted at any row count; the last-chance row of {@link #lastChance}
     * aside), and never on the later attempts at a row, which may need it NULL to fit.
     */
    private boolean leftNull(ColumnPlan c, int n, int attempt) {
        if (c.softDelete) return n % 5 != 0 || attempt >= ATTEMPTS / 2;
        return random.nextInt(4) == 0;
    }

    /**
     * The last row of three or more gives an optional column that every earlier row left
     * NULL a value, so the sample shows each column holding one (one deleted user in five).
     */
    private boolean lastChance(TableState state, Column c, int n) {
        return n == rowCount && rowCount >= 3 && state.rows.stream().allMatch(r -> r.get(c.name()) == null);
    }

    /** Whether the foreign key points at a table filled after its own. */
    private boolean later(Table t, ForeignKey fk) {
        return insertOrder.setLater(t, fk);
    }

    /**
     * The keys of a reference cycle, set once both tables have rows: one UPDATE per row, which
     * also sets each {@code @updated} column to the row's value. That UPDATE would otherwise
     * fire the column's machinery (the triggers, MySQL's ON UPDATE, SQLAlchemy's onupdate)
     * and store the time of the load; and since the triggers only stand aside when the UPDATE
     * changes the column, the row is inserted with another value first ({@link #provisional}).
     */
    private List<SampleRows.Later> cycleKeys(SampleRows s) {
        Table t = s.table();
        var sets = new LinkedHashMap<Map<String, Object>, LinkedHashMap<String, Object>>();
        for (ForeignKey fk : t.foreignKeys()) {
            if (!later(t, fk)) continue;
            List<Map<String, Object>> parents = made.get(fk.referencedTable());
            if (parents.isEmpty()) continue;
            boolean unique = t.uniques().stream().anyMatch(u -> u.columns().equals(fk.columns()));
            int i = 0;
            for (Map<String, Object> row : s.rows()) {
                if (unique && i >= parents.size()) break;
                Map<String, Object> parent = unique ? parents.get(i++) : parents.get(random.nextInt(parents.size()));
                var set = sets.computeIfAbsent(key(t, row), k -> new LinkedHashMap<>());
                for (int c = 0; c < fk.columns().size(); c++) set.put(fk.columns().get(c), parent.get(fk.referencedColumns().get(c)));
            }
        }
        var out = new ArrayList<SampleRows.Later>();
        for (Map<String, Object> row : s.rows()) {
            var set = sets.get(key(t, row));
            if (set == null) continue;
            var inserted = new LinkedHashMap<String, Object>();
            boolean fits = true;
            for (Column c : t.columns()) {
                // A NULL is set like any other value: inserted as another value first, so that the UPDATE changes it
                // and no trigger, ON UPDATE or onupdate stamps the load time in its place.
                if (!c.updatedAt()) continue;
                Object first = provisional(state(t), row, c, now);
                // No other value fits the checks: the optional reference stays NULL, which every check passes.
                if (first == null) fits = false;
                inserted.put(c.name(), first);
                set.put(c.name(), row.get(c.name()));
            }
            if (fits) out.add(new SampleRows.Later(key(t, row), set, inserted));
        }
        return out;
    }

    private TableState state(Table t) {
        return states.get(t.name());
    }

    private static Map<String, Object> key(Table t, Map<String, Object> row) {
        var key = new LinkedHashMap<String, Object>();
        for (String k : t.primaryKey().columns()) key.put(k, row.get(k));
        return key;
    }

    /**
     * A value of the {@code @updated} column {@code c} to insert the row with before its
     * cycle's UPDATE sets the real one: other than it, and one the row's checks accept (the
     * row's creation time, else a second or a day either side, or for a NULL the time the rows
     * are written), or null when none is.
     */
    private static Object provisional(TableState state, Map<String, Object> row, Column c, LocalDateTime now) {
        Object last = row.get(c.name());
        var candidates = new ArrayList<Object>();
        Column created = state.plan.created();
        if (created != null) candidates.add(row.get(created.name()));
        if (last instanceof java.time.LocalDateTime x) candidates.addAll(List.of(x.minusSeconds(1), x.plusSeconds(1)));
        if (last instanceof java.time.LocalDate x) candidates.addAll(List.of(x.minusDays(1), x.plusDays(1)));
        if (last instanceof java.time.LocalTime x) candidates.addAll(List.of(x.minusSeconds(1), x.plusSeconds(1)));
        if (last == null) candidates.addAll(List.of(now, now.toLocalDate(), now.toLocalTime()));
        Class<?> kind = last != null ? last.getClass() : switch (c.type().kind()) {
            case DATE -> java.time.LocalDate.class;
            case TIME -> java.time.LocalTime.class;
            default -> LocalDateTime.class;
        };
        for (Object v : candidates) {
            if (v == null || v.equals(last) || v.getClass() != kind) continue;
            var trial = new LinkedHashMap<>(row);
            trial.put(c.name(), v);
            boolean ok = true;
            for (var ch : state.plan.table.checks()) for (var term : ch.terms()) ok &= ColumnValues.holds(state.plan.table, term, trial);
            if (ok) return v;
        }
        return null;
    }

    /** What one table has made so far: its rows, the key tuples they use, the next autoincrement id. */
    static final class TableState {
        final TablePlan plan;
        final List<Map<String, Object>> rows = new ArrayList<>();
        final List<Set<List<Object>>> seen = new ArrayList<>();
        final Map<String, List<Integer>> permutations = new HashMap<>();
        /** By reference ({@link TablePlan#references}): whether it points at a table filled later. */
        final boolean[] later;
        /** By reference: the parent's creation column when a row keeps no older than its parent, else null. */
        final Column[] olderFirst;
        long nextId = 1;

        TableState(TablePlan plan) {
            this.plan = plan;
            for (int i = 0; i < plan.keyGroups.size(); i++) seen.add(new HashSet<>());
            this.later = new boolean[plan.references.size()];
            this.olderFirst = new Column[plan.references.size()];
        }

        /** A fixed shuffled order of {@code size} choices: rows take them in turn, so values spread. */
        List<Integer> permutation(String key, int size, Random random) {
            var p = permutations.get(key);
            if (p == null || p.size() != size) {
                p = new ArrayList<>();
                for (int i = 0; i < size; i++) p.add(i);
                java.util.Collections.shuffle(p, random);
                permutations.put(key, p);
            }
            return p;
        }

        /** Whether a value is already used by a column that is unique on its own. */
        java.util.function.Predicate<Object> taken(ColumnPlan c) {
            if (c.keyGroup < 0) return NEVER_TAKEN;
            Set<List<Object>> used = seen.get(c.keyGroup);
            return v -> v != null && used.contains(List.of(KeyValues.comparable(v)));
        }

        private static final java.util.function.Predicate<Object> NEVER_TAKEN = v -> false;

        boolean accepts(Map<String, Object> row) {
            Table t = plan.table;
            for (Column c : t.columns()) {
                Object v = row.get(c.name());
                if (!c.nullable() && v == null) return false;
                if (c.type().kind() == ScalarKind.STRING && v instanceof String s && c.type().length() != null
                        && s.codePointCount(0, s.length()) > c.type().length()) return false;
            }
            for (var ch : t.checks()) for (var term : ch.terms()) if (!ColumnValues.holds(t, term, row)) return false;
            for (int i = 0; i < plan.keyGroups.size(); i++) {
                List<Object> tuple = KeyValues.tuple(row, plan.keyGroups.get(i));
                if (tuple != null && seen.get(i).contains(tuple)) return false;
            }
            return true;
        }

        void remember(Map<String, Object> row) {
            for (int i = 0; i < plan.keyGroups.size(); i++) {
                List<Object> tuple = KeyValues.tuple(row, plan.keyGroups.get(i));
                if (tuple != null) seen.get(i).add(tuple);
            }
            nextId++;
        }
    }
}
