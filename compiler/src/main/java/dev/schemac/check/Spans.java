package dev.schemac.check;

import dev.schemac.model.Entity;
import dev.schemac.source.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Narrower spans than the Model keeps: an entity's span covers its whole declaration, but a
 * diagnostic about its name should point at the name. Found by scanning the declaration's own
 * text, and falling back to the wider span when the text does not say (an AST built by the
 * annotation processor, or an implicit field).
 */
public final class Spans {
    private static final Pattern ENTITY_MAP = Pattern.compile("(@@map\\s*\\([^)]*\\))");

    private Spans() {}

    /** The entity's name in {@code entity Name ...}. */
    public static Span entityName(Entity e) {
        return find(e.span(), Pattern.compile("\\bentity\\s+(" + Pattern.quote(e.name()) + ")\\b"));
    }

    /** The enum's name in {@code enum Name ...}. */
    public static Span enumName(dev.schemac.model.EnumType e) {
        return find(e.span(), Pattern.compile("\\benum\\s+(" + Pattern.quote(e.name()) + ")\\b"));
    }

    /**
     * The {@code @@map} attribute of an entity, or where the table's name is given otherwise (a
     * Java annotation's value, which has no text to find it in), or the entity's name.
     */
    public static Span tableMap(Entity e) {
        Span at = find(e.span(), ENTITY_MAP);
        if (at != e.span()) return at;
        return e.tableName() != null && e.tableNameSpan() != null ? e.tableNameSpan() : entityName(e);
    }

    /** Where a field's column name is given ({@code @map}, {@code @Column(name)}), or the field. */
    public static Span columnMap(dev.schemac.model.Field f) {
        return f.columnName() != null && f.columnNameSpan() != null ? f.columnNameSpan() : f.span();
    }

    /** The first match of group 1 inside the span's text, or the span itself. */
    public static Span find(Span span, Pattern pattern) {
        String text = span.file().text();
        int first = span.file().first();
        if (span.start() < first || span.end() > span.file().end()) return span;
        Matcher m = pattern.matcher(text).region(span.start() - first, span.end() - first);
        return m.find() ? new Span(span.file(), first + m.start(1), first + m.end(1)) : span;
    }

    /** The source text a span covers. */
    public static String text(Span span) {
        return span.end() > span.file().end() ? "" : span.file().slice(span.start(), span.end());
    }
}
