package dev.schemac.nosql;

import dev.schemac.naming.TargetNames;
import java.util.List;

/**
 * One kind of Redis key of the key-value design. {@code pattern} is the key with
 * {@code {column}} placeholders; each entry of the key is made from one row of
 * {@code source} (a table): {@code keyColumns} fill the placeholders in order,
 * {@code memberColumns} make the member or value (a row's id: its key columns'
 * {@link KvValues#segment}s joined by {@code :}), {@code score} (a column, or null) orders a sorted set. {@code expires} says the
 * key gets the entity's TTL. {@code via} names the relation field a relation key follows
 * ({@code User.orders}), or is null. {@code onlyWhereNull} (a column, or null) limits the
 * entries to the rows where that column is null: the live rows of a soft-deleting table, for
 * a unique constraint that holds among them only.
 */
public record KvKey(Kind kind, String pattern, List<String> placeholders, Structure structure, String source,
                    List<String> keyColumns, List<String> memberColumns, String score, String members, String name,
                    String via, boolean expires, String onlyWhereNull) {
    public KvKey {
        placeholders = List.copyOf(placeholders);
        keyColumns = List.copyOf(keyColumns);
        memberColumns = List.copyOf(memberColumns);
    }

    /** A key with an entry for every row of {@code source}. */
    public KvKey(Kind kind, String pattern, List<String> placeholders, Structure structure, String source,
                 List<String> keyColumns, List<String> memberColumns, String score, String members, String name,
                 String via, boolean expires) {
        this(kind, pattern, placeholders, structure, source, keyColumns, memberColumns, score, members, name, via, expires, null);
    }

    /** Whether {@code row} (a row of {@code source}) has an entry in this key. */
    public boolean covers(java.util.Map<String, Object> row) {
        return onlyWhereNull == null || row.get(onlyWhereNull) == null;
    }

    /** Compiled once: every key of every row of the seed data is filled, and every placeholder labelled. */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{[^{}]*\\}");

    /** The key of one entry: the pattern with its placeholders, in order, replaced by {@code values}. */
    public String fill(List<String> values) {
        var b = new StringBuilder();
        int at = 0;
        int i = 0;
        var m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            b.append(pattern, at, m.start()).append(values.get(i++));
            at = m.end();
        }
        return b.append(pattern.substring(at)).toString();
    }

    /**
     * A placeholder's label: the column's name, its letters, digits and marks of any script kept
     * ({@code {имя}}, not {@code {___}}) and anything else, a {@code :} or brace or space above
     * all, as {@code _}.
     */
    public static String label(String column) {
        return TargetNames.characters(column, TargetNames.Alphabet.UNICODE);
    }

    public enum Kind {
        /** One row, as a hash of its columns. */
        ROW,
        /** The ids of every row of the entity. */
        ALL,
        /** A unique value's row id. */
        UNIQUE,
        /** The ids of the rows related to one row (a one-to-many's or many-to-many's list side). */
        RELATION,
        /** The ids of the rows with given values of an index's columns. */
        INDEX
    }

    /** Redis data structures, by their {@code TYPE} name. */
    public enum Structure {
        HASH("hash"), STRING("string"), SET("set"), ZSET("zset");

        private final String type;

        Structure(String type) { this.type = type; }

        public String type() { return type; }
    }
}
