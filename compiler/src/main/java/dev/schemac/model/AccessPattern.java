package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;

/**
 * {@code @@query("...", where: [f, ...], order: [g desc, ...])}: an access pattern the schema
 * must serve. {@code where} names the fields the query compares for equality, {@code order}
 * the fields it sorts by; a relation field stands for its key columns. A pattern with
 * neither is words only: nothing can check which index serves it.
 */
public record AccessPattern(Span span, String description, List<String> where, List<SortKey> order) {
    public AccessPattern {
        where = List.copyOf(where);
        order = List.copyOf(order);
    }

    /** A pattern in words only. */
    public AccessPattern(Span span, String description) {
        this(span, description, List.of(), List.of());
    }

    /** Whether the pattern says what it filters or sorts on, so that the index serving it can be decided. */
    public boolean structured() {
        return !where.isEmpty() || !order.isEmpty();
    }

    /** One field of {@code order}, ascending unless {@code descending}. */
    public record SortKey(String field, boolean descending) {
        /** The keyword the language writes after a field for this direction. */
        public String keyword() { return descending ? DESC : ASC; }

        public static final String ASC = "asc";
        public static final String DESC = "desc";
    }
}
