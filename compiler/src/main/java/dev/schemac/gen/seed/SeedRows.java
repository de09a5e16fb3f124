package dev.schemac.gen.seed;

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
record SeedRows(Table table, List<Map<String, Object>> rows, List<Later> later) {

    /** Set {@code fk}'s columns of the row with key {@code key} to {@code values}. */
    record Later(ForeignKey fk, Map<String, Object> key, List<Object> values) {}
}
