package dev.schemac.access;

import dev.schemac.catalog.Index;
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A B-tree a query can read a table through: the primary key, a unique constraint or an
 * index of the Catalog, with the rows it covers ({@code where}, null for all of them).
 */
public record IndexCandidate(String name, Kind kind, List<String> columns, RowFilter where) {
    public IndexCandidate {
        columns = List.copyOf(columns);
    }

    public enum Kind {
        PRIMARY_KEY("primary key"), UNIQUE("unique constraint"), INDEX("index");

        private final String words;

        Kind(String words) { this.words = words; }

        /** How a sentence names this kind: "primary key", "unique constraint", "index". */
        public String words() { return words; }
    }

    /** Whether no two rows it covers share its columns' values. */
    public boolean unique() { return kind != Kind.INDEX; }

    /** The table's candidates in the order a tie between them is decided: the key, the uniques, the indexes. */
    public static List<IndexCandidate> of(Table t) {
        var out = new ArrayList<IndexCandidate>();
        out.add(new IndexCandidate(t.primaryKey().name(), Kind.PRIMARY_KEY, t.primaryKey().columns(), null));
        for (UniqueConstraint u : t.uniques()) out.add(new IndexCandidate(u.name(), Kind.UNIQUE, u.columns(), u.where()));
        for (Index i : t.indexes()) out.add(new IndexCandidate(i.name(), Kind.INDEX, i.columns(), null));
        return out;
    }
}
