package dev.schemac.gen.sqlmodel;

import static dev.schemac.gen.sqlmodel.PyExpr.call;
import static dev.schemac.gen.sqlmodel.PyExpr.dict;
import static dev.schemac.gen.sqlmodel.PyExpr.entry;
import static dev.schemac.gen.sqlmodel.PyExpr.kw;
import static dev.schemac.gen.sqlmodel.PyExpr.raw;
import static dev.schemac.gen.sqlmodel.PyExpr.str;

import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * Relation fields as {@code Relationship(...)} attributes, on both sides. SQLAlchemy finds
 * the join itself only when one foreign key links the two tables; otherwise (self
 * relations, two keys between the same tables in either direction) both sides name the
 * key's columns, and a self many-to-one names the remote side.
 */
final class Relationships {
    private final PyModule m;
    private final Imports imports;

    Relationships(PyModule m, Imports imports) {
        this.m = m;
        this.imports = imports;
    }

    String render(Entity e, Field f) {
        imports.relationship = true;
        Relation r = f.relation();
        String target = m.entityClass(r.target());
        String attr = m.relationAttribute(e.name(), f.name());
        var args = new ArrayList<PyExpr>();
        if (r.inverse() != null) args.add(kw("back_populates", str(m.relationAttribute(r.target(), r.inverse()))));
        var sa = new ArrayList<PyExpr>();
        String annotation;
        switch (r.kind()) {
            case MANY_TO_ONE, ONE_TO_ONE -> {
                annotation = optional(target);
                Table own = table(e.name());
                ForeignKey fk = own.foreignKeyOf(f.name()).orElseThrow();
                if (ambiguous(own.name(), fk.referencedTable())) sa.add(entry("foreign_keys", str(columns(own, fk))));
                if (own.name().equals(fk.referencedTable())) sa.add(entry("remote_side", str(remote(own, fk))));
                if (postUpdate(own, fk)) sa.add(entry("post_update", raw("True")));
            }
            case ONE_TO_MANY, ONE_TO_ONE_BACK -> {
                annotation = r.kind() == Relation.Kind.ONE_TO_MANY ? "list[\"" + target + "\"]" : optional(target);
                Table other = table(r.target());
                ForeignKey fk = other.foreignKeyOf(r.inverse()).orElseThrow();
                deletes(fk.onDelete(), args);
                if (ambiguous(other.name(), fk.referencedTable())) sa.add(entry("foreign_keys", str(columns(other, fk))));
                // The back side orders the same two rows: it must leave the key to the UPDATE too.
                if (postUpdate(other, fk)) sa.add(entry("post_update", raw("True")));
            }
            default -> {
                annotation = "list[\"" + target + "\"]";
                Table link = linkTable(e.name(), f.name());
                args.add(kw("link_model", raw(m.tableClass(link.name()))));
                if (r.target().equals(e.name())) selfJoins(e, f, link, sa);
            }
        }
        if (!sa.isEmpty()) args.add(kw("sa_relationship_kwargs", dict(sa)));
        return PyExpr.layout("    ", attr + ": " + annotation + " = ", call("Relationship", args), "");
    }

    /**
     * An optional reference that closes a reference cycle between tables (Department.head to an
     * Instructor whose department is that Department) is {@code post_update} on both sides:
     * SQLAlchemy inserts the row with NULL there and sets it once the other row exists, as the
     * seed data does; without it (on either side) a flush that adds both rows raises
     * CircularDependencyError. But a {@code post_update} list side sets the keys of the loaded
     * rows that refer to a deleted row to NULL before its DELETE whatever its
     * {@code passive_deletes}: a SET NULL key ends as the database leaves it, a CASCADE key's rows
     * are deleted after, while a RESTRICT or NO ACTION key would be nulled where the database
     * refuses. Such a key stays without it: the application sets its key column once both rows exist.
     */
    private boolean postUpdate(Table t, ForeignKey fk) {
        return m.insertOrder.setLater(t, fk)
                && (fk.onDelete() == ReferentialAction.SET_NULL || fk.onDelete() == ReferentialAction.CASCADE);
    }

    private String optional(String cls) {
        imports.optional = true;
        return "Optional[\"" + cls + "\"]";
    }

    /**
     * The ORM deletes as the database does: children of a cascading key are deleted with
     * their parent (and the database may do it itself), a restricting key is left to the
     * database to refuse, and a SET NULL key is nulled by the ORM as by the database.
     */
    private static void deletes(ReferentialAction onDelete, List<PyExpr> args) {
        switch (onDelete) {
            case CASCADE -> {
                args.add(kw("cascade_delete", raw("True")));
                args.add(kw("passive_deletes", raw("True")));
            }
            case RESTRICT, NO_ACTION -> args.add(kw("passive_deletes", str("all")));
            case SET_NULL -> { }
        }
    }

    private Table table(String entity) {
        return m.catalog.tableOf(entity).orElseThrow();
    }

    private Table linkTable(String entity, String field) {
        for (Table t : m.catalog.tables()) {
            var j = t.join();
            if (j == null) continue;
            if ((j.leftEntity().equals(entity) && j.leftField().equals(field))
                    || (j.rightEntity().equals(entity) && j.rightField().equals(field))) {
                return t;
            }
        }
        throw new IllegalStateException("no join table for " + entity + "." + field);
    }

    /** More than one foreign key between the two tables, in either direction, or a self reference. */
    private boolean ambiguous(String a, String b) {
        if (a.equals(b)) return true;
        int n = 0;
        for (ForeignKey fk : table(a, m).foreignKeys()) if (fk.referencedTable().equals(b)) n++;
        for (ForeignKey fk : table(b, m).foreignKeys()) if (fk.referencedTable().equals(a)) n++;
        return n > 1;
    }

    private static Table table(String name, PyModule m) {
        return m.catalog.table(name).orElseThrow();
    }

    private String columns(Table t, ForeignKey fk) {
        String cls = m.tableClass(t.name());
        return "[" + String.join(", ", fk.columns().stream().map(c -> cls + "." + m.attribute(t, c)).toList()) + "]";
    }

    private String remote(Table t, ForeignKey fk) {
        String cls = m.tableClass(t.name());
        var cols = fk.referencedColumns().stream().map(c -> cls + "." + m.attribute(t, c)).toList();
        return cols.size() == 1 ? cols.get(0) : "[" + String.join(", ", cols) + "]";
    }

    /**
     * A self many-to-many: the owner's key is in the link's columns of this field's side
     * (the join table's left columns belong to its left field).
     */
    private void selfJoins(Entity e, Field f, Table link, List<PyExpr> sa) {
        var j = link.join();
        ForeignKey left = link.foreignKeys().get(0);
        ForeignKey right = link.foreignKeys().get(1);
        boolean isLeft = j.leftEntity().equals(e.name()) && j.leftField().equals(f.name());
        sa.add(entry("primaryjoin", str(join(e, link, isLeft ? left : right))));
        sa.add(entry("secondaryjoin", str(join(e, link, isLeft ? right : left))));
    }

    private String join(Entity e, Table link, ForeignKey fk) {
        Table own = table(e.name());
        String cls = m.entityClass(e.name());
        String linkCls = m.tableClass(link.name());
        var terms = new ArrayList<String>();
        for (int i = 0; i < fk.columns().size(); i++) {
            terms.add(cls + "." + m.attribute(own, fk.referencedColumns().get(i)) + " == " + linkCls + "."
                    + m.attribute(link, fk.columns().get(i)));
        }
        return terms.size() == 1 ? terms.get(0) : "and_(" + String.join(", ", terms) + ")";
    }
}
