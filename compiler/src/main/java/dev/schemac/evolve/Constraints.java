package dev.schemac.evolve;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.UniqueConstraint;

/** What the diff needs to know of any named constraint or index, whatever its kind. */
public final class Constraints {
    private Constraints() {}

    public static String name(Object c) {
        if (c instanceof PrimaryKey p) return p.name();
        if (c instanceof UniqueConstraint u) return u.name();
        if (c instanceof Check k) return k.name();
        if (c instanceof Index i) return i.name();
        if (c instanceof ForeignKey f) return f.name();
        throw new IllegalArgumentException("not a constraint: " + c);
    }

    /**
     * The definition without the name and without what the database does not store
     * (why an index exists, which field a key belongs to, where it sits in the order).
     */
    static Object definition(Object c) {
        if (c instanceof PrimaryKey p) return p.columns();
        if (c instanceof UniqueConstraint u) {
            // Among which rows it holds is part of what the database stores (a partial unique index).
            return u.partial() ? java.util.List.of("unique", u.columns(), u.where()) : java.util.List.of("unique", u.columns());
        }
        if (c instanceof Check k) return k.terms();
        if (c instanceof Index i) return java.util.List.of("index", i.columns());
        if (c instanceof ForeignKey f) {
            return java.util.List.of(f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate());
        }
        throw new IllegalArgumentException("not a constraint: " + c);
    }
}
