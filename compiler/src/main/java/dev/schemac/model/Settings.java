package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.Map;

/**
 * The schema header, with defaults filled in. {@code span} is null when the model has no
 * header. {@code severities} maps rule codes to
 * {@code error}, {@code warning}, {@code info} or {@code off}.
 */
public record Settings(Span span, String name, String doc, String title, String feature, Dialect dialect,
                       IdStrategy ids, boolean timestamps, Naming naming, boolean strict,
                       Map<String, String> severities) {

    public Settings {
        severities = Map.copyOf(severities);
    }

    public static Settings defaults() {
        return new Settings(null, "schema", null, null, null, Dialect.SQLITE, IdStrategy.AUTOINCREMENT, true,
                Naming.SNAKE_PLURAL, false, Map.of());
    }

    /**
     * These settings with command-line overrides applied: a severity given on the command
     * line wins over the header's for the same code, and strict from either place holds.
     */
    public Settings withOverrides(Map<String, String> commandLineSeverities, boolean commandLineStrict) {
        if (commandLineSeverities.isEmpty() && !commandLineStrict) return this;
        var merged = new java.util.LinkedHashMap<>(severities);
        commandLineSeverities.forEach((code, level) -> merged.put(code.toUpperCase(java.util.Locale.ROOT), level));
        return new Settings(span, name, doc, title, feature, dialect, ids, timestamps, naming, strict || commandLineStrict,
                merged);
    }

    /** The title for documents: the explicit title, else the schema name. */
    public String displayTitle() {
        return title != null ? title : name;
    }
}
