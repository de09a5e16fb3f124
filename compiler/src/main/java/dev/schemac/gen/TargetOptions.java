package dev.schemac.gen;

import java.util.Map;

/**
 * Inputs that targets must not take from the environment: the migration timestamp (so
 * output is deterministic), the seed-data seed and row count, free-form options by key,
 * and the migration history already in the output folder (read by the command line).
 */
public record TargetOptions(String timestamp, long seed, int rows, Map<String, String> extra,
                            dev.schemac.evolve.History history) {
    public static final String DEFAULT_TIMESTAMP = "20250101000000";
    public static final int DEFAULT_SEED = 42;
    public static final int DEFAULT_ROWS = 5;

    public TargetOptions {
        // Validated where the value comes in (dev.schemac.config.Timestamp), the rule's one home.
        java.util.Objects.requireNonNull(timestamp, "timestamp");
        extra = Map.copyOf(extra);
        if (history == null) history = dev.schemac.evolve.History.EMPTY;
    }

    /** Without a migration history (an output folder with no migrations yet). */
    public TargetOptions(String timestamp, long seed, int rows, Map<String, String> extra) {
        this(timestamp, seed, rows, extra, dev.schemac.evolve.History.EMPTY);
    }

    /** The same options over the migration history read from the output folder. */
    public TargetOptions withHistory(dev.schemac.evolve.History h) {
        return new TargetOptions(timestamp, seed, rows, extra, h);
    }

    public static TargetOptions defaults() {
        return new TargetOptions(DEFAULT_TIMESTAMP, DEFAULT_SEED, DEFAULT_ROWS, Map.of());
    }
}
