package dev.schemac.sample;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.model.Op;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the generator knows about one column it chooses values for, worked out once per
 * table: every candidate row (rows x attempts) asks for it again, so nothing here is
 * looked up by name or recomputed per row. Columns are numbered by their position in the
 * table, and a row being built is an array in that order.
 */
final class ColumnPlan {
    final Column column;
    /** The column's position in {@code table.columns()}. */
    final int index;
    final Meaning meaning;
    /** The check terms on this column alone ({@link ColumnValues#termsOn}). */
    final List<Check.Term> terms;
    /** Part of the primary key: never left NULL. */
    final boolean keyPart;
    /** Marks a row deleted or disabled ({@link Meaning#softDelete}): set on few rows. */
    final boolean softDelete;
    /** The index of the key group that is this column alone (its used values are taken), or -1. */
    final int keyGroup;
    /** For an ordered column, its ordinals; else null. */
    final Ordinal ordinal;
    /** For an ordered column, the interval its type and its own checks allow ({@link ColumnValues#allowed}); read only. */
    final BigDecimal[] bounds;
    /** An enum column's labels (null when not an enum, or when its enum is missing), and the name of their shuffled order. */
    final List<String> labels;
    final String permutation;
    /**
     * For text that a check orders (against a literal or another column): the case its
     * values are written in, lower when the literals are, so that their order is one every
     * collation agrees on ({@link TextOrder}); null for other columns.
     */
    final Boolean orderedTextLower;
    /** The comparisons with other chosen columns, seen from this one, in the table plan's order. */
    private final List<Link> links;

    /** {@code this OP other}: the other column's position and name. */
    record Link(int other, String name, Op op) {}

    ColumnPlan(Column column, int index, Meaning meaning, List<Check.Term> terms, boolean keyPart, int keyGroup,
               List<Link> links, List<String> labels) {
        this.column = column;
        this.index = index;
        this.meaning = meaning;
        this.terms = terms;
        this.keyPart = keyPart;
        this.softDelete = Meaning.softDelete(column);
        this.keyGroup = keyGroup;
        this.links = List.copyOf(links);
        this.labels = labels;
        this.permutation = "enum:" + column.name();
        this.ordinal = Ordinal.applies(column.type()) ? Ordinal.forSample(column.type(), terms) : null;
        this.bounds = ordinal == null ? null : ColumnValues.sampled(ordinal, terms);
        this.orderedTextLower = orderedTextLower(column, terms, links);
    }

    private static Boolean orderedTextLower(Column column, List<Check.Term> terms, List<Link> links) {
        if (column.type().isEnum() || !column.type().kind().isText()) return null;
        boolean ordered = links.stream().anyMatch(l -> orders(l.op()));
        boolean lower = false, upper = false;
        for (Check.Term t : terms) {
            if (t instanceof Check.Compare c && orders(c.op()) && c.literal() instanceof String text) {
                ordered = true;
                lower |= !text.equals(text.toUpperCase(java.util.Locale.ROOT));
                upper |= !text.equals(text.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return ordered ? lower && !upper : null;
    }

    private static boolean orders(Op op) {
        return op != Op.EQ && op != Op.NE;
    }

    /** The comparisons with the columns of the row already chosen and not NULL ({@code cells} by position). */
    List<ColumnValues.Related> related(Object[] cells, boolean[] chosen) {
        if (links.isEmpty()) return List.of();
        var out = new ArrayList<ColumnValues.Related>(links.size());
        for (Link l : links) {
            Object v = cells[l.other()];
            if (chosen[l.other()] && v != null) out.add(new ColumnValues.Related(l.name(), l.op(), v));
        }
        return out;
    }
}
