package dev.schemac.sample;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.InsertOrder;
import dev.schemac.catalog.Table;
import dev.schemac.model.ScalarKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why a table stopped short of the rows asked: a required reference to a table with no
 * rows, a unique key with fewer distinct values than rows, or (without a proof) the
 * generator's attempts running out.
 */
final class Shortfalls {
    private final Catalog catalog;
    private final Map<String, List<Map<String, Object>>> made;

    Shortfalls(Catalog catalog, Map<String, List<Map<String, Object>>> made) {
        this.catalog = catalog;
        this.made = made;
    }

    Shortfall why(SampleData.TableState state, int asked) {
        Table t = state.plan.table;
        int have = state.rows.size();
        for (ForeignKey fk : t.foreignKeys()) {
            if (InsertOrder.required(t, fk) && !fk.referencedTable().equals(t.name())
                    && made.getOrDefault(fk.referencedTable(), List.of()).isEmpty()) {
                return new Shortfall(t.name(), have, asked, Shortfall.Reason.NO_PARENT, fk.columns(),
                        "its required reference to " + Quoted.stored(fk.referencedTable()) + " finds no row there");
            }
        }
        List<String> smallest = null;
        BigInteger size = null;
        for (List<String> group : state.plan.keyGroups) {
            BigInteger s = domain(t, group);
            if (s != null && (size == null || s.compareTo(size) < 0)) {
                size = s;
                smallest = group;
            }
        }
        if (size != null && size.compareTo(BigInteger.valueOf(asked)) < 0) {
            String what = smallest.size() == 1 ? Quoted.stored(smallest.get(0)) + " is unique and takes " + count(size, "value")
                    : "the unique key (" + String.join(", ", smallest.stream().map(c -> Quoted.stored(c)).toList()) + ") takes "
                            + count(size, "combination");
            return new Shortfall(t.name(), have, asked, Shortfall.Reason.DOMAIN_TOO_SMALL, smallest, what + domainNote(t, smallest));
        }
        return new Shortfall(t.name(), have, asked, Shortfall.Reason.GAVE_UP, List.of(),
                "no further row satisfied its keys, uniques and checks together within the generator's attempts");
    }

    private static String count(BigInteger n, String noun) {
        return n + " " + noun + (n.equals(BigInteger.ONE) ? "" : "s");
    }

    private String domainNote(Table t, List<String> group) {
        var notes = new ArrayList<String>();
        for (String col : group) {
            Column c = t.requireColumn(col);
            if (c.type().isEnum()) notes.add("enum " + Quoted.name(c.type().enumName()));
            else if (c.type().kind().isText()) notes.add(group.size() == 1 ? "its @pattern" : "the @pattern of " + Quoted.stored(col));
            else if (c.isForeignKey()) {
                t.foreignKeys().stream().filter(fk -> fk.columns().contains(col)).findFirst()
                        .ifPresent(fk -> notes.add("rows of " + Quoted.stored(fk.referencedTable())));
            }
        }
        return notes.isEmpty() ? "" : " (" + String.join(", ", notes.stream().distinct().toList()) + ")";
    }

    /**
     * How many distinct tuples the key can take, or null when that is unbounded for the
     * sample (text, nullable columns, wide numbers).
     */
    private BigInteger domain(Table t, List<String> group) {
        BigInteger size = BigInteger.ONE;
        var counted = new ArrayList<ForeignKey>();
        for (String col : group) {
            Column c = t.requireColumn(col);
            if (c.autoIncrement() || c.nullable()) return null;
            if (c.isForeignKey()) {
                ForeignKey fk = t.foreignKeys().stream().filter(f -> f.columns().contains(col)).findFirst().orElseThrow();
                if (counted.contains(fk)) continue;
                counted.add(fk);
                size = size.multiply(BigInteger.valueOf(made.getOrDefault(fk.referencedTable(), List.of()).size()));
                continue;
            }
            BigInteger s = values(t, c);
            if (s == null) return null;
            size = size.multiply(s);
        }
        return size;
    }

    private BigInteger values(Table t, Column c) {
        if (c.type().isEnum()) return BigInteger.valueOf(catalog.enumDef(c.type().enumName()).orElseThrow().values().size());
        if (c.type().kind() == ScalarKind.BOOL) return BigInteger.TWO;
        if (Ordinal.applies(c.type())) {
            var terms = ColumnValues.termsOn(t, c.name());
            var o = Ordinal.forSample(c.type(), terms);
            BigDecimal[] r = ColumnValues.sampled(o, terms);
            if (r[0].compareTo(r[1]) > 0) return BigInteger.ZERO;
            return r[1].subtract(r[0]).divide(o.step(), 0, RoundingMode.FLOOR).toBigInteger().add(BigInteger.ONE);
        }
        if (c.type().kind().isText()) return patternValues(t, c);
        return null;
    }

    /** A text column's values when its {@code @pattern} spells out a finite language (within its lengths), else null. */
    private static BigInteger patternValues(Table t, Column c) {
        // The generator writes no empty text: its domain starts at one character.
        int min = 1, max = c.type().length() != null ? c.type().length() : Integer.MAX_VALUE;
        String regex = null;
        for (var term : ColumnValues.termsOn(t, c.name())) {
            if (term instanceof dev.schemac.catalog.Check.Length l) {
                if (l.min() != null) min = Math.max(min, l.min());
                if (l.max() != null) max = Math.min(max, l.max());
            }
            if (term instanceof dev.schemac.catalog.Check.Pattern p) regex = p.regex();
        }
        return regex == null ? null : PatternCount.of(regex, min, max);
    }
}
