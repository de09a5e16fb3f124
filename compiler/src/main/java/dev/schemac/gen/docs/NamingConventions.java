package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Model;
import dev.schemac.model.Naming;
import dev.schemac.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decision record's naming conventions: the brief's conventions as the Catalog applies
 * them, with an example of each from this model, and every name that deviates with its
 * reason (a {@code @@map} or {@code @map}, the {@code naming} setting, a name the model gives,
 * a second foreign key to the same table, a name shortened to the identifier limit or
 * numbered because it was taken).
 */
final class NamingConventions {
    private final Model model;
    private final Catalog catalog;

    NamingConventions(TargetContext ctx) {
        this.model = ctx.model();
        this.catalog = ctx.catalog();
    }

    String render() {
        var b = new StringBuilder("## Naming Conventions\n\n");
        if (catalog.tables().isEmpty()) {
            return b.append("The ").append(Words.title(model)).append(" schema has no table, so it names no table, column, key or index.\n\n").toString();
        }
        var primary = model.settings().dialect();
        b.append("| Object | Convention | In this model |\n| --- | --- | --- |\n");
        // Each example follows its convention; a model none of whose names does shows the first, and the deviations list says why.
        var tables = new ArrayList<String>();
        var conforming = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            if (t.isJoinTable() || t.entity() == null) continue;
            tables.add(t.name());
            if (t.name().equals(Names.table(t.entity(), Naming.SNAKE_PLURAL))) conforming.add(t.name());
        }
        row(b, "Tables", "snake_case, plural", conforming, tables);
        var joins = catalog.tables().stream().filter(t -> t.join() != null).toList();
        row(b, "Join tables", "the first entity in snake_case, then the second table",
                joins.stream().filter(t -> t.name().equals(conventionalJoin(t))).map(Table::name).toList(), joins.stream().map(Table::name).toList());
        var fkColumns = foreignKeyColumns();
        row(b, "Columns", "snake_case; a foreign key `{field}_{referenced column}`", conventionalForeignKeyColumns(), fkColumns);
        row(b, "Primary keys", "`pk_{table}`", catalog.tables().stream().filter(t -> t.primaryKey().name().equals("pk_" + t.name())).map(t -> t.primaryKey().name()).toList(),
                catalog.tables().stream().map(t -> t.primaryKey().name()).toList());
        var fks = new ArrayList<String>();
        var fksOk = new ArrayList<String>();
        var uqs = new ArrayList<String>();
        var uqsOk = new ArrayList<String>();
        var idxs = new ArrayList<String>();
        var idxsOk = new ArrayList<String>();
        var cks = new ArrayList<String>();
        var cksOk = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                fks.add(fk.name());
                if (fk.name().equals("fk_" + t.name() + "_" + fk.referencedTable())) fksOk.add(fk.name());
            }
            for (UniqueConstraint u : t.uniques()) {
                uqs.add(u.name());
                if (u.name().equals("uq_" + t.name() + "_" + String.join("_", u.columns()))) uqsOk.add(u.name());
            }
            for (Index i : t.indexes()) {
                idxs.add(i.name());
                if (i.name().equals("idx_" + t.name() + "_" + String.join("_", i.columns()))) idxsOk.add(i.name());
            }
            // The checks the primary dialect's DDL holds (an enum's membership check is SQLite's only).
            for (Check c : Rendered.checks(primary, t)) {
                cks.add(c.name());
                if (c.name().equals("ck_" + t.name() + "_" + String.join("_", checkColumns(c)))) cksOk.add(c.name());
            }
        }
        row(b, "Foreign keys", "`fk_{table}_{referenced_table}`", fksOk, fks);
        row(b, "Unique constraints", "`uq_{table}_{columns}`", uqsOk, uqs);
        row(b, "Indexes", "`idx_{table}_{columns}`", idxsOk, idxs);
        row(b, "Checks", "`ck_{table}_{columns}`", cksOk, cks);
        row(b, "Triggers", "`trg_{table}_updated_at`", first(Rendered.triggers(primary, catalog)));
        var deviations = deviations();
        b.append("\n");
        if (deviations.isEmpty()) {
            b.append("No name of this model deviates from these conventions.\n\n");
        } else {
            b.append("Names that deviate, each with its reason:\n\n");
            for (String d : deviations) b.append("- ").append(d).append("\n");
            b.append("\n");
        }
        return b.toString();
    }

    /** A convention with its example; one this model has nothing of is left out. */
    private static void row(StringBuilder b, String what, String convention, Optional<String> example) {
        example.ifPresent(x -> b.append("| ").append(what).append(" | ").append(convention).append(" | ").append(Words.nameCell(x)).append(" |\n"));
    }

    /** A convention whose example may deviate: when no name follows it, the row says so. */
    private static void row(StringBuilder b, String what, String convention, List<String> conforming, List<String> all) {
        if (all.isEmpty()) return;
        b.append("| ").append(what).append(" | ").append(convention).append(" | ").append(Words.nameCell(example(conforming, all).orElseThrow()))
                .append(conforming.isEmpty() ? (all.size() == 1 ? " (deviates: see below)" : " (none follows it: see below)") : "").append(" |\n");
    }

    private static Optional<String> first(List<String> names) {
        return names.stream().findFirst();
    }

    private static Optional<String> example(List<String> conforming, List<String> all) {
        return conforming.isEmpty() ? first(all) : first(conforming);
    }

    /** The name the convention gives a join table: its first entity in snake_case, then the second table. */
    private String conventionalJoin(Table t) {
        return Names.snake(t.join().leftEntity()) + "_" + catalog.tableOf(t.join().rightEntity()).orElseThrow().name();
    }

    private static boolean snake(String name) {
        return dev.schemac.naming.SnakeCase.is(name);
    }

    private List<String> foreignKeyColumns() {
        var out = new ArrayList<String>();
        for (Table t : catalog.tables()) for (ForeignKey fk : t.foreignKeys()) if (fk.field() != null) out.addAll(fk.columns());
        return out;
    }

    /** The foreign key columns named as the convention names them: snake_case, and not replaced by a {@code @map}. */
    private List<String> conventionalForeignKeyColumns() {
        var out = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.field() == null) continue;
                for (String c : fk.columns()) {
                    if (snake(c) && c.equals(Names.foreignKeyColumn(fk.field(), t.requireColumn(c).referencedColumn()))) out.add(c);
                }
            }
        }
        return out;
    }

    private List<String> deviations() {
        var out = new ArrayList<String>();
        var naming = model.settings().naming();
        for (Table t : catalog.tables()) {
            Entity e = t.entity() == null ? null : model.requireEntity(t.entity());
            if (e != null) {
                String conventional = Names.table(e.name(), Naming.SNAKE_PLURAL);
                if (!t.name().equals(conventional)) {
                    String why = e.tableName() != null ? "`@@map` on " + e.name() + " names it"
                            : "the schema's `naming = " + naming.name().toLowerCase(java.util.Locale.ROOT) + "` derives it"
                            + (naming == Naming.SNAKE ? " without the plural" : " as the entity is written");
                    out.add("table " + Words.name(t.name()) + " (" + e.name() + "), not " + Words.name(conventional) + ": " + why + ".");
                }
                columns(e, t, out);
            } else if (t.join() != null) {
                Entity left = model.requireEntity(t.join().leftEntity());
                Field field = left.requireField(t.join().leftField());
                String conventional = conventionalJoin(t);
                if (!t.name().equals(conventional) && field.relation().name() != null) {
                    out.add("join table " + Words.name(t.name()) + ", not " + Words.name(conventional) + ": it takes the name of the relation ("
                            + Words.code("@relation(\"" + field.relation().name() + "\")") + ").");
                }
            }
            constraint(out, "primary key", t.primaryKey().name(), "pk_" + t.name(), null);
            var perTarget = new java.util.HashMap<String, Integer>();
            for (ForeignKey fk : t.foreignKeys()) perTarget.merge(fk.referencedTable(), 1, Integer::sum);
            for (ForeignKey fk : t.foreignKeys()) {
                String plain = "fk_" + t.name() + "_" + fk.referencedTable();
                String withColumns = plain + "_" + String.join("_", fk.columns());
                if (perTarget.get(fk.referencedTable()) > 1 && sameDerived(fk.name(), withColumns)) {
                    out.add("foreign key " + Words.name(fk.name()) + ", not " + Words.name(Names.shorten(plain)) + ": " + Words.name(t.name())
                            + " has " + perTarget.get(fk.referencedTable()) + " foreign keys to " + Words.name(fk.referencedTable())
                            + ", so each name adds its columns" + shortened(fk.name(), withColumns) + ".");
                } else {
                    constraint(out, "foreign key", fk.name(), plain, null);
                }
            }
            for (UniqueConstraint u : t.uniques()) constraint(out, "unique constraint", u.name(), "uq_" + t.name() + "_" + String.join("_", u.columns()), explicit(e, t, u.columns(), true));
            for (Index i : t.indexes()) constraint(out, "index", i.name(), "idx_" + t.name() + "_" + String.join("_", i.columns()), explicit(e, t, i.columns(), false));
            for (Check c : t.checks()) constraint(out, "check", c.name(), "ck_" + t.name() + "_" + String.join("_", checkColumns(c)), null);
        }
        return out;
    }

    private void columns(Entity e, Table t, List<String> out) {
        for (Column c : t.columns()) {
            if (c.field() == null) continue;
            Field f = e.requireField(c.field());
            if (f.relation() == null) {
                String conventional = Names.snake(f.name());
                if (c.name().equals(conventional)) continue;
                String why = f.columnName() != null ? "`@map` on " + e.name() + "." + f.name() + " names it"
                        : "the field is written " + Words.code(f.name()) + ", not in snake_case";
                out.add("column " + Words.qualified(t.name(), c.name()) + ", not " + Words.name(conventional) + ": " + why + ".");
            } else if (f.columnName() != null) {
                String conventional = Names.foreignKeyColumn(f.name(), c.referencedColumn());
                if (c.name().equals(conventional)) continue;
                out.add("column " + Words.qualified(t.name(), c.name()) + ", not " + Words.name(conventional) + ": `@map` on "
                        + e.name() + "." + f.name() + " names it.");
            } else if (!snake(c.name())) {
                // {field}_{referenced column}: the field as written and the referenced key column both carry over; each one outside snake_case is named.
                var fk = t.foreignKeyOf(f.name()).orElseThrow();
                String referenced = fk.referencedColumns().get(fk.columns().indexOf(c.name()));
                var parts = new ArrayList<String>();
                if (!snake(f.name())) parts.add("the field is written " + Words.code(f.name()));
                if (!snake(referenced)) parts.add(Words.qualified(fk.referencedTable(), referenced) + " is not in snake_case");
                if (parts.isEmpty()) parts.add(Words.code(f.name()) + " and " + Words.code(referenced) + " joined with `_` are not");
                out.add("column " + Words.qualified(t.name(), c.name()) + ", not in snake_case: a foreign key column is `{field}_{referenced column}`, and "
                        + String.join(", and ", parts) + ".");
            }
        }
    }

    /** The columns a check is named after: the one it constrains, or the two it compares. */
    private static List<String> checkColumns(Check c) {
        Check.Term t = c.terms().get(0);
        if (t instanceof Check.ColumnCompare cc) return List.of(cc.left(), cc.right());
        if (t instanceof Check.Compare x) return List.of(x.column());
        if (t instanceof Check.Length x) return List.of(x.column());
        if (t instanceof Check.Pattern x) return List.of(x.column());
        if (t instanceof Check.AllOrNone x) return x.columns();
        return List.of(((Check.EnumMember) t).column());
    }

    /** The name the model gives an index or unique over exactly these columns, if any. */
    private String explicit(Entity e, Table t, List<String> columns, boolean unique) {
        if (e == null) return null;
        for (IndexSpec s : unique ? e.uniques() : e.indexes()) {
            if (s.name() == null) continue;
            var cols = new ArrayList<String>();
            for (String f : s.fields()) t.columnsOf(f).forEach(c -> cols.add(c.name()));
            if (cols.equals(columns)) return s.name();
        }
        return null;
    }

    private static void constraint(List<String> out, String kind, String actual, String conventional, String explicit) {
        if (actual.equals(conventional)) return;
        String name = Words.name(actual);
        if (explicit != null && explicit.equals(actual)) {
            out.add(kind + " " + name + ", not " + Words.name(Names.shorten(conventional)) + ": the model names it (" + Words.code("name = \"" + actual + "\"") + ").");
            return;
        }
        String derived = Names.shorten(conventional);
        if (actual.equals(derived)) {
            out.add(kind + " " + name + ": " + Words.name(conventional) + " is longer than " + Names.MAX_IDENTIFIER
                    + " bytes, PostgreSQL's limit, so it is cut and ends in a hash of the full name.");
            return;
        }
        for (int i = 2; i < 1000; i++) {
            if (actual.equals(Names.shorten(derived + "_" + i))) {
                out.add(kind + " " + name + ", not " + Words.name(derived) + ": that name is taken by another constraint or index, so this one is numbered.");
                return;
            }
        }
        out.add(kind + " " + name + ", not " + Words.name(derived) + ".");
    }

    /** Whether {@code actual} is the name derived from {@code full}, shortened or numbered. */
    private static boolean sameDerived(String actual, String full) {
        String derived = Names.shorten(full);
        if (actual.equals(derived)) return true;
        for (int i = 2; i < 1000; i++) if (actual.equals(Names.shorten(derived + "_" + i))) return true;
        return false;
    }

    private static String shortened(String actual, String full) {
        return actual.equals(full) ? "" : " (and is then shortened or numbered: " + Words.name(full) + " is the full form)";
    }
}
