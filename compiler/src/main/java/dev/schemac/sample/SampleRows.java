package dev.schemac.sample;

import dev.schemac.catalog.Table;
import java.util.List;
import java.util.Map;

/**
 * The sample rows of one table, in insert order, each a map from column to value (null,
 * Long, BigDecimal, Double, String, Boolean, LocalDate, LocalTime, LocalDateTime, byte[]).
 * {@code later} holds the foreign keys of a reference cycle: inserted as NULL, then set by
 * an UPDATE once every table has its rows.
 */
public record SampleRows(Table table, List<Map<String, Object>> rows, List<Later> later) {

    /**
     * The UPDATE of the row with key {@code key}: it sets {@code values} (its cycle's foreign
     * key columns, and each {@code @updated} column to the row's own value). {@code inserted}:
     * what those {@code @updated} columns are inserted with before it, values other than the
     * row's, so that the UPDATE changes them and the update-time machinery keeps what it sets.
     */
    public record Later(Map<String, Object> key, Map<String, Object> values, Map<String, Object> inserted) {
        public Later {
            key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
            inserted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inserted));
        }

        /** The row as the INSERT before this UPDATE writes it. */
        public Map<String, Object> asInserted(Map<String, Object> row) {
            if (inserted.isEmpty()) return row;
            var out = new java.util.LinkedHashMap<>(row);
            out.putAll(inserted);
            return out;
        }
    }

    /** The UPDATE of the row, or null when it has none. */
    public Later laterOf(Map<String, Object> row) {
        for (Later l : later) {
            if (l.key().entrySet().stream().allMatch(k -> java.util.Objects.equals(row.get(k.getKey()), k.getValue()))) return l;
        }
        return null;
    }

    /**
     * The rows as they stand once every {@link Later} update has run: what a store that needs
     * no insert order (documents, keys) holds.
     */
    public List<Map<String, Object>> settled() {
        if (later.isEmpty()) return rows;
        var out = new java.util.ArrayList<Map<String, Object>>();
        for (Map<String, Object> row : rows) {
            var copy = new java.util.LinkedHashMap<>(row);
            Later l = laterOf(row);
            if (l != null) copy.putAll(l.values());
            out.add(copy);
        }
        return out;
    }
}
