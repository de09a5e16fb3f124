package dev.schemac.sample;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
 * Deterministic sample rows for a Catalog: one PRNG seeded from the options, tables in the
 * Catalog's dependency order so every foreign key points at a row already made, and each
 * row kept only when the generator itself has checked it against the table's keys,
 * uniques and checks. Rows that cannot be made are left out and said so in {@link #gaps()}.
 */
public final class SampleData {
    private static final int ATTEMPTS = 40;

    private final Catalog catalog;
    private final int rowCount;
    private final Random random;
    private final ColumnValues values;
    private final Map<String, List<Map<String, Object>>> made = new HashMap<>();
    private final List<String> gaps = new ArrayList<>();

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
        this.values = new ColumnValues(random, base(timestamp));
    }

    /** The instant a timestamp names: the base every generated time is counted from. */
    public static LocalDateTime base(String timestamp) {
        return LocalDateTime.parse(timestamp, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    /** The tables that got fewer rows than asked, each with the reason (after {@link #generate}). */
    public List<String> gaps() { return gaps; }

    /** The rows of every table, in the Catalog's order. Call once. */
    public List<SampleRows> generate() {
        var out = new ArrayList<SampleRows>();
        for (Table t : catalog.tables()) out.add(new SampleRows(t, rows(t), new ArrayList<>()));
        for (SampleRows s : out) s.later().addAll(cycleKeys(s));
        return out;
    }

    private List<Map<String, Object>> rows(Table t) {
        var rows = new ArrayList<Map<String, Object>>();
        made.put(t.name(), rows);
        var groups = keyGroups(t);
        var seen = new ArrayList<Set<List<Object>>>();
        for (int i = 0; i < groups.size(); i++) seen.add(new HashSet<>());
        long nextId = 1;
        for (int n = 1; n <= rowCount; n++) {
            Map<String, Object> row = null;
            for (int attempt = 0; attempt < ATTEMPTS && row == null; attempt++) {
                var candidate = candidate(t, n, nextId);
                if (candidate != null && accepted(t, candidate, groups, seen)) row = candidate;
            }
            if (row == null) {
                gaps.add(t.name() + ": " + rows.size() + " of " + rowCount
                        + " rows, because no further row satisfies its keys, uniques and checks together");
                break;
            }
            for (int i = 0; i < groups.size(); i++) {
                List<Object> tuple = tuple(row, groups.get(i));
                if (tuple != null) seen.get(i).add(tuple);
            }
            rows.add(row);
            nextId++;
        }
        return rows;
    }

    private static List<List<String>> keyGroups(Table t) {
        var out = new ArrayList<List<String>>();
        out.add(t.primaryKey().columns());
        for (UniqueConstraint u : t.uniques()) out.add(u.columns());
        return out;
    }

    /** A key tuple, or null when a column is NULL (SQL never counts those as duplicates). */
    private static List<Object> tuple(Map<String, Object> row, List<String> columns) {
        var out = new ArrayList<Object>();
        for (String c : columns) {
            Object v = row.get(c);
            if (v == null) return null;
            out.add(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v);
        }
        return out;
    }

    private Map<String, Object> candidate(Table t, int n, long nextId) {
        var row = new LinkedHashMap<String, Object>();
        for (Column c : t.columns()) {
            if (c.isForeignKey()) {
                row.put(c.name(), null);
            } else if (c.autoIncrement()) {
                row.put(c.name(), nextId);
            } else if (c.nullable() && !t.primaryKey().columns().contains(c.name()) && random.nextInt(4) == 0) {
                row.put(c.name(), null);
            } else {
                List<String> enumValues = c.type().isEnum()
                        ? catalog.enumDef(c.type().enumName()).orElseThrow().values() : null;
                row.put(c.name(), values.value(t, c, n, enumValues));
            }
        }
        for (ForeignKey fk : t.foreignKeys()) {
            boolean nullable = fk.columns().stream().allMatch(col -> t.requireColumn(col).nullable());
            if (fk.forward()) {
                if (!nullable) return null;
                continue;
            }
            List<Map<String, Object>> parents = made.get(fk.referencedTable());
            if (parents.isEmpty()) {
                if (!nullable) return null;
                continue;
            }
            Map<String, Object> parent = parents.get(random.nextInt(parents.size()));
            for (int i = 0; i < fk.columns().size(); i++) row.put(fk.columns().get(i), parent.get(fk.referencedColumns().get(i)));
        }
        for (Check ch : t.checks()) {
            for (Check.Term term : ch.terms()) if (term instanceof Check.ColumnCompare cc) order(row, cc);
        }
        return row;
    }

    /** Makes a two-column comparison hold: swap the two values, or move the right one past the left. */
    private static void order(Map<String, Object> row, Check.ColumnCompare cc) {
        if (ColumnValues.holds(cc, row)) return;
        Object l = row.get(cc.left()), r = row.get(cc.right());
        row.put(cc.left(), r);
        row.put(cc.right(), l);
        if (ColumnValues.holds(cc, row)) return;
        switch (cc.op()) {
            case EQ -> row.put(cc.right(), row.get(cc.left()));
            case GT, GE -> row.put(cc.left(), bump(row.get(cc.left())));
            default -> row.put(cc.right(), bump(row.get(cc.right())));
        }
    }

    private static Object bump(Object v) {
        if (v instanceof Long x) return x + 1;
        if (v instanceof BigDecimal x) return x.add(BigDecimal.ONE);
        if (v instanceof LocalDate x) return x.plusDays(1);
        if (v instanceof LocalDateTime x) return x.plusHours(1);
        if (v instanceof LocalTime x) return x.plusMinutes(1);
        return v + "z";
    }

    private boolean accepted(Table t, Map<String, Object> row, List<List<String>> groups, List<Set<List<Object>>> seen) {
        for (Column c : t.columns()) {
            if (!c.nullable() && row.get(c.name()) == null) return false;
            if (c.type().kind() == ScalarKind.STRING && row.get(c.name()) instanceof String s && c.type().length() != null
                    && s.length() > c.type().length()) return false;
        }
        for (Check ch : t.checks()) for (Check.Term term : ch.terms()) if (!ColumnValues.holds(term, row)) return false;
        for (int i = 0; i < groups.size(); i++) {
            List<Object> tuple = tuple(row, groups.get(i));
            if (tuple != null && seen.get(i).contains(tuple)) return false;
        }
        return true;
    }

    /** The keys of a reference cycle, set once both tables have rows. */
    private List<SampleRows.Later> cycleKeys(SampleRows s) {
        var out = new ArrayList<SampleRows.Later>();
        for (ForeignKey fk : s.table().foreignKeys()) {
            if (!fk.forward()) continue;
            List<Map<String, Object>> parents = made.get(fk.referencedTable());
            if (parents.isEmpty()) continue;
            boolean unique = s.table().uniques().stream().anyMatch(u -> u.columns().equals(fk.columns()));
            int i = 0;
            for (Map<String, Object> row : s.rows()) {
                if (unique && i >= parents.size()) break;
                Map<String, Object> parent = unique ? parents.get(i++) : parents.get(random.nextInt(parents.size()));
                var key = new LinkedHashMap<String, Object>();
                for (String k : s.table().primaryKey().columns()) key.put(k, row.get(k));
                out.add(new SampleRows.Later(fk, key, fk.referencedColumns().stream().map(parent::get).toList()));
            }
        }
        return out;
    }
}
