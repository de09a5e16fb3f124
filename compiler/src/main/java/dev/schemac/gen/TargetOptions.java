package dev.schemac.gen;

import java.util.Map;

/**
 * Inputs that targets must not take from the environment: the migration timestamp (so
 * output is deterministic), the seed-data seed and row count, and free-form options by key.
 */
public record TargetOptions(String timestamp, long seed, int rows, Map<String, String> extra) {
    public static final String DEFAULT_TIMESTAMP = "20250101000000";

    public TargetOptions {
        if (!timestamp.matches("\\d{14}")) throw new IllegalArgumentException("timestamp must be yyyyMMddHHmmss: " + timestamp);
        extra = Map.copyOf(extra);
    }

    public static TargetOptions defaults() {
        return new TargetOptions(DEFAULT_TIMESTAMP, 42, 5, Map.of());
    }
}
