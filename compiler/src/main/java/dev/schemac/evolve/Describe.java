package dev.schemac.evolve;

import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.evolve.Change.*;
import dev.schemac.lang.ModelString;
import dev.schemac.model.Dialect;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.sql.Sql;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changes of a migration in words, one sentence each, for the CLI, the Alembic
 * revision's docstring and the design documents. Constraint-level steps that only serve
 * another change (a foreign key dropped to alter its column and added again) are left out.
 */
public final class Describe {
    private Describe() {}

    /**
     * The same, and a sentence for each generated column of an adopted PostgreSQL table (as {@code from} has it) that the
     * script drops and makes again around the changes ({@link GeneratedThrough#remade}): its values are computed anew and
     * it comes last among the table's columns.
     */
    public static List<String> sentences(List<Change> changes, dev.schemac.catalog.Catalog from) {
        var out = new ArrayList<>(sentences(changes));
        var renamed = Renames.tables(changes);
        GeneratedThrough.remade(changes, from).forEach((table, kept) -> {
            for (var k : kept) {
                out.add("On PostgreSQL, generated column " + Quoted.name(k.generatedColumn()) + " of table "
                        + Quoted.name(renamed.getOrDefault(table, table)) + " is dropped, recomputed, and made again last in the table.");
            }
        });
        return out;
    }

    public static List<String> sentences(List<Change> changes) {
        var out = new ArrayList<String>();
        // A constraint dropped and added under one name is one change, said once, where it is added.
        var readded = new HashSet<String>();
        var dropped = new HashSet<String>();
        for (Change c : changes) {
            if (c instanceof AddForeignKey f) readded.add(f.key().name());
            if (c instanceof AddCheck k) readded.add(k.check().name());
            if (c instanceof AddUnique u) readded.add(Renames.ownName(changes, u.unique().name()));
            if (c instanceof DropForeignKey f) dropped.add(f.key().name());
            if (c instanceof DropCheck k) dropped.add(k.check().name());
            if (c instanceof DropUnique u) dropped.add(u.unique().name());
        }
        readded.retainAll(dropped);
        // A required column a fill gives its values is added optional and made required after the fill: one step, said with the fill.
        var filledRequired = new HashSet<Change>();
        for (Change c : changes) {
            if (c instanceof AlterColumn a && !a.to().nullable() && a.from().nullable() && a.from().equals(a.to().optional())
                    && changes.stream().anyMatch(x -> x instanceof FillColumn f && f.table().equals(a.table()) && f.column().equals(a.to().name()))) {
                filledRequired.add(c);
            }
        }
        // A rename through a temporary name (names that trade places) is said once, as the model made it.
        var before = new HashMap<String, String>();
        for (Change c : changes) {
            String s;
            if (filledRequired.contains(c)) continue;
            if (c instanceof FillColumn f && filledRequired.stream().anyMatch(x -> x instanceof AlterColumn a
                    && a.table().equals(f.table()) && a.to().name().equals(f.column()))) {
                out.add(fill(f, true));
                continue;
            }
            if (c instanceof RenameTable r && Renames.isTemporary(r.to())) s = remember(before, "", r.to(), r.from());
            else if (c instanceof RenameTable r && Renames.isTemporary(r.from())) s = sentence(new RenameTable(before.get(r.from()), r.to()), readded);
            else if (c instanceof RenameColumn r && Renames.isTemporary(r.to())) s = remember(before, r.table(), r.to(), r.from());
            else if (c instanceof RenameColumn r && Renames.isTemporary(r.from())) {
                s = sentence(new RenameColumn(r.table(), before.get(r.table() + "\u0000" + r.from()), r.to()), readded);
            } else if (c instanceof RenameConstraint r && Renames.isTemporary(r.toName())) s = remember(before, "", r.toName(), r.fromName());
            else if (c instanceof RenameConstraint r && Renames.isTemporary(r.fromName()) && before.containsKey(r.fromName())) {
                s = "Renames " + db(before.get(r.fromName())) + " to " + db(r.toName()) + ".";
            } else if (c instanceof AddIndex a && Renames.isTemporary(a.index().name())
                    || c instanceof AddUnique u && Renames.isTemporary(u.unique().name())) {
                // Made early under a temporary name, the index or unique is said where it takes its own.
                s = null;
            } else if (c instanceof RenameConstraint r && Renames.isTemporary(r.fromName()) && r.to() instanceof Index i) {
                s = sentence(new AddIndex(r.table(), i), readded);
            } else if (c instanceof RenameConstraint r && Renames.isTemporary(r.fromName()) && r.to() instanceof UniqueConstraint u) {
                s = sentence(new AddUnique(r.table(), u), readded);
            } else s = sentence(c, readded);
            if (s != null) out.add(s);
        }
        return List.copyOf(out);
    }

    private static String remember(Map<String, String> before, String space, String temporary, String name) {
        before.put(space.isEmpty() ? temporary : space + "\u0000" + temporary, name);
        return null;
    }

    /**
     * A value of an enum as the design document's enum line names it: the member, and what is
     * stored where that differs ({@code `WRY` (stored as "wry")}); the stored value alone where
     * the members are not known (a database read by pull, an old snapshot).
     */
    private static String value(EnumDef e, String stored) {
        String quoted = q(ModelString.quote(stored));
        if (e.members() == null) return "stored value " + quoted;
        String member = e.members().get(e.values().indexOf(stored));
        return member.equals(stored) ? q(member) : q(member) + " (stored as " + quoted + ")";
    }

    /** Where an enum is a type of its own ({@link Sql#enumTypeDialects}): " (a type of its own on PostgreSQL only)". */
    private static String ownType() {
        var makers = Sql.enumTypeDialects();
        if (makers.isEmpty()) return "";
        if (makers.size() == Dialect.values().length) return " (a type of its own)";
        return " (a type of its own on " + typeMakers() + " only)";
    }

    /** The dialects that make an enum a type, by name: "PostgreSQL", "PostgreSQL and MySQL". */
    private static String typeMakers() {
        var names = Sql.enumTypeDialects().stream().map(Dialect::displayName).toList();
        if (names.size() < 2) return String.join("", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String q(String s) { return Quoted.name(s); }

    /** A name the database holds (a table, column, constraint, index, view, type), as the documents write it. */
    private static String db(String s) { return Quoted.stored(s); }

    private static String verb(String name, Set<String> readded) {
        return readded.contains(name) ? "Changes" : "Adds";
    }

    /**
     * The fill of a column from the row each row refers to; {@code required}: the column is made required after it (a
     * required reference, whose every row refers to a row), else a row that refers to none keeps NULL.
     */
    private static String fill(FillColumn f, boolean required) {
        var on = new ArrayList<String>();
        for (int i = 0; i < f.by().size(); i++) on.add(db(f.by().get(i)) + " = " + Quoted.stored(f.from(), f.fromBy().get(i)));
        String head = "Fills column " + Quoted.stored(f.table(), f.column()) + " from " + Quoted.stored(f.from(), f.fromColumn())
                + " of the row each row refers to (" + String.join(", ", on) + ")";
        return required ? head + " and then makes it required, before the reference is checked."
                : head + ", before the reference is checked; a row that refers to none keeps NULL.";
    }

    private static String sentence(Change c, Set<String> readded) {
        if (c instanceof CreateTable t) return "Creates table " + db(t.t().name()) + ".";
        if (c instanceof DropTable t) return "Drops table " + db(t.t().name()) + " and its rows.";
        if (c instanceof RenameTable r) return "Renames table " + db(r.from()) + " to " + db(r.to()) + ".";
        if (c instanceof AddColumn a) return "Adds column " + Quoted.stored(a.table(), a.column().name()) + ".";
        if (c instanceof DropColumn a) return "Drops column " + Quoted.stored(a.table(), a.column().name()) + " and its values.";
        if (c instanceof RenameColumn r) return "Renames column " + Quoted.stored(r.table(), r.from()) + " to " + db(r.to()) + ".";
        if (c instanceof AlterColumn a) {
            var what = new ArrayList<String>();
            if (a.mysqlTextOnly()) {
                return "Changes column " + Quoted.stored(a.table(), a.to().name()) + " on MySQL and MariaDB only, from "
                        + TypeTable.mysqlText(a.from().type()) + " to " + TypeTable.mysqlText(a.to().type())
                        + " (SQLite and PostgreSQL have nothing to change).";
            }
            if (!a.from().type().sameLogical(a.to().type())) what.add("type");
            else if (!a.from().type().equals(a.to().type())) {
                what.add("on MySQL and MariaDB " + TypeTable.mysqlText(a.from().type()) + " to " + TypeTable.mysqlText(a.to().type()));
            }
            if (a.from().nullable() != a.to().nullable()) what.add(a.to().nullable() ? "now optional" : "now required");
            if (!Objects.equals(a.from().defaultValue(), a.to().defaultValue())) what.add("default");
            if (a.from().autoIncrement() != a.to().autoIncrement()) what.add("identity");
            if (a.from().updatedAt() != a.to().updatedAt()) what.add("@updated");
            if (!Objects.equals(a.from().comment(), a.to().comment())) what.add("comment");
            if (what.isEmpty()) what.add("enum values");
            return "Changes column " + Quoted.stored(a.table(), a.to().name()) + " (" + String.join(", ", what) + ").";
        }
        if (c instanceof SetTableComment s) return "Changes the comment of table " + db(s.table()) + ".";
        if (c instanceof FillColumn f) return fill(f, false);
        // The sentences speak for every engine at once (the CLI, Alembic's one revision): they name the dialects that make an enum a type.
        if (c instanceof CreateEnum e) return "Adds enum " + q(e.e().name()) + ownType() + ".";
        if (c instanceof DropEnum e) return "Drops enum " + q(e.e().name()) + ownType() + ".";
        if (c instanceof RenameEnum e) {
            return "Renames the " + typeMakers() + " type of enum " + q(e.to().name()) + " from " + db(e.from().typeName()) + " to " + db(e.to().typeName()) + ".";
        }
        if (c instanceof RelabelEnum e) {
            var each = new ArrayList<String>();
            e.labels().forEach((from, to) -> {
                String stored = q(ModelString.quote(from)) + " to " + q(ModelString.quote(to));
                each.add(e.to().members() == null ? stored : "of " + q(e.to().members().get(e.to().values().indexOf(to))) + " from " + stored);
            });
            return "Enum " + q(e.to().name()) + ": renames the stored value" + (each.size() == 1 ? " " : "s ") + String.join(", ", each) + ", rows and all.";
        }
        if (c instanceof AlterEnum e) {
            var added = e.to().values().stream().filter(v -> !e.from().values().contains(v)).toList();
            var removed = e.from().values().stream().filter(v -> !e.to().values().contains(v)).toList();
            var parts = new ArrayList<String>();
            if (!added.isEmpty()) parts.add("adds " + String.join(", ", added.stream().map(v -> value(e.to(), v)).toList()));
            if (!removed.isEmpty()) parts.add("removes " + String.join(", ", removed.stream().map(v -> value(e.from(), v)).toList()));
            if (parts.isEmpty()) parts.add("reorders its values");
            return "Enum " + q(e.to().name()) + ": " + String.join("; ", parts) + ".";
        }
        if (c instanceof AddPrimaryKey p) return "Sets the primary key of " + db(p.table()) + " to " + Quoted.columns(p.key().columns()) + ".";
        if (c instanceof AddUnique u) return verb(u.unique().name(), readded) + " unique constraint " + db(u.unique().name()) + " on " + db(u.table()) + ".";
        if (c instanceof DropUnique u) return readded.contains(u.unique().name()) ? null : "Drops unique constraint " + db(u.unique().name()) + ".";
        if (c instanceof AddCheck k) return verb(k.check().name(), readded) + " check " + db(k.check().name()) + " on " + db(k.table()) + ".";
        if (c instanceof DropCheck k) return readded.contains(k.check().name()) ? null : "Drops check " + db(k.check().name()) + ".";
        if (c instanceof AddIndex i) return "Adds index " + db(i.index().name()) + " on " + db(i.table()) + ".";
        if (c instanceof DropIndex i) return "Drops index " + db(i.index().name()) + ".";
        if (c instanceof AddForeignKey f) return verb(f.key().name(), readded) + " foreign key " + db(f.key().name()) + " from " + db(f.table()) + " to "
                + db(f.key().referencedTable()) + " (on delete " + f.key().onDelete().keyword().replace('_', ' ') + ").";
        if (c instanceof DropForeignKey f) return readded.contains(f.key().name()) ? null : "Drops foreign key " + db(f.key().name()) + ".";
        if (c instanceof RenameConstraint r) return "Renames " + db(r.fromName()) + " to " + db(r.toName()) + ".";
        if (c instanceof DropView v) return "Drops view " + db(v.v().name()) + " of the adopted database; the history carries it no further.";
        // Said alike of the baseline, which makes it first, and of a migration that makes a retired one again.
        if (c instanceof CreateView v) return "Makes view " + db(v.v().name()) + ", as the adopted database had it.";
        return null; // primary key drops and trigger changes serve the changes above
    }
}
