package dev.schemac.access;

import dev.schemac.catalog.Table;

/**
 * How many indexes a table keeps besides its primary key, and how many writes bear
 * comfortably: every insert and delete maintains all of them, every update those on the
 * columns it changes. Rule SC705 warns past the limit; the documents state each table's count.
 */
public final class IndexBudget {
    /** Past this many secondary indexes (unique constraints and foreign-key indexes included), SC705 warns. */
    public static final int LIMIT = 6;

    private IndexBudget() {}

    /** The secondary indexes of a table: its unique constraints and indexes. */
    public static int secondary(Table t) {
        return t.uniques().size() + t.indexes().size();
    }
}
