package dev.schemac.evolve;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.MysqlText;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.diag.Code;
import dev.schemac.evolve.Change.*;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.diag.Severity;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.Names;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.sql.Sql;
import dev.schemac.source.Span;
import dev.schemac.types.Binary32;
import dev.schemac.types.TypeTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The destructive-change lint of a migration: which changes can lose data or fail on
 * existing rows, each as a diagnostic at the model line that causes it. The same findings
 * become the comments at the destructive statements when the user accepts them.
 */
public final class Lint {
    private Lint() {}

    /** A destructive change and what to say about it; for an enum, {@code column} names the enum. */
    public record Finding(Change change, Code code, String table, String column, String message, String help) {}

    /**
     * The uniques and checks the migration drops, by the table's name after its renames and with
     * their columns named as they are after them. A constraint added where one of them was is
     * new only where that one let rows through the new one refuses (a tighter bound, another
     * pattern, fewer columns in a unique). Its name is no guide: a renamed table or column
     * renames the constraints derived from it, so a check that also changes (an enum column
     * renamed while a stored label of its enum is relabelled) is dropped under one name and
     * added under another.
     */
    private static Map<String, List<Object>> replaced(List<Change> changes, Map<String, String> renamedTo) {
        var out = new LinkedHashMap<String, List<Object>>();
        for (Change c : changes) {
            String table = c instanceof DropCheck k ? k.table() : c instanceof DropUnique u ? u.table()
                    : c instanceof DropPrimaryKey p ? p.table() : null;
            if (table == null) continue;
            String now = renamedTo.getOrDefault(table, table);
            var columns = Renames.columns(changes, now);
            UnaryOperator<String> renamed = x -> columns.getOrDefault(x, x);
            // A primary key given up kept its columns unique: a unique over them (a join entity given a key of its own) is no new constraint.
            out.computeIfAbsent(now, t -> new ArrayList<>()).add(c instanceof DropCheck k ? k.check().withColumns(renamed)
                    : c instanceof DropPrimaryKey p ? new UniqueConstraint(p.key().name(), p.key().columns(), UniqueConstraint.Reason.ENTITY)
                    .withColumns(renamed) : ((DropUnique) c).unique().withColumns(renamed));
        }
        return out;
    }

    /** {@code table} and the columns of {@code added} as named after the migration's renames. */
    private static boolean replacesWeaker(Map<String, List<Object>> replaced, String table, Object added, List<Change> changes, Catalog to) {
        var nt = to.table(table).orElse(null);
        Function<String, ColumnType> now =
                c -> nt == null ? null : nt.column(c).map(Column::type).orElse(null);
        Function<String, ColumnType> was = c -> changes.stream()
                .filter(x -> x instanceof AlterColumn a && a.table().equals(table) && a.to().name().equals(c))
                .map(x -> ((AlterColumn) x).from().type()).findFirst().orElseGet(() -> now.apply(c));
        return replaced.getOrDefault(table, List.of()).stream().anyMatch(old -> Tightening.weaker(old, added, was, now));
    }

    /** {@code dialect} is the one whose SQL a help quotes its names for (the model's own). */
    public static List<Finding> findings(List<Change> changes, Catalog from, Catalog to, Dialect dialect) {
        var out = new ArrayList<Finding>();
        Set<String> created = new HashSet<>();
        var renamedTo = Renames.tables(changes);
        for (Change c : changes) {
            if (c instanceof CreateTable t) created.add(t.t().name());
        }
        var replaced = replaced(changes, renamedTo);
        var splits = Split.of(changes, from, created, renamedTo);
        for (Change c : changes) {
            if (c instanceof DropTable t) {
                String merged = mergedInto(from.table(t.t().name()).orElse(t.t()), changes, created, to, dialect);
                out.add(new Finding(c, Code.DROP_TABLE, t.t().name(), null, "the migration drops table " + Quoted.stored(t.t().name())
                        + " and its rows", "if the entity was renamed, add " + Quoted.name("@@renamed_from(\"" + entityOf(t.t()) + "\")") + " to it"
                        + (merged == null ? "" : "; " + merged)));
            } else if (c instanceof DropColumn d) {
                String field = d.column().field() == null ? d.column().name() : d.column().field();
                String table = renamedTo.getOrDefault(d.table(), d.table());
                Split split = splits.stream().filter(x -> x.source().equals(table) && x.moved().contains(d.column().name())).findFirst().orElse(null);
                // Dropped before the renames, so under the table's old name; reported at the entity's line.
                out.add(new Finding(c, Code.DROP_COLUMN, table, null,
                        "the migration drops column " + Quoted.stored(d.table(), d.column().name()) + " and its values",
                        split != null ? "the values are not moved into " + Quoted.stored(split.target(), d.column().name())
                                + ", which this migration creates empty: " + split.howTo(dialect)
                                : notRenamed(d, table, field, changes, from, to, created, renamedTo, dialect)));
            } else if (c instanceof AlterColumn a) {
                Column o = a.from();
                Column n = a.to();
                // The same enum losing values is SC562's; a column moved to another enum narrows only if that one lacks a value.
                String narrowing = o.type().isEnum() && n.type().isEnum() && !o.type().equals(n.type()) ? enumNarrowing(o, n, from, to)
                        : narrowing(o.type(), n.type());
                if (narrowing == null) narrowing = enumToShortText(o, n, from);
                if (!converts(o.type(), n.type())) {
                    out.add(new Finding(c, Code.NO_CONVERSION, a.table(), n.name(), "the migration changes " + Quoted.stored(a.table(), n.name()) + " from " + spell(o.type()) + " to " + spell(n.type())
                            + ", which none of its values converts to; it fails once the table has a row",
                            "add a new field of the new type beside the old one, fill it, and drop the old one in a later migration"));
                } else if (narrowing != null) {
                    out.add(new Finding(c, Code.NARROWING, a.table(), n.name(), "the migration narrows " + Quoted.stored(a.table(), n.name()) + ": " + narrowing, "widen instead, or add a new field, copy the values, then drop the old one"));
                }
                if (o.nullable() && !n.nullable() && !filledWhole(changes, a.table(), n.name())) {
                    out.add(new Finding(c, Code.MADE_REQUIRED, a.table(), n.name(), "the migration makes " + Quoted.stored(a.table(), n.name()) + " required; it fails while a row holds NULL there",
                            fillNulls(a.table(), n, dialect)));
                }
            } else if (c instanceof AddColumn a && !created.contains(a.table())) {
                Column n = a.column();
                if (!n.nullable() && n.defaultValue() == null && !n.autoIncrement()) {
                    // A relation field takes no default: its key column can only come optional, be filled, then be made required.
                    out.add(new Finding(c, Code.REQUIRED_WITHOUT_DEFAULT, a.table(), n.name(), "the migration adds required column "
                            + Quoted.stored(a.table(), n.name()) + " without a default; it fails once the table has a row",
                            n.isForeignKey() ? "add the relation as optional first, fill it, then make it required in a later migration"
                                    : "give the field a default (`= ...`), or add it as optional first"));
                }
            } else if (c instanceof AddUnique u && !created.contains(u.table()) && !replacesWeaker(replaced, u.table(), u.unique(), changes, to)
                    && !u.unique().columns().stream().anyMatch(x -> generatedPerRow(changes, u.table(), x) || nullOnEveryRow(changes, u.table(), x))) {
                out.add(new Finding(c, Code.NEW_CONSTRAINT, u.table(), u.unique().columns().get(0), "the migration adds unique "
                        + Quoted.stored(Renames.ownName(changes, u.unique().name())) + " to " + Quoted.stored(u.table()) + "; duplicate rows make it fail",
                        "look for duplicates of " + Quoted.columns(u.unique().columns()) + " first"));
            } else if (c instanceof AddPrimaryKey p && !created.contains(p.table()) && !keyAlreadyUnique(p, changes, from, renamedTo)) {
                out.add(new Finding(c, Code.NEW_CONSTRAINT, p.table(), p.key().columns().get(0), "the migration makes "
                        + Quoted.columns(p.key().columns()) + " the primary key of " + Quoted.stored(p.table())
                        + "; duplicate rows make it fail", "look for duplicates of " + Quoted.columns(p.key().columns()) + " first"));
            } else if (c instanceof AddCheck k && !created.contains(k.table()) && !replacesWeaker(replaced, k.table(), k.check(), changes, to)
                    && !onAddedColumns(k, changes) && !wholeAlready(k, changes, from, renamedTo)
                    && !filledFromEnforcedReference(k, changes, from, to, renamedTo, dialect)) {
                if (k.check().terms().size() == 1 && k.check().terms().get(0) instanceof Check.AllOrNone whole) {
                    // Added to every optional reference of several columns by the release that began keeping them whole:
                    // a history written before it meets this check at its next migration, for a reference it already had.
                    String cols = Quoted.columns(whole.columns());
                    out.add(new Finding(c, Code.NEW_CONSTRAINT, k.table(), null, "the migration adds check " + Quoted.stored(k.check().name())
                            + " to " + Quoted.stored(k.table()) + ", which keeps the optional reference " + cols + " whole; a row with "
                            + "some of these columns NULL and others set makes it fail", "look for such rows first (`WHERE` some of "
                            + cols + " are NULL and some not), set or clear them, then migrate with --allow-destructive"));
                } else {
                    out.add(new Finding(c, Code.NEW_CONSTRAINT, k.table(), null, "the migration adds check " + Quoted.stored(k.check().name())
                            + " to " + Quoted.stored(k.table()) + "; rows that break it make it fail", "look for rows that break the check first"));
                }
            } else if (c instanceof AddCheck k && !created.contains(k.table()) && boundMoves(k, changes, dialect) != null) {
                String[] why = boundMoves(k, changes, dialect);
                out.add(new Finding(c, Code.NEW_CONSTRAINT, k.table(), why[0], why[1], "look for those rows first (" + why[2]
                        + "), move them inside the bound, then migrate with --allow-destructive"));
            } else if (c instanceof AlterEnum e) {
                var removed = e.from().values().stream().filter(v -> !e.to().values().contains(v)).toList();
                var added = e.to().values().stream().filter(v -> !e.from().values().contains(v)).toList();
                if (!removed.isEmpty()) {
                    // A member that keeps its name and changes its stored value is a RelabelEnum, renamed in place; what
                    // reaches here is a value dropped and one added (members renamed too, unknown, or clashing labels).
                    String twoSteps = "keep the old stored value under another member beside the new one, move the rows (UPDATE ... SET "
                            + "column = " + (added.isEmpty() ? "" : Quoted.name(added.get(0))) + " WHERE column = " + Quoted.name(removed.get(0))
                            + "), then remove the old member in a later migration"
                            + (!added.isEmpty() && added.get(0).equalsIgnoreCase(removed.get(0)) ? " (a change of case only goes through a third "
                            + "string: MySQL compares the two as equal)" : "");
                    String help = added.isEmpty() ? "move the rows that hold it to another value first"
                            : e.from().members() == null ? "if a value was renamed (its `@map` changed): this history's last snapshot does not "
                            + "name the enum's members (an earlier release's, or a baseline whose database values are not all the model's), "
                            + "so the rename reads as a value dropped and one added; "
                            + twoSteps + "; otherwise move the rows that hold it to another value first"
                            : "if a value was renamed, keep its member's name and change only its `@map`: `migrate` then renames the "
                            + "stored value in place, rows and all; or " + twoSteps + "; otherwise move the rows that hold it to another "
                            + "value first";
                    out.add(new Finding(c, Code.ENUM_VALUE_DROPPED, null, e.to().name(), "the migration drops value"
                            + (removed.size() == 1 ? " " : "s ") + String.join(", ", removed.stream().map(v -> Quoted.name(v)).toList())
                            + " of enum " + Quoted.name(e.to().name()), help));
                }
            }
        }
        referencedKeysChanged(changes, from, to, renamedTo, dialect, out);
        foreignKeysOverKeptColumns(changes, from, created, renamedTo, splits, dialect, out);
        return out;
    }

    /**
     * SC559's way through: the UPDATE that fills the NULLs, with the field's new default when it has one (the
     * migration sets the default but, as the engines do, leaves the rows that hold NULL as they are).
     */
    private static String fillNulls(String table, Column n, Dialect dialect) {
        String def = Sql.defaultValue(dialect, n);
        String col = Sql.id(dialect, n.name());
        return "fill the NULLs first (" + Quoted.name("UPDATE " + Sql.id(dialect, table) + " SET " + col + " = " + (def == null ? "..." : def)
                + " WHERE " + col + " IS NULL") + (def == null ? ")" : ", the field's default)");
    }

    /**
     * The help of a dropped column that no rename hint can keep: a relation to a table the migration
     * drops goes with it, and a field moved to another existing entity (a column of its name added
     * there) arrives empty, so the help gives the two steps that move its values. Else the rename hint.
     */
    private static String notRenamed(DropColumn d, String table, String field, List<Change> changes, Catalog from, Catalog to,
                                     Set<String> created, Map<String, String> renamedTo, Dialect dialect) {
        String name = d.column().name();
        Table old = from.table(d.table()).orElse(null);
        if (old != null) {
            for (ForeignKey k : old.foreignKeys()) {
                if (!k.columns().contains(name)) continue;
                boolean gone = changes.stream().anyMatch(c -> c instanceof DropTable t && t.t().name().equals(k.referencedTable()));
                if (gone) return "it goes with the relation to " + Quoted.stored(k.referencedTable()) + ", whose table this migration drops";
                String linking = k.columns().size() == 1 ? manyToMany(k, table, changes, to, renamedTo, dialect) : null;
                if (linking != null) return linking;
            }
        }
        for (Change c : changes) {
            if (!(c instanceof AddColumn a) || a.table().equals(table) || created.contains(a.table()) || !a.column().name().equals(name)
                    || a.column().isForeignKey()) continue;
            String entity = old == null ? table : entityOf(old);
            String target = a.table();
            Table into = to.table(target).orElse(null);
            ForeignKey back = into == null ? null : into.foreignKeys().stream()
                    .filter(k -> k.referencedTable().equals(table) && k.columns().size() == 1).findFirst().orElse(null);
            String s = back == null ? null : alias("s", table, target);
            String fill = back == null ? "fill it from " + Quoted.stored(table) + " with an UPDATE"
                    : "fill it (" + Quoted.name("UPDATE " + Sql.id(dialect, target) + " SET " + Sql.id(dialect, name) + " = (SELECT " + s + "." + Sql.id(dialect, name)
                    + " FROM " + Sql.id(dialect, table) + " " + s + " WHERE " + s + "." + Sql.id(dialect, back.referencedColumns().get(0)) + " = "
                    + Sql.id(dialect, target) + "." + Sql.id(dialect, back.columns().get(0)) + ")") + ")";
            return "the values are not moved into " + Quoted.stored(target, name) + ", which this migration adds empty: migrate in "
                    + "two steps: add the field to " + Quoted.name(into == null ? target : entityOf(into)) + " first and " + fill
                    + ", then remove " + Quoted.name(entity + "." + field) + " in a later migration";
        }
        String moved = intoCreated(d, table, field, changes, to, dialect);
        if (moved != null) return moved;
        return "if the field was renamed, add " + Quoted.name("@renamed_from(\"" + field + "\")") + " to it";
    }

    /**
     * An entity merged into another that stays, through the relation between them: the columns of its name the other's
     * table gets in this migration start empty. The help gives the two steps and the UPDATE that fills them, or null
     * when the migration adds no column of the dropped table's to a related table that stays.
     */
    private static String mergedInto(Table gone, List<Change> changes, Set<String> created, Catalog to, Dialect dialect) {
        var byTable = new LinkedHashMap<String, List<String>>();
        for (Change c : changes) {
            if (c instanceof AddColumn a && !created.contains(a.table()) && !a.column().isForeignKey()
                    && gone.column(a.column().name()).filter(x -> !x.isForeignKey() && !gone.primaryKey().columns().contains(x.name())).isPresent()) {
                byTable.computeIfAbsent(a.table(), x -> new ArrayList<>()).add(a.column().name());
            }
        }
        for (var e : byTable.entrySet()) {
            Table into = to.table(e.getKey()).orElse(null);
            if (into == null) continue;
            ForeignKey back = gone.foreignKeys().stream().filter(k -> k.referencedTable().equals(into.name()) && k.columns().size() == 1)
                    .findFirst().orElse(null);
            if (back == null) continue;
            String steps = "if its fields moved to " + Quoted.name(entityOf(into)) + ", their values are not moved into "
                    + Quoted.stored(into.name()) + " (" + String.join(", ", e.getValue().stream().map(Quoted::stored).toList())
                    + "), which this migration adds empty: migrate in two steps: add them to " + Quoted.name(entityOf(into)) + " first while "
                    + Quoted.name(entityOf(gone)) + " stays, ";
            String then = ", then remove " + Quoted.name(entityOf(gone)) + " in a later migration";
            // Several rows of the dropped table may point at one kept row: no UPDATE can say which row's values to keep.
            if (!gone.atMostOneRowPer(back.columns())) {
                return steps + "fill them with an UPDATE that says which row of " + Quoted.stored(gone.name()) + " each row of "
                        + Quoted.stored(into.name()) + " takes its values from (no SQL is given: " + Quoted.stored(gone.name(), back.columns().get(0)) + " is not unique, so several rows may point at one)" + then;
            }
            String dst = Sql.id(dialect, into.name());
            String g = alias("g", gone.name(), into.name());
            var sets = new ArrayList<String>();
            for (String col : e.getValue()) {
                sets.add("UPDATE " + dst + " SET " + Sql.id(dialect, col) + " = (SELECT " + g + "." + Sql.id(dialect, col) + " FROM "
                        + Sql.id(dialect, gone.name()) + " " + g + " WHERE " + g + "." + Sql.id(dialect, back.columns().get(0)) + " = " + dst + "."
                        + Sql.id(dialect, back.referencedColumns().get(0)) + ")");
            }
            return steps + "fill them (" + String.join(", ", sets.stream().map(Quoted::name).toList()) + ")" + then;
        }
        return null;
    }

    /**
     * A field moved to an entity the migration adds (no split of SC804's shape: no key the table had points at it), which
     * may take the old table's name while the old entity is renamed away from it: the new table starts empty, and the
     * help gives the two steps that move the values, with the SQL that fills it through the relation between the two.
     */
    private static String intoCreated(DropColumn d, String table, String field, List<Change> changes, Catalog to, Dialect dialect) {
        String name = d.column().name();
        Table source = to.table(table).orElse(null);
        if (source == null) return null;
        for (Change c : changes) {
            if (!(c instanceof CreateTable ct) || ct.t().join() != null) continue;
            Table into = to.table(ct.t().name()).orElse(ct.t());
            Column moved = into.column(name).orElse(null);
            if (moved == null || moved.isForeignKey()) continue;
            String col = Sql.id(dialect, name);
            String src = Sql.id(dialect, table);
            String dst = Sql.id(dialect, into.name());
            ForeignKey up = source.foreignKeys().stream().filter(k -> k.referencedTable().equals(into.name()) && k.columns().size() == 1)
                    .findFirst().orElse(null);
            ForeignKey down = into.foreignKeys().stream().filter(k -> k.referencedTable().equals(table) && k.columns().size() == 1)
                    .findFirst().orElse(null);
            String fill;
            if (up == null && down == null) continue;
            if (down != null) {
                fill = "fill it (" + Quoted.name("INSERT INTO " + dst + " (" + Sql.id(dialect, down.columns().get(0)) + ", " + col + ") SELECT "
                        + Sql.id(dialect, down.referencedColumns().get(0)) + ", " + col + " FROM " + src + " WHERE " + col + " IS NOT NULL") + ")";
            } else {
                String key = Sql.id(dialect, up.columns().get(0));
                String n = alias("n", table, into.name());
                fill = "fill it and point the rows at it (" + Quoted.name("INSERT INTO " + dst + " (" + col + ") SELECT DISTINCT " + col + " FROM "
                        + src + " WHERE " + col + " IS NOT NULL") + ", then " + Quoted.name("UPDATE " + src + " SET " + key + " = (SELECT " + n + "."
                        + Sql.id(dialect, up.referencedColumns().get(0)) + " FROM " + dst + " " + n + " WHERE " + n + "." + col + " = " + src + "." + col + ")") + ")";
            }
            String entity = entityOf(source);
            String takes = into.name().equals(d.table()) ? " (the table of that name is now entity " + Quoted.name(entityOf(into))
                    + "'s; the rows that hold the values are in " + Quoted.stored(table) + ")" : "";
            return "the values are not moved into " + Quoted.stored(into.name(), name) + ", which this migration creates empty" + takes
                    + ": migrate in two steps: add entity " + Quoted.name(entityOf(into)) + " first while " + Quoted.name(entity + "." + field)
                    + " stays, " + fill + ", then remove " + Quoted.name(entity + "." + field) + " in a later migration";
        }
        return null;
    }

    /**
     * The alias of a table in a help's SQL: {@code preferred}, or it with a number, so that it names none of the
     * statement's {@code tables} nor an alias given before (compared as the engines may fold names), which would make a
     * reference to that table resolve to the alias and match the wrong rows.
     */
    static String alias(String preferred, String... tables) {
        String a = preferred;
        for (int i = 2; taken(a, tables); i++) a = preferred + i;
        return a;
    }

    private static boolean taken(String alias, String... tables) {
        for (String t : tables) if (t.equalsIgnoreCase(alias)) return true;
        return false;
    }

    /**
     * A to-one relation replaced by a many-to-many: a table this migration creates links {@code table} and
     * the table the dropped key {@code k} referred to, and starts empty. The help gives the INSERT that
     * carries each row's reference into it, run between the two migrations that keep the values.
     */
    private static String manyToMany(ForeignKey k, String table, List<Change> changes, Catalog to, Map<String, String> renamedTo,
                                     Dialect dialect) {
        String other = renamedTo.getOrDefault(k.referencedTable(), k.referencedTable());
        for (Change c : changes) {
            Table link = c instanceof CreateTable t ? to.table(t.t().name()).orElse(null) : null;
            if (link == null) continue;
            ForeignKey toThis = null;
            ForeignKey toOther = null;
            for (ForeignKey f : link.foreignKeys()) {
                if (f.columns().size() != 1) continue;
                if (f.referencedTable().equals(table) && toThis == null) toThis = f;
                else if (f.referencedTable().equals(other) && toOther == null && f.referencedColumns().equals(k.referencedColumns())) toOther = f;
            }
            if (toThis == null || toOther == null) continue;
            // Beside the to-one, an unnamed many-to-many could pair either way: the to-one is named meanwhile, which
            // keeps the table the name this migration gives it (naming the many-to-many instead would rename it).
            var j = link.join();
            boolean unnamed = j != null && to.tableOf(j.rightEntity())
                    .map(r -> link.name().equals(Names.joinTable(j.leftEntity(), r.name()))).orElse(false);
            String keep = unnamed ? "keep the to-one field as it is, but give its relation a name, the same "
                    + Quoted.name("@relation(\"...\")") + " on its fields, so that the two relations between " + Quoted.name(j.leftEntity()) + " and "
                    + Quoted.name(j.rightEntity()) + " pair apart and the many-to-many's table is " + Quoted.stored(link.name())
                    : "keep the to-one field as it is";
            return "the references are not moved into " + Quoted.stored(link.name()) + ", which this migration creates empty: migrate "
                    + "in two steps: add the many-to-many first (" + keep + "), fill it (" + Quoted.name("INSERT INTO "
                    + Sql.id(dialect, link.name()) + " (" + Sql.id(dialect, toThis.columns().get(0)) + ", " + Sql.id(dialect, toOther.columns().get(0))
                    + ") SELECT " + Sql.id(dialect, toThis.referencedColumns().get(0)) + ", " + Sql.id(dialect, k.columns().get(0)) + " FROM "
                    + Sql.id(dialect, table) + " WHERE " + Sql.id(dialect, k.columns().get(0)) + " IS NOT NULL") + "), then remove the to-one "
                    + "field in a later migration";
        }
        return null;
    }

    /**
     * A column this migration adds with a default the database draws for each row (a random uuid):
     * every existing row gets a value of its own, so a unique or key over it cannot meet a duplicate.
     */
    /**
     * A column this migration adds optional and without a default: every row the table has holds NULL there, and
     * no engine schemac writes for takes two NULLs for duplicates, so no row can break a unique over it.
     */
    private static boolean nullOnEveryRow(List<Change> changes, String table, String column) {
        for (Change c : changes) {
            if (c instanceof AddColumn a && a.table().equals(table) && a.column().name().equals(column)
                    && a.column().nullable() && a.column().defaultValue() == null) return true;
        }
        return false;
    }

    private static boolean generatedPerRow(List<Change> changes, String table, String column) {
        for (Change c : changes) {
            if (c instanceof AddColumn a && a.table().equals(table) && a.column().name().equals(column)
                    && a.column().defaultValue() instanceof ColumnDefault.Uuid) return true;
        }
        return false;
    }

    /**
     * A foreign key added over columns an existing table already had: their values are there before the key,
     * and a row whose value the referenced table lacks makes it fail (MySQL has then run the statements before it).
     * A key that only changes its actions, or that the table had over the same columns, is no finding; one whose
     * relation referred elsewhere before is {@code referencedKeysChanged}'s.
     */
    private static void foreignKeysOverKeptColumns(List<Change> changes, Catalog from, Set<String> created, Map<String, String> renamedTo,
                                                   List<Split> splits, Dialect d, List<Finding> out) {
        for (Change c : changes) {
            if (!(c instanceof AddForeignKey a)) continue;
            ForeignKey k = a.key();
            Split split = splits.stream().filter(x -> x.key() == k).findFirst().orElse(null);
            Table old = split == null ? kept(changes, from, created, renamedTo, a) : null;
            if (split == null && old == null) continue;
            String cols = Quoted.columns(k.columns());
            String on = Quoted.stored(a.table()) + " " + cols;
            if (split != null) {
                out.add(new Finding(c, Code.NEW_CONSTRAINT, a.table(), k.columns().get(0), "the migration adds foreign key "
                        + Quoted.stored(k.name()) + " on " + on + " to " + Quoted.stored(k.referencedTable())
                        + ", which this migration creates empty: it does not move rows into it, so every row with a value in "
                        + cols + " makes the key fail", split.howTo(d)));
            } else {
                String t = alias("t", a.table(), k.referencedTable());
                String r = alias("r", a.table(), k.referencedTable(), t);
                String match = String.join(" AND ", IntStream.range(0, k.columns().size())
                        .mapToObj(i -> r + "." + Sql.id(d, k.referencedColumns().get(i)) + " = " + t + "." + Sql.id(d, k.columns().get(i))).toList());
                out.add(new Finding(c, Code.NEW_CONSTRAINT, a.table(), k.columns().get(0), "the migration adds foreign key "
                        + Quoted.stored(k.name()) + " on " + on + ", which already hold values; a row whose value is not a key of "
                        + Quoted.stored(k.referencedTable()) + " makes it fail", "look for those rows first (" + Quoted.name("SELECT * FROM " + Sql.id(d, a.table())
                        + " " + t + " WHERE " + Sql.id(d, k.columns().get(0)) + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                        + Sql.id(d, k.referencedTable()) + " " + r + " WHERE " + match + ")") + ")"));
            }
        }
    }

    /** The old table of an existing table whose key {@code a} is over columns it had and no key of it used; else null. */
    private static Table kept(List<Change> changes, Catalog from, Set<String> created, Map<String, String> renamedTo, AddForeignKey a) {
        if (created.contains(a.table())) return null;
        for (Change c : changes) {
            if (c instanceof AddColumn n && n.table().equals(a.table()) && a.key().columns().contains(n.column().name())) return null;
        }
        String oldName = renamedTo.entrySet().stream().filter(e -> e.getValue().equals(a.table())).map(Map.Entry::getKey)
                .findFirst().orElse(a.table());
        Table old = from.table(oldName).orElse(null);
        if (old == null) return null;
        var columns = Renames.columns(changes, a.table());
        for (ForeignKey o : old.foreignKeys()) {
            if (o.field() != null && o.field().equals(a.key().field())) return null;
            if (o.columns().stream().map(x -> columns.getOrDefault(x, x)).toList().equals(a.key().columns())) return null;
        }
        var had = old.columns().stream().map(x -> columns.getOrDefault(x.name(), x.name())).toList();
        return had.containsAll(a.key().columns()) ? old : null;
    }

    /**
     * An entity split as SC803/SC804 propose it, in one migration: an existing table keeps the determinant's
     * columns, which become a foreign key to a table this migration creates, and (usually) loses the dependent
     * columns that the new table has. The migration moves no rows into the new table; {@link #howTo} says how.
     */
    private record Split(String source, String sourceEntity, String target, String targetEntity, ForeignKey key, List<String> moved) {
        static List<Split> of(List<Change> changes, Catalog from, Set<String> created, Map<String, String> renamedTo) {
            var out = new ArrayList<Split>();
            var dropped = new LinkedHashMap<String, List<String>>();
            for (Change c : changes) {
                if (c instanceof DropColumn d) {
                    dropped.computeIfAbsent(renamedTo.getOrDefault(d.table(), d.table()), x -> new ArrayList<>()).add(d.column().name());
                }
            }
            for (Change c : changes) {
                if (!(c instanceof AddForeignKey a) || !created.contains(a.key().referencedTable())) continue;
                if (kept(changes, from, created, renamedTo, a) == null) continue;
                Table target = changes.stream().filter(x -> x instanceof CreateTable t && t.t().name().equals(a.key().referencedTable()))
                        .map(x -> ((CreateTable) x).t()).findFirst().orElseThrow();
                var moved = dropped.getOrDefault(a.table(), List.of()).stream()
                        .filter(x -> target.column(x).isPresent() && !a.key().referencedColumns().contains(x)).toList();
                Table source = from.table(renamedTo.entrySet().stream().filter(e -> e.getValue().equals(a.table())).map(Map.Entry::getKey)
                        .findFirst().orElse(a.table())).orElseThrow();
                out.add(new Split(a.table(), entityOf(source), target.name(), entityOf(target), a.key(), moved));
            }
            return out;
        }

        /** The way through with rows: the new entity first, filled from the old rows, then the relation. */
        String howTo(Dialect d) {
            var into = new ArrayList<String>();
            for (String c : key.referencedColumns()) into.add(Sql.id(d, c));
            for (String c : moved) into.add(Sql.id(d, c));
            var select = new ArrayList<String>();
            for (String c : key.columns()) select.add(Sql.id(d, c));
            for (String c : moved) select.add(Sql.id(d, c));
            return "migrate in two steps: add entity " + Quoted.name(targetEntity) + " alone first (keep the fields of "
                    + Quoted.name(sourceEntity) + " as they are), fill it from the rows (" + Quoted.name("INSERT INTO " + Sql.id(d, target) + " (" + String.join(", ", into)
                    + ") SELECT DISTINCT " + String.join(", ", select) + " FROM " + Sql.id(d, source) + " WHERE "
                    + String.join(" IS NOT NULL AND ", select.subList(0, key.columns().size())) + " IS NOT NULL") + "), then make the field a relation and drop the moved fields in a later migration";
        }
    }

    /**
     * A foreign key whose columns stay while the key it refers to is another one: its values
     * are old keys that the new key does not hold (a primary key changed under a relation).
     */
    private static void referencedKeysChanged(List<Change> changes, Catalog from, Catalog to, Map<String, String> renamedTo, Dialect dialect,
                                              List<Finding> out) {
        var droppedColumns = new HashSet<String>();
        var dropsOf = new LinkedHashMap<String, Change>();
        for (Change c : changes) {
            if (c instanceof DropColumn d) {
                droppedColumns.add(d.table() + "." + d.column().name());
                dropsOf.putIfAbsent(d.table(), c);
            }
        }
        for (Table ot : from.tables()) {
            String table = renamedTo.getOrDefault(ot.name(), ot.name());
            Table nt = to.table(table).orElse(null);
            if (nt == null) continue;
            var columns = Renames.columns(changes, table);
            for (ForeignKey ofk : ot.foreignKeys()) {
                if (ofk.field() == null || ofk.columns().stream().anyMatch(x -> droppedColumns.contains(ot.name() + "." + x))) continue;
                ForeignKey nfk = nt.foreignKeys().stream().filter(f -> ofk.field().equals(f.field())).findFirst().orElse(null);
                if (nfk == null) continue;
                var kept = ofk.columns().stream().map(x -> columns.getOrDefault(x, x)).toList();
                if (!nfk.columns().equals(kept)) {
                    gainedEmptyColumns(changes, table, nfk, kept, ot.name(), ofk.columns(), dialect, out);
                    continue;
                }
                String refTable = renamedTo.getOrDefault(ofk.referencedTable(), ofk.referencedTable());
                var refColumns = Renames.columns(changes, refTable);
                var wasKey = ofk.referencedColumns().stream()
                        .map(x -> droppedColumns.contains(ofk.referencedTable() + "." + x) ? null : refColumns.getOrDefault(x, x)).toList();
                if (refTable.equals(nfk.referencedTable()) && wasKey.equals(nfk.referencedColumns())) continue;
                String oldKey = Quoted.stored(ofk.referencedTable(), ofk.referencedColumns());
                String newKey = Quoted.stored(nfk.referencedTable(), nfk.referencedColumns());
                Change at = dropsOf.getOrDefault(ofk.referencedTable(), changes.stream()
                        .filter(c -> c instanceof AddForeignKey a && a.key().name().equals(nfk.name())).findFirst().orElse(null));
                out.add(new Finding(at, Code.REFERENCED_KEY_CHANGED, table, nfk.columns().get(0), Quoted.stored(table, nfk.columns())
                        + " keeps its values, which are keys of " + oldKey + ", but now refers to " + newKey
                        + "; the foreign key fails once the table has rows",
                        "migrate in steps: add the new relation beside the old one, fill it (" + Quoted.name("UPDATE " + Sql.id(dialect, table)
                        + " SET ... = (SELECT " + String.join(", ", nfk.referencedColumns().stream().map(x -> Sql.id(dialect, x)).toList()) + " FROM "
                        + Sql.id(dialect, nfk.referencedTable()) + " WHERE ...)") + "), then drop the "
                        + "old relation in a later migration"));
            }
        }
    }

    /**
     * A relation whose key grows by a column (the entity it refers to added one to its primary key) keeps its values
     * and gains a column this migration adds to every row empty, and the check that an optional reference's columns are
     * all set or all NULL: each row that referred to a row breaks it, so the migration fails there on SQLite and
     * PostgreSQL (MySQL and MariaDB have no such check and keep the row, referring to none). A column the migration fills
     * ({@link FillColumn}) is none of these; where it cannot fill the column it adds, the help says how to get
     * through with the rows: their references set to NULL before it (by the table's and columns' names then, {@code was}
     * and {@code wasColumns}), and set again after it.
     */
    private static void gainedEmptyColumns(List<Change> changes, String table, ForeignKey nfk, List<String> kept, String was,
                                           List<String> wasColumns, Dialect dialect, List<Finding> out) {
        if (!nfk.columns().containsAll(kept)) return;
        var added = new ArrayList<String>();
        Change at = null;
        for (Change c : changes) {
            if (c instanceof AddColumn a && a.table().equals(table) && nfk.columns().contains(a.column().name())
                    && a.column().nullable() && a.column().defaultValue() == null && fill(changes, table, a.column().name()) == null) {
                added.add(a.column().name());
                if (at == null) at = c;
            }
        }
        if (added.isEmpty() || kept.size() + added.size() != nfk.columns().size()) return;
        String from = nfk.referencedTable();
        String empty = "UPDATE " + Sql.id(dialect, was) + " SET "
                + String.join(", ", wasColumns.stream().map(c -> Sql.id(dialect, c) + " = NULL").toList());
        out.add(new Finding(at, Code.REFERENCED_KEY_CHANGED, table, added.get(0), Quoted.stored(table, kept)
                + " keeps its values, but the key of " + Quoted.stored(from) + " it refers to gains "
                + Quoted.stored(added.stream().map(c -> nfk.referencedColumns().get(nfk.columns().indexOf(c))).toList())
                + ", and this migration adds " + Quoted.stored(added) + " empty to every row of " + Quoted.stored(table)
                + ": a row that referred to " + Quoted.stored(from) + " then breaks the check that the reference's columns are "
                + "all set or all NULL, and the migration fails on it on SQLite and PostgreSQL (MySQL and MariaDB, which have no "
                + "such check, keep the row, referring to nothing: a foreign key with a NULL column checks nothing)",
                "the migration cannot fill " + Quoted.stored(added) + ", which it adds: keep the references elsewhere, set them "
                + "to NULL before it (" + Quoted.name(empty) + ") and set " + Quoted.stored(table, nfk.columns())
                + " again after it; or leave the key as it is"));
    }

    /** The fill of {@code column} of {@code table} this migration makes ({@link FillColumn}), or null. */
    private static FillColumn fill(List<Change> changes, String table, String column) {
        return changes.stream().filter(c -> c instanceof FillColumn f && f.table().equals(table) && f.column().equals(column))
                .map(c -> (FillColumn) c).findFirst().orElse(null);
    }

    /**
     * Whether the fill of the column gives every row a value: the columns it joins by were required already (none of them
     * made required now), so each row refers to a row, whose key the foreign key kept whole.
     */
    private static boolean filledWhole(List<Change> changes, String table, String column) {
        FillColumn f = fill(changes, table, column);
        return f != null && changes.stream().noneMatch(c -> c instanceof AlterColumn a && a.table().equals(table)
                && f.by().contains(a.to().name()) && a.from().nullable() && !a.to().nullable());
    }

    /**
     * A new primary key over columns that already held a unique or the old key: no rows can
     * break it (columns the migration adds get one value per row only if they are the counter or drawn per row).
     */
    private static boolean keyAlreadyUnique(AddPrimaryKey p, List<Change> changes, Catalog from, Map<String, String> renamedTo) {
        String oldName = renamedTo.entrySet().stream().filter(e -> e.getValue().equals(p.table())).map(Map.Entry::getKey)
                .findFirst().orElse(p.table());
        Table old = from.table(oldName).orElse(null);
        if (old == null) return false;
        for (Change c : changes) {
            if (c instanceof AddColumn a && a.table().equals(p.table()) && (a.column().autoIncrement() || generatedPerRow(changes, p.table(),
                    a.column().name())) && p.key().columns().contains(a.column().name())) return true;
        }
        var columns = Renames.columns(changes, p.table());
        var keys = new ArrayList<List<String>>();
        keys.add(old.primaryKey().columns());
        old.uniques().stream().filter(u -> !u.partial()).forEach(u -> keys.add(u.columns()));
        return keys.stream().anyMatch(k -> !k.isEmpty() && k.stream().map(x -> columns.getOrDefault(x, x)).allMatch(p.key().columns()::contains));
    }

    /**
     * An all-or-none check over columns the table had, every one of them required until this migration (a required
     * reference made optional): every row holds all of them, which the check lets in. Any column that was optional,
     * or that the migration adds, may leave a row half set.
     */
    private static boolean wholeAlready(AddCheck k, List<Change> changes, Catalog from, Map<String, String> renamedTo) {
        if (k.check().terms().size() != 1 || !(k.check().terms().get(0) instanceof Check.AllOrNone whole)) return false;
        String oldName = renamedTo.entrySet().stream().filter(e -> e.getValue().equals(k.table())).map(Map.Entry::getKey)
                .findFirst().orElse(k.table());
        Table old = from.table(oldName).orElse(null);
        if (old == null) return false;
        var before = new HashMap<String, String>();
        Renames.columns(changes, k.table()).forEach((was, now) -> before.put(now, was));
        var added = new HashSet<String>();
        for (Change c : changes) if (c instanceof AddColumn a && a.table().equals(k.table())) added.add(a.column().name());
        return whole.columns().stream().allMatch(col -> !added.contains(col)
                && old.column(before.getOrDefault(col, col)).map(o -> !o.nullable()).orElse(false));
    }

    /**
     * Whether the check keeps whole a reference whose key grew, and the migration's fill makes every row whole: the
     * reference's kept columns were whole before (one column, not null, or under a check of their own) and under a
     * foreign key the engine enforced on every row, so each row that refers finds its row and takes that row's new
     * key columns, which are not NULL, and each row that refers to none stays all NULL. SQLite checks a foreign key
     * only while a connection turns it on, so a row written without it may refer to no row; the fill leaves that
     * row's new columns NULL beside the set ones, which breaks the check, and the finding stays.
     */
    private static boolean filledFromEnforcedReference(AddCheck k, List<Change> changes, Catalog from, Catalog to,
                                                       Map<String, String> renamedTo, Dialect dialect) {
        if (dialect == Dialect.SQLITE) return false;
        if (k.check().terms().size() != 1 || !(k.check().terms().get(0) instanceof Check.AllOrNone whole)) return false;
        List<FillColumn> fills = changes.stream().filter(c -> c instanceof FillColumn f && f.table().equals(k.table()))
                .map(c -> (FillColumn) c).filter(f -> whole.columns().contains(f.column())).toList();
        if (fills.isEmpty()) return false;
        var kept = new HashSet<>(fills.get(0).by());
        String referenced = fills.get(0).from();
        for (FillColumn f : fills) {
            if (!new HashSet<>(f.by()).equals(kept) || !f.from().equals(referenced)) return false;
            boolean keyColumn = to.table(referenced).flatMap(t -> t.column(f.fromColumn())).map(c -> !c.nullable()).orElse(false);
            if (!keyColumn) return false;
        }
        var covered = new HashSet<>(kept);
        fills.forEach(f -> covered.add(f.column()));
        if (!covered.equals(new HashSet<>(whole.columns())) || kept.size() == whole.columns().size()) return false;
        String oldName = oldName(k.table(), renamedTo);
        String oldReferenced = oldName(referenced, renamedTo);
        Table old = from.table(oldName).orElse(null);
        if (old == null) return false;
        var before = new HashMap<String, String>();
        Renames.columns(changes, k.table()).forEach((was, now) -> before.put(now, was));
        var keptBefore = new HashSet<String>();
        kept.forEach(col -> keptBefore.add(before.getOrDefault(col, col)));
        boolean enforced = old.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(oldReferenced)
                && new HashSet<>(fk.columns()).equals(keptBefore));
        if (!enforced) return false;
        boolean wholeBefore = keptBefore.size() == 1
                || keptBefore.stream().allMatch(col -> old.column(col).map(o -> !o.nullable()).orElse(false))
                || old.checks().stream().anyMatch(c -> c.terms().size() == 1 && c.terms().get(0) instanceof Check.AllOrNone a
                        && new HashSet<>(a.columns()).equals(keptBefore));
        return wholeBefore;
    }

    /** The table's name before this migration's renames. */
    private static String oldName(String table, Map<String, String> renamedTo) {
        return renamedTo.entrySet().stream().filter(e -> e.getValue().equals(table)).map(Map.Entry::getKey).findFirst().orElse(table);
    }

    /** A check on columns this migration adds: existing rows get their default, which the model keeps valid. */
    private static boolean onAddedColumns(AddCheck k, List<Change> changes) {
        var added = new HashSet<String>();
        for (Change c : changes) if (c instanceof AddColumn a && a.table().equals(k.table())) added.add(a.column().name());
        var used = new HashSet<String>();
        for (var t : k.check().terms()) {
            if (t instanceof Check.Compare x) used.add(x.column());
            else if (t instanceof Check.ColumnCompare x) { used.add(x.left()); used.add(x.right()); }
            else if (t instanceof Check.Length x) used.add(x.column());
            else if (t instanceof Check.Pattern x) used.add(x.column());
            else if (t instanceof Check.EnumMember x) used.add(x.column());
            else if (t instanceof Check.AllOrNone x) used.addAll(x.columns());
        }
        return added.containsAll(used);
    }

    private static String entityOf(Table t) {
        return t.entity() == null ? t.name() : t.entity();
    }

    /**
     * Whether both types are unbounded text and MySQL and MariaDB hold the new one in a narrower text type than the
     * old: the one narrowing such a change makes, on those engines only, where a script in strict mode refuses a
     * longer value rather than cut it.
     */
    public static boolean narrowsOnMysqlOnly(ColumnType o, ColumnType n) {
        MysqlText was = TypeTable.mysqlText(o);
        MysqlText now = TypeTable.mysqlText(n);
        return was != null && now != null && now.maxBytes() < was.maxBytes();
    }

    /** Why the new type cannot hold every value of the old one, or null when it can. */
    static String narrowing(ColumnType o, ColumnType n) {
        if (o.equals(n)) return null;
        // Unbounded text on both sides (`text`, or `string` without a length) is the same text on SQLite and PostgreSQL,
        // whatever the model calls it: only the text type MySQL and MariaDB hold it in can narrow (a down script that
        // gives a history's TEXT back, an adopted MEDIUMTEXT), and it is compared whatever else the change does.
        if (narrowsOnMysqlOnly(o, n)) {
            return "on MySQL and MariaDB only, " + TypeTable.mysqlText(o) + " to " + TypeTable.mysqlText(n) + ", "
                    + TypeTable.mysqlText(n).holdsAtMost();
        }
        if (o.sameLogical(n) || o.unboundedText() && n.unboundedText()) return null;
        if (o.isEnum() || n.isEnum()) {
            return o.isEnum() && n.isEnum() ? "another enum" : (n.isEnum() ? "to an enum" : null);
        }
        ScalarKind a = o.kind();
        ScalarKind b = n.kind();
        if (a == b) {
            if (a == ScalarKind.STRING || a == ScalarKind.CHAR) {
                if (n.length() == null) return null;
                if (o.length() == null || n.length() < o.length()) return "length " + (o.length() == null ? "unbounded" : o.length())
                        + " to " + n.length();
                return null;
            }
            if (a == ScalarKind.DECIMAL) {
                int intO = o.precision() - o.scale();
                int intN = n.precision() - n.scale();
                if (intN < intO || n.scale() < o.scale()) {
                    return "decimal(" + o.precision() + ", " + o.scale() + ") to decimal(" + n.precision() + ", " + n.scale() + ")";
                }
                return null;
            }
            return null;
        }
        var widening = List.of(
                List.of(ScalarKind.SMALLINT, ScalarKind.INT), List.of(ScalarKind.SMALLINT, ScalarKind.BIGINT),
                List.of(ScalarKind.INT, ScalarKind.BIGINT), List.of(ScalarKind.FLOAT, ScalarKind.DOUBLE),
                List.of(ScalarKind.DATE, ScalarKind.DATETIME), List.of(ScalarKind.BOOL, ScalarKind.SMALLINT),
                List.of(ScalarKind.BOOL, ScalarKind.INT), List.of(ScalarKind.BOOL, ScalarKind.BIGINT));
        if (widening.contains(List.of(a, b))) return null;
        // Text holds every value's spelling but a byte string's (which becomes its hex or its bytes read as characters).
        if (b == ScalarKind.TEXT && a != ScalarKind.BYTES) return null;
        if (a == ScalarKind.CHAR && b == ScalarKind.STRING && (n.length() == null || n.length() >= o.length())) return null;
        if (b == ScalarKind.STRING && n.length() != null && n.length() >= longestSpelling(a)) return null;
        return spell(o) + " to " + spell(n);
    }

    /** The longest text a value of the kind is written as (a uuid's 36 characters, a signed integer's digits), or unbounded. */
    private static int longestSpelling(ScalarKind k) {
        return switch (k) {
            case UUID -> 36;
            case SMALLINT -> String.valueOf(Short.MIN_VALUE).length();
            case INT -> String.valueOf(Integer.MIN_VALUE).length();
            case BIGINT -> String.valueOf(Long.MIN_VALUE).length();
            default -> Integer.MAX_VALUE;
        };
    }

    /**
     * A check written again because its column goes between {@code float} and another number
     * ({@link CatalogDiff}): PostgreSQL and MySQL hold a float as binary32, so a float bound is
     * the literal rounded to binary32 and the rows move by that rounding. From a float, the
     * rows at a bound binary32 rounds outwards (`<= 0.3` holds 0.300000011920928955078125) break
     * the bound as written; to a float, a row that rounds onto a strict or `!=` bound breaks it.
     * Returns the column, the message and the rows to look for, or null where no row can break it.
     */
    private static String[] boundMoves(AddCheck k, List<Change> changes, Dialect dialect) {
        for (Change c : changes) {
            if (!(c instanceof AlterColumn a) || !a.table().equals(k.table())) continue;
            ScalarKind o = a.from().type().kind();
            ScalarKind n = a.to().type().kind();
            if (o == null || n == null || o == n || !o.isNumeric() || !n.isNumeric() || (o != ScalarKind.FLOAT && n != ScalarKind.FLOAT)) continue;
            String col = a.to().name();
            for (Check.Term t : k.check().terms()) {
                if (!(t instanceof Check.Compare x) || !x.column().equals(col) || !(x.literal() instanceof BigDecimal lit)) continue;
                BigDecimal stored = Binary32.stored(lit);
                int side = stored.compareTo(lit);
                boolean breaks = o == ScalarKind.FLOAT
                        ? switch (x.op()) { case LE, LT -> side > 0; case GE, GT -> side < 0; case EQ -> side != 0; case NE -> false; }
                        : switch (x.op()) { case LT, GT, NE -> true; case LE, GE, EQ -> false; };
                if (!breaks) continue;
                String where = Quoted.stored(a.table(), col) + " from " + spell(a.from().type()) + " to " + spell(a.to().type());
                String compared = Sql.id(dialect, col) + " " + x.op().symbol() + " " + lit.toPlainString();
                String bound = Quoted.name(compared);
                if (o == ScalarKind.FLOAT) {
                    return new String[] {col, "the migration changes " + where + " and writes check " + Quoted.stored(k.check().name())
                            + " again with its bound as written (" + bound + "); where a float is binary32 (PostgreSQL, MySQL), a row at "
                            + "the float bound holds " + stored.toPlainString() + ", which breaks it", Quoted.name("WHERE NOT (" + compared + ")")};
                }
                return new String[] {col, "the migration changes " + where + " and writes check " + Quoted.stored(k.check().name())
                        + " again with its bound as a float holds it (" + stored.toPlainString() + "); where a float is binary32 "
                        + "(PostgreSQL, MySQL), a row that rounds to it breaks " + bound, Quoted.name("WHERE " + Sql.id(dialect, col)) + " rounds to " + stored.toPlainString() + " as a float"};
            }
        }
        return null;
    }

    /** One enum column retyped to another enum: narrowing only when a stored value of the old one is not a value of the new one. */
    private static String enumNarrowing(Column o, Column n, Catalog from, Catalog to) {
        var a = from.enumDef(o.type().enumName()).orElse(null);
        var b = to.enumDef(n.type().enumName()).orElse(null);
        if (a == null || b == null) return "another enum";
        var lost = a.values().stream().filter(v -> !b.values().contains(v)).toList();
        return lost.isEmpty() ? null : "enum " + Quoted.name(a.name()) + " to " + Quoted.name(b.name()) + ", which has no value "
                + String.join(", ", lost.stream().map(Quoted::name).toList());
    }

    /**
     * Whether some values of the old type are values of the new one: text and enums hold or
     * may spell anything, numbers and booleans convert among themselves, dates and times
     * among themselves; a uuid or bytes only to and from text, a JSON document to anything it may hold.
     */
    static boolean converts(ColumnType o, ColumnType n) {
        if (o.isEnum() || n.isEnum() || o.kind() == n.kind() || o.kind().isText() || n.kind().isText()) return true;
        Function<ScalarKind, Integer> family = k -> k.isNumeric() || k == ScalarKind.BOOL ? 0 : k.isTemporal() ? 1
                : 2 + k.ordinal();
        return family.apply(o.kind()).equals(family.apply(n.kind())) || o.kind() == ScalarKind.JSON;
    }

    /** An enum column turned into text too short for its longest stored value. */
    private static String enumToShortText(Column o, Column n, Catalog from) {
        if (!o.type().isEnum() || n.type().isEnum() || n.type().length() == null) return null;
        var e = from.enumDef(o.type().enumName()).orElse(null);
        if (e == null) return null;
        String longest = e.values().stream().max(Comparator.comparingInt(String::length)).orElse("");
        return longest.length() <= n.type().length() ? null
                : "enum " + Quoted.name(e.name()) + " to " + spell(n.type()) + ", shorter than its value " + Quoted.name(longest);
    }

    /** A type as the model spells it, for messages. */
    static String spell(ColumnType t) {
        if (t.isEnum()) return t.enumName();
        if (t.kind() == ScalarKind.DECIMAL) return "decimal(" + t.precision() + ", " + t.scale() + ")";
        return t.kind().keyword() + (t.length() == null ? "" : "(" + t.length() + ")");
    }

    /** The note a destructive statement carries once the user accepted it. */
    public static Map<Change, String> notes(List<Finding> findings) {
        // Looked up with the plan's own Change objects: by identity, so no record hashes a whole Table.
        var out = new IdentityHashMap<Change, String>();
        for (Finding f : findings) out.merge(f.change(), f.message() + ".", (x, y) -> x + " " + y);
        return out;
    }

    /**
     * The findings as diagnostics at the model line that causes each: the field, else the
     * entity, else (for what the model no longer has) the schema header or
     * the start of the model's first file. Errors unless
     * the user allowed destructive changes, then warnings.
     */
    public static List<Diagnostic> diagnostics(List<Finding> findings, Model model, Catalog to, boolean allowed) {
        var out = new ArrayList<Diagnostic>();
        for (Finding f : findings) {
            var d = Messages.destructive(f.code(), at(model, to, f.table(), f.column()), f.message(), f.help());
            out.add(allowed ? d.withSeverity(Severity.WARNING) : d);
        }
        return out;
    }

    /** Where in the model a table (by its new name) and column are declared. */
    public static Span at(Model model, Catalog to, String table, String column) {
        if (table == null && column != null && model.enumType(column).isPresent()) return model.enumType(column).get().span();
        Table t = table == null ? null : to.table(table).orElse(null);
        if (t == null || t.entity() == null) {
            if (t != null && t.join() != null) return model.requireEntity(t.join().leftEntity()).requireField(t.join().leftField()).span();
            return model.anchor();
        }
        var entity = model.requireEntity(t.entity());
        if (column != null) {
            var col = t.column(column).orElse(null);
            if (col != null && col.field() != null && entity.field(col.field()).isPresent()) return entity.requireField(col.field()).span();
        }
        return entity.span();
    }
}
