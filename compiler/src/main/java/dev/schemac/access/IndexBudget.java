package dev.schemac.access;

import dev.schemac.catalog.Table;

/**
 * How many indexes a table keeps besides its primary key, and what each costs a write
 * ({@link #COST}). Rule SC705 warns past the limit; the documents state each table's count.
 */
public final class IndexBudget {
    /**
     * What the indexes of a table cost its writes, as rule SC705 and the documents both say it:
     * PostgreSQL writes a new entry into every index for an update that is not HOT, even one that
     * changes no indexed column (a shop's `orders` index on user and date doubled in size under
     * an UPDATE of status alone), and a partial index only holds the rows its WHERE admits.
     */
    public static final String COST = "every insert writes to each of them that covers the row, and so does every update on PostgreSQL"
            + " unless it is HOT (it changes no indexed column and the new row version fits in its page);"
            + " on SQLite and MySQL, every update writes to those on the columns it changes; every delete removes the row's entry from each";

    /** Past this many secondary indexes (unique constraints and foreign-key indexes included), SC705 warns. */
    public static final int LIMIT = 6;

    private IndexBudget() {}

    /** The secondary indexes of a table: its unique constraints and indexes. */
    public static int secondary(Table t) {
        return t.uniques().size() + t.indexes().size();
    }
}
