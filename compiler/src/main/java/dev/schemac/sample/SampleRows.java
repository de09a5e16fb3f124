package dev.schemac.sample;

import dev.schemac.catalog.ForeignKey;
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

    /** Set {@code fk}'s columns of the row with key {@code key} to {@code values}. */
    public record Later(ForeignKey fk, Map<String, Object> key, List<Object> values) {}

    /**
     * The rows as they stand once every {@link Later} update has run: what a store that needs
     * no insert order (documents, keys) holds.
     */
    public List<Map<String, Object>> settled() {
        if (later.isEmpty()) return rows;
        var out = new java.util.ArrayList<Map<String, Object>>();
        for (Map<String, Object> row : rows) {
            var copy = new java.util.LinkedHashMap<>(row);
            for (Later l : later) {
                boolean match = l.key().entrySet().stream().allMatch(k -> java.util.Objects.equals(row.get(k.getKey()), k.getValue()));
                if (!match) continue;
                for (int i = 0; i < l.fk().columns().size(); i++) copy.put(l.fk().columns().get(i), l.values().get(i));
            }
            out.add(copy);
        }
        return out;
    }
}
