package dev.schemac.gen.prisma;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.model.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * One Prisma relation: a foreign key of the Catalog seen from both ends. Prisma needs a
 * field on each model, so every foreign key gets a back field on the referenced model;
 * {@code backEntityField} is the model field that plays that part, or null when the model
 * declares none and the back field is generated.
 */
record Link(Table holder, ForeignKey fk, Table target, String backEntityField, boolean backIsList) {

    /** Every foreign key of the catalog, in table order and then key order. */
    static List<Link> all(Model model, Catalog catalog) {
        var out = new ArrayList<Link>();
        for (Table t : catalog.tables()) {
            for (int i = 0; i < t.foreignKeys().size(); i++) {
                ForeignKey fk = t.foreignKeys().get(i);
                Table target = catalog.table(fk.referencedTable()).orElseThrow();
                out.add(t.isJoinTable() ? joinLink(t, i, target) : entityLink(model, t, fk, target));
            }
        }
        return out;
    }

    /**
     * A join table's first key references the left side of the pair and its second the
     * right (Lowering builds them in that order); each side's list field is the back field.
     */
    private static Link joinLink(Table t, int index, Table target) {
        Table.JoinTable j = t.join();
        String entity = index == 0 ? j.leftEntity() : j.rightEntity();
        if (!entity.equals(target.entity()) || index > 1) {
            throw new IllegalStateException("join table " + t.name() + ": key " + index + " does not reference " + entity);
        }
        return new Link(t, t.foreignKeys().get(index), target, index == 0 ? j.leftField() : j.rightField(), true);
    }

    private static Link entityLink(Model model, Table t, ForeignKey fk, Table target) {
        Field f = model.requireEntity(t.entity()).requireField(fk.field());
        Relation r = f.relation();
        return new Link(t, fk, target, r.inverse(), r.kind() == Relation.Kind.MANY_TO_ONE);
    }

    /** The relation name the model gives (only to-one fields carry one into Prisma; see PrismaNames). */
    String declaredName(Model model) {
        if (holder.isJoinTable()) return null;
        return model.requireEntity(holder.entity()).requireField(fk.field()).relation().name();
    }

    boolean isSelf() { return holder.name().equals(target.name()); }

    // A foreign key is identified by its table and name; comparing whole tables would cost
    // their size on every lookup.
    @Override
    public boolean equals(Object o) {
        return o instanceof Link l && l.holder.name().equals(holder.name()) && l.fk.name().equals(fk.name());
    }

    @Override
    public int hashCode() {
        return holder.name().hashCode() * 31 + fk.name().hashCode();
    }
}
