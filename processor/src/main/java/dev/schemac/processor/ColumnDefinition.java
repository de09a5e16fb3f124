package dev.schemac.processor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @Column(columnDefinition = "...")} as the language says it: Hibernate writes the text into its DDL as the
 * column's type, so the definitions a Spring team writes for PostgreSQL ({@code "jsonb"}, {@code "varchar(40)"},
 * {@code "numeric(12,2)"}, {@code "timestamp with time zone"}, {@code "boolean default false not null"}) are read into
 * the type, default and nullability they give the column. Text that is not one of them is null: the column then is
 * the Java type's, which the caller says in a warning.
 *
 * @param type the language's type keyword; {@code sizes} its arguments
 * @param defaultText the default as a {@code .schema} literal ({@code false}, {@code 0}, {@code "x"}, {@code now()}),
 *        or null
 */
record ColumnDefinition(String type, List<Long> sizes, boolean notNull, boolean unique, String defaultText) {

    /** PostgreSQL's spellings of the types the language has, to the language's keyword. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("text", "text"),
            Map.entry("varchar", "string"), Map.entry("character varying", "string"),
            Map.entry("char", "char"), Map.entry("character", "char"),
            Map.entry("numeric", "decimal"), Map.entry("decimal", "decimal"),
            Map.entry("uuid", "uuid"),
            Map.entry("jsonb", "json"),
            Map.entry("bytea", "bytes"),
            Map.entry("timestamp with time zone", "datetime"), Map.entry("timestamptz", "datetime"),
            Map.entry("date", "date"),
            Map.entry("time", "time"), Map.entry("time without time zone", "time"),
            Map.entry("boolean", "bool"), Map.entry("bool", "bool"),
            Map.entry("smallint", "smallint"), Map.entry("int2", "smallint"),
            Map.entry("integer", "int"), Map.entry("int", "int"), Map.entry("int4", "int"),
            Map.entry("bigint", "bigint"), Map.entry("int8", "bigint"),
            Map.entry("real", "float"), Map.entry("float4", "float"),
            Map.entry("double precision", "double"), Map.entry("float8", "double"));

    /** Which of the types take a size, and how many numbers: a length (1), a precision and a scale (2). */
    private static final Map<String, Integer> SIZED = Map.of("string", 1, "char", 1, "decimal", 2);

    /** Sizes after the type's name: {@code (40)}, {@code (12, 2)}. */
    private static final Pattern SIZES = Pattern.compile("\\(\\s*(?<p>\\d{1,9})\\s*(?:,\\s*(?<s>\\d{1,9})\\s*)?\\)");

    private static final Pattern DEFAULT = Pattern.compile(
            "default (?<value>-?\\d+(?:\\.\\d+)?|true|false|'[^'\\\\\"]*'|now\\(\\)|current_timestamp|current_date)");

    /** The definition read, or null when it is not one the language can say. */
    static ColumnDefinition read(String text) {
        if (text == null) return null;
        String d = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String written = null;
        for (String name : TYPES.keySet()) {
            // The longest name that leads: "timestamp with time zone" over a shorter one.
            if (d.startsWith(name) && (d.length() == name.length() || " (".indexOf(d.charAt(name.length())) >= 0)
                    && (written == null || name.length() > written.length())) written = name;
        }
        if (written == null) return null;
        String type = TYPES.get(written);
        String rest = d.substring(written.length()).strip();
        Matcher m = SIZES.matcher(rest);
        boolean sized = m.lookingAt();
        int wanted = SIZED.getOrDefault(type, 0);
        var sizes = new java.util.ArrayList<Long>();
        if (sized) {
            sizes.add(Long.parseLong(m.group("p")));
            if (m.group("s") != null) sizes.add(Long.parseLong(m.group("s")));
            rest = rest.substring(m.end()).strip();
        }
        if (sizes.size() > wanted) return null;
        if (type.equals("decimal") && sizes.size() == 1) sizes.add(0L); // numeric(p) is numeric(p, 0)
        if (type.equals("decimal") && sizes.isEmpty()) return null;     // PostgreSQL's unbounded numeric: no decimal(p, s)
        if (type.equals("char") && sizes.isEmpty()) sizes.add(1L);       // char is char(1)
        boolean notNull = false;
        boolean unique = false;
        String defaultText = null;
        while (!rest.isEmpty()) {
            Matcher dm = DEFAULT.matcher(rest);
            if (rest.startsWith("not null")) {
                notNull = true;
                rest = rest.substring("not null".length()).strip();
            } else if (rest.startsWith("null")) {
                rest = rest.substring("null".length()).strip();
            } else if (rest.startsWith("unique")) {
                unique = true;
                rest = rest.substring("unique".length()).strip();
            } else if (defaultText == null && dm.lookingAt()) {
                defaultText = literal(dm.group("value"), text);
                rest = rest.substring(dm.end()).strip();
            } else {
                return null;
            }
        }
        return new ColumnDefinition(type, List.copyOf(sizes), notNull, unique, defaultText);
    }

    /** A PostgreSQL default as the language's literal; a quoted string keeps its case from the text as written. */
    private static String literal(String folded, String original) {
        if (folded.startsWith("'")) {
            int at = original.toLowerCase(Locale.ROOT).indexOf(folded);
            String kept = at < 0 ? folded : original.substring(at, at + folded.length());
            return "\"" + kept.substring(1, kept.length() - 1) + "\"";
        }
        return switch (folded) {
            case "current_timestamp", "current_date" -> "now()";
            default -> folded;
        };
    }

    /** The type as the language writes it: {@code decimal(12, 2)}. */
    String spelled() {
        return sizes.isEmpty() ? type : type + "(" + String.join(", ", sizes.stream().map(String::valueOf).toList()) + ")";
    }
}
