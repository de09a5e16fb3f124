package dev.schemac.gen;

import java.util.Map;

/**
 * Inputs that targets must not take from the environment: the migration timestamp (so
 * output is deterministic), the seed-data seed and row count, free-form options by key,
 * the migration history already in the output folder (read by the command line), and the
 * targets the user named one by one rather than through {@code all} or the default
 * ({@link OwnDialects}: a dialect asked for by name is one whose limits are errors).
 */
public record TargetOptions(String timestamp, long seed, int rows, Map<String, String> extra,
                            dev.schemac.evolve.History history, java.util.Set<String> named) {
    public static final String DEFAULT_TIMESTAMP = "20250101000000";
    public static final int DEFAULT_SEED = 42;
    public static final int DEFAULT_ROWS = 5;

    public TargetOptions {
        // Validated where the value comes in (dev.schemac.config.Timestamp), the rule's one home.
        java.util.Objects.requireNonNull(timestamp, "timestamp");
        extra = Map.copyOf(extra);
        if (history == null) history = dev.schemac.evolve.History.EMPTY;
        named = named == null ? java.util.Set.of() : java.util.Set.copyOf(named);
    }

    /** No target named one by one. */
    public TargetOptions(String timestamp, long seed, int rows, Map<String, String> extra, dev.schemac.evolve.History history) {
        this(timestamp, seed, rows, extra, history, java.util.Set.of());
    }

    /** Without a migration history (an output folder with no migrations yet). */
    public TargetOptions(String timestamp, long seed, int rows, Map<String, String> extra) {
        this(timestamp, seed, rows, extra, dev.schemac.evolve.History.EMPTY);
    }

    /** The same options over the migration history read from the output folder. */
    public TargetOptions withHistory(dev.schemac.evolve.History h) {
        return new TargetOptions(timestamp, seed, rows, extra, h, named);
    }

    /** The same options with other free-form options. */
    public TargetOptions withExtra(Map<String, String> e) {
        return new TargetOptions(timestamp, seed, rows, e, history, named);
    }

    /** The same options with the targets the user named one by one. */
    public TargetOptions withNamed(java.util.Set<String> n) {
        return new TargetOptions(timestamp, seed, rows, extra, history, n);
    }

    public static TargetOptions defaults() {
        return new TargetOptions(DEFAULT_TIMESTAMP, DEFAULT_SEED, DEFAULT_ROWS, Map.of());
    }
}
