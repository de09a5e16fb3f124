package dev.schemac.evolve;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.Table;
import dev.schemac.diag.Code;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.diag.Severity;
import dev.schemac.evolve.Change.*;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The destructive-change lint of a migration: which changes can lose data or fail on
 * existing rows, each as a diagnostic at the model line that causes it. The same findings
 * become the comments at the destructive statements when the user accepts them.
 */
public final class Lint {
    private Lint() {}

    /** A destructive change and what to say about it; for an enum, {@code column} names the enum. */
    public record Finding(Change change, Code code, String table, String column, String message, String help) {}

    public static List<Finding> findings(List<Change> changes, Catalog from, Catalog to) {
        var out = new ArrayList<Finding>();
        Set<String> created = new HashSet<>();
        var renamedTo = new java.util.HashMap<String, String>();
        for (Change c : changes) {
            if (c instanceof CreateTable t) created.add(t.t().name());
            if (c instanceof RenameTable r) renamedTo.put(r.from(), r.to());
        }
        Set<String> readdedChecks = new HashSet<>();
        for (Change c : changes) {
            // A constraint dropped and added under its name is replaced (its columns or values changed), not new.
            if (c instanceof DropCheck k) readdedChecks.add(k.check().name());
            if (c instanceof DropUnique u) readdedChecks.add(u.unique().name());
        }
        for (Change c : changes) {
            if (c instanceof DropTable t) {
                out.add(new Finding(c, Code.DROP_TABLE, t.t().name(), null, "the migration drops table `" + t.t().name()
                        + "` and its rows", "if the entity was renamed, add `@@renamed_from(\"" + entityOf(t.t()) + "\")` to it"));
            } else if (c instanceof DropColumn d) {
                String field = d.column().field() == null ? d.column().name() : d.column().field();
                // Dropped before the renames, so under the table's old name; reported at the entity's line.
                out.add(new Finding(c, Code.DROP_COLUMN, renamedTo.getOrDefault(d.table(), d.table()), null,
                        "the migration drops column `" + d.table() + "."
                        + d.column().name() + "` and its values",
                        "if the field was renamed, add `@renamed_from(\"" + field + "\")` to it"));
            } else if (c instanceof AlterColumn a) {
                Column o = a.from();
                Column n = a.to();
                String narrowing = narrowing(o.type(), n.type());
                if (narrowing != null) {
                    out.add(new Finding(c, Code.NARROWING, a.table(), n.name(), "the migration narrows `" + a.table() + "."
                            + n.name() + "`: " + narrowing, "widen instead, or add a new field, copy the values, then drop the old one"));
                }
                if (o.nullable() && !n.nullable()) {
                    out.add(new Finding(c, Code.MADE_REQUIRED, a.table(), n.name(), "the migration makes `" + a.table() + "."
                            + n.name() + "` required; it fails while a row holds NULL there",
                            "fill the NULLs first (UPDATE ... SET " + n.name() + " = ... WHERE " + n.name() + " IS NULL)"));
                }
            } else if (c instanceof AddColumn a && !created.contains(a.table())) {
                Column n = a.column();
                if (!n.nullable() && n.defaultValue() == null && !n.autoIncrement()) {
                    out.add(new Finding(c, Code.REQUIRED_WITHOUT_DEFAULT, a.table(), n.name(), "the migration adds required column `"
                            + a.table() + "." + n.name() + "` without a default; it fails once the table has a row",
                            "give the field a default (`= ...`), or add it as optional first"));
                }
            } else if (c instanceof AddUnique u && !created.contains(u.table()) && !readdedChecks.contains(u.unique().name())) {
                out.add(new Finding(c, Code.NEW_CONSTRAINT, u.table(), u.unique().columns().get(0), "the migration adds unique `"
                        + u.unique().name() + "` to `" + u.table() + "`; duplicate rows make it fail",
                        "look for duplicates of (" + String.join(", ", u.unique().columns()) + ") first"));
            } else if (c instanceof AddCheck k && !created.contains(k.table()) && !readdedChecks.contains(k.check().name())
                    && !onAddedColumns(k, changes)) {
                out.add(new Finding(c, Code.NEW_CONSTRAINT, k.table(), null, "the migration adds check `" + k.check().name()
                        + "` to `" + k.table() + "`; rows that break it make it fail", "look for rows that break the check first"));
            } else if (c instanceof AlterEnum e) {
                var removed = e.from().values().stream().filter(v -> !e.to().values().contains(v)).toList();
                if (!removed.isEmpty()) {
                    out.add(new Finding(c, Code.ENUM_VALUE_DROPPED, null, e.to().name(), "the migration drops value"
                            + (removed.size() == 1 ? " " : "s ") + String.join(", ", removed.stream().map(v -> "`" + v + "`").toList())
                            + " of enum `" + e.to().name() + "`", "move the rows that hold it to another value first"));
                }
            }
        }
        return out;
    }

    /** A check on columns this migration adds: existing rows get their default, which the model keeps valid. */
    private static boolean onAddedColumns(AddCheck k, List<Change> changes) {
        var added = new HashSet<String>();
        for (Change c : changes) if (c instanceof AddColumn a && a.table().equals(k.table())) added.add(a.column().name());
        var used = new HashSet<String>();
        for (var t : k.check().terms()) {
            if (t instanceof dev.schemac.catalog.Check.Compare x) used.add(x.column());
            else if (t instanceof dev.schemac.catalog.Check.ColumnCompare x) { used.add(x.left()); used.add(x.right()); }
            else if (t instanceof dev.schemac.catalog.Check.Length x) used.add(x.column());
            else if (t instanceof dev.schemac.catalog.Check.Pattern x) used.add(x.column());
            else if (t instanceof dev.schemac.catalog.Check.EnumMember x) used.add(x.column());
        }
        return added.containsAll(used);
    }

    private static String entityOf(Table t) {
        return t.entity() == null ? t.name() : t.entity();
    }

    /** Why the new type cannot hold every value of the old one, or null when it can. */
    static String narrowing(ColumnType o, ColumnType n) {
        if (o.equals(n)) return null;
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
                List.of(ScalarKind.STRING, ScalarKind.TEXT), List.of(ScalarKind.CHAR, ScalarKind.TEXT));
        if (widening.contains(List.of(a, b))) return null;
        if (a == ScalarKind.CHAR && b == ScalarKind.STRING && (n.length() == null || n.length() >= o.length())) return null;
        return a.keyword() + " to " + b.keyword();
    }

    /** The note a destructive statement carries once the user accepted it. */
    public static Map<Change, String> notes(List<Finding> findings) {
        var out = new LinkedHashMap<Change, String>();
        for (Finding f : findings) out.merge(f.change(), f.message() + ".", (x, y) -> x + " " + y);
        return out;
    }

    /**
     * The findings as diagnostics at the model line that causes each: the field, else the
     * entity, else (for what the model no longer has) the schema header. Errors unless
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
            return model.settings().span();
        }
        var entity = model.requireEntity(t.entity());
        if (column != null) {
            var col = t.column(column).orElse(null);
            if (col != null && col.field() != null && entity.field(col.field()).isPresent()) return entity.requireField(col.field()).span();
        }
        return entity.span();
    }
}
