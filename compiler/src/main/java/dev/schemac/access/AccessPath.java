package dev.schemac.access;

import dev.schemac.catalog.Table;
import dev.schemac.model.AccessPattern;
import dev.schemac.model.Entity;
import java.util.List;
import java.util.Optional;

/**
 * How one {@code @@query} reads its table. {@code equality} are the columns it compares with
 * {@code =} (a relation field's key columns included), {@code order} the columns it sorts by
 * with their directions, and {@code live} the soft-delete column the query reads as NULL (null
 * when the entity deletes for real). {@code servedBy} is the index that gives the rows in the
 * order asked for, with no scan and no sort. When none does, {@code narrowing} lists the
 * indexes that start with some of the compared columns, each with those columns: they find
 * candidate rows, and the rest of the filter and the sort happen row by row. {@code suggestion}
 * names the fields of the {@code @@index} that would serve the query, or is empty when it is
 * served, unverified, or no plain index can do better (mixed sort directions).
 */
public record AccessPath(Entity entity, AccessPattern pattern, Table table, List<String> equality, List<Sort> order,
                         String live, Optional<IndexCandidate> servedBy, List<Narrowing> narrowing,
                         List<String> suggestion) {
    public AccessPath {
        equality = List.copyOf(equality);
        order = List.copyOf(order);
        narrowing = List.copyOf(narrowing);
        suggestion = List.copyOf(suggestion);
    }

    /** A column of the order, descending or ascending. */
    public record Sort(String column, boolean descending) {}

    /** An index that finds rows by {@code columns}, its leading columns, all of them compared with {@code =}. */
    public record Narrowing(IndexCandidate index, List<String> columns) {
        public Narrowing {
            columns = List.copyOf(columns);
        }
    }

    /** Whether the pattern says what it filters and sorts on; a pattern in words only cannot be checked. */
    public boolean verified() { return pattern.structured(); }

    /** Whether an index gives the rows as asked for. */
    public boolean served() { return servedBy.isPresent(); }

    /** Whether the sort mixes ascending and descending columns, which no ascending index can give. */
    public boolean mixedOrder() {
        return order.stream().map(Sort::descending).distinct().count() > 1;
    }

    /** An index that finds exactly the rows asked for, leaving only the sort: one of {@link #narrowing}. */
    public Optional<Narrowing> findsAll() {
        return narrowing.stream().filter(n -> n.columns().size() == equality.size()).findFirst();
    }
}
