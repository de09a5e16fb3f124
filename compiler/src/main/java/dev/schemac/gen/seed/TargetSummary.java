package dev.schemac.gen.seed;

import dev.schemac.gen.TargetOptions;

/** The options that decide the sample rows, as the files state them so a reader can regenerate them. */
record TargetSummary(TargetOptions options) {
    String text() {
        return "--seed " + options.seed() + " --rows " + options.rows() + " --timestamp " + options.timestamp();
    }
}
