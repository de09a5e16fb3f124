package dev.schemac.gen;

import java.util.Map;

/**
 * Inputs that targets must not take from the environment: the migration timestamp (so
 * output is deterministic), the seed-data seed and row count, and free-form options by key.
 */
public record TargetOptions(String timestamp, long seed, int rows, Map<String, String> extra) {
    public static final String DEFAULT_TIMESTAMP = "20250101000000";

    public TargetOptions {
        // Validated where the value comes in (dev.schemac.config.Timestamp), the rule's one home.
        java.util.Objects.requireNonNull(timestamp, "timestamp");
        extra = Map.copyOf(extra);
    }

    public static TargetOptions defaults() {
        return new TargetOptions(DEFAULT_TIMESTAMP, 42, 5, Map.of());
    }
}
