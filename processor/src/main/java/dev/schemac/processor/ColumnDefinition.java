package dev.schemac.processor;

import dev.schemac.catalog.ColumnType;
import dev.schemac.pull.DbEngine;
import dev.schemac.pull.introspect.NativeTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @Column(columnDefinition = "...")} as the language says it: Hibernate writes the text into its DDL as the
 * column's type, so the definitions a Spring team writes for PostgreSQL ({@code "jsonb"}, {@code "varchar(40)"},
 * {@code "numeric(12,2)"}, {@code "timestamp with time zone"}, {@code "boolean default false not null"}) are read into
 * the type, default and nullability they give the column. The type is read as {@code schemac pull} reads the same
 * type from PostgreSQL's catalog ({@link NativeTypes}), and only where schemac's own DDL for the type it reads is the
 * same column: otherwise the model would describe another column than Hibernate's. Text that is not such a definition
 * is null: the column then is the Java type's, which the caller says in a warning.
 *
 * @param type the language's type keyword; {@code sizes} its arguments
 * @param defaultText the default as a {@code .schema} literal ({@code false}, {@code 0}, {@code "x"}, {@code now()}),
 *        or null
 */
record ColumnDefinition(String type, List<Long> sizes, boolean notNull, boolean unique, String defaultText) {

    /** Where the type's words end: the first word that starts a clause (no PostgreSQL type has one of them). */
    private static final Pattern CLAUSE_WORD = Pattern.compile("\\b(?:not|null|unique|default)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * One clause after the type, matched on the text as written (its case and spacing are the author's), each ending
     * at a blank or the end. A quoted default doubles its quotes ({@code 'it''s'}).
     */
    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(?:(?<notNull>not\\s+null)|(?<isNull>null)|(?<unique>unique)|default\\s+(?<value>-?\\d+(?:\\.\\d+)?|true|false"
                    + "|'(?<quoted>(?:[^']|'')*)'|now\\(\\)|current_timestamp|current_date))(?=\\s|$)",
            Pattern.CASE_INSENSITIVE);

    /** The definition read, or null when it is not one the language can say. */
    static ColumnDefinition read(String text) {
        if (text == null) return null;
        Matcher word = CLAUSE_WORD.matcher(text);
        int typeEnd = word.find() ? word.start() : text.length();
        ColumnType t = type(text.substring(0, typeEnd));
        if (t == null) return null;
        boolean notNull = false;
        boolean unique = false;
        String defaultText = null;
        Matcher m = CLAUSE.matcher(text);
        int at = typeEnd;
        while (!text.substring(at).isBlank()) {
            m.region(at, text.length());
            if (!m.lookingAt()) return null;
            if (m.group("notNull") != null) {
                notNull = true;
            } else if (m.group("unique") != null) {
                unique = true;
            } else if (m.group("value") != null) {
                if (defaultText != null) return null;
                defaultText = literal(m.group("value"), m.group("quoted"));
            }
            at = m.end();
        }
        return new ColumnDefinition(t.kind().keyword(), sizes(t), notNull, unique, defaultText);
    }

    /** The type pull reads for these words, where schemac's DDL for it makes the column they make; else null. */
    private static ColumnType type(String words) {
        if (words.isBlank()) return null;
        NativeTypes.Mapped mapped = NativeTypes.map(DbEngine.POSTGRES, NativeTypes.declaredPostgres(words));
        return mapped == null || !mapped.exact() || mapped.type().isEnum() ? null : mapped.type();
    }

    private static List<Long> sizes(ColumnType t) {
        var out = new ArrayList<Long>();
        if (t.length() != null) out.add((long) t.length());
        if (t.precision() != null) out.add((long) t.precision());
        if (t.scale() != null) out.add((long) t.scale());
        return List.copyOf(out);
    }

    /** A PostgreSQL default as the language's literal; a quoted string is its characters as written, quotes undoubled. */
    private static String literal(String value, String quoted) {
        if (quoted != null) return "\"" + quoted.replace("''", "'") + "\"";
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "current_timestamp", "current_date" -> "now()";
            default -> v;
        };
    }

    /** The type as the language writes it: {@code decimal(12, 2)}. */
    String spelled() {
        return sizes.isEmpty() ? type : type + "(" + String.join(", ", sizes.stream().map(String::valueOf).toList()) + ")";
    }
}
