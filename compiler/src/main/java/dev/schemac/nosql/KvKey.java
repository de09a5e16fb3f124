package dev.schemac.nosql;

import java.util.List;

/**
 * One kind of Redis key of the key-value design. {@code pattern} is the key with
 * {@code {column}} placeholders; each entry of the key is made from one row of
 * {@code source} (a table): {@code keyColumns} fill the placeholders in order,
 * {@code memberColumns} make the member or value (a row's id: its key columns joined by
 * {@code :}), {@code score} (a column, or null) orders a sorted set. {@code expires} says the
 * key gets the entity's TTL.
 */
public record KvKey(Kind kind, String pattern, List<String> placeholders, Structure structure, String source,
                    List<String> keyColumns, List<String> memberColumns, String score, String members, String name,
                    boolean expires) {
    public KvKey {
        placeholders = List.copyOf(placeholders);
        keyColumns = List.copyOf(keyColumns);
        memberColumns = List.copyOf(memberColumns);
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
