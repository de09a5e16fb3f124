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

    /** The title for documents: the explicit title, else the schema name. */
    public String displayTitle() {
        return title != null ? title : name;
    }
}
