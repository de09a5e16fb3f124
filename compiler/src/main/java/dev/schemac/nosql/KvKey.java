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

    /**
     * The labels of one key's placeholders, {@code columns} filling them in order: each column's
     * {@link #label}, told apart within the key. A column whose name has no letter or digit is
     * spelled by its characters' Unicode names ({@code €} is {@code {euro_sign}}, not {@code {_}});
     * a label two columns would share ({@code a-b} and {@code a_b}) stays with the column written
     * exactly so, and the other gets {@code _2}, {@code _3} ... past every label of the key, so no
     * two placeholders of a key read alike.
     */
    public static List<String> labels(List<String> columns) {
        var base = new java.util.ArrayList<String>();
        for (String c : columns) base.add(legible(c));
        var out = new String[columns.size()];
        var taken = new java.util.HashSet<String>();
        for (int i = 0; i < columns.size(); i++) {
            if (base.get(i).equals(columns.get(i)) && taken.add(base.get(i))) out[i] = base.get(i);
        }
        var all = new java.util.HashSet<>(base);
        for (int i = 0; i < columns.size(); i++) {
            if (out[i] != null) continue;
            String label = base.get(i);
            for (int n = 2; taken.contains(label) || (n > 2 && all.contains(label)); n++) label = base.get(i) + "_" + n;
            taken.add(label);
            out[i] = label;
        }
        return List.of(out);
    }

    /**
     * {@link #label}, or, for a name with no letter or digit, its characters' Unicode names: how a
     * placeholder and a key's constraint or index segment spell a name, so neither is a bare {@code _}.
     */
    static String legible(String column) {
        if (column.codePoints().anyMatch(Character::isLetterOrDigit)) return label(column);
        var words = new java.util.ArrayList<String>();
        column.codePoints().forEach(c -> {
            String name = Character.getName(c);
            words.add(name == null ? String.format(java.util.Locale.ROOT, "u%04x", c)
                    : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
        });
        return String.join("_", words);
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
