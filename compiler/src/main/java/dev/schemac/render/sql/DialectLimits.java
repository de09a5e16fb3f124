package dev.schemac.render.sql;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.diag.Messages;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.ScalarKind;
import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Model;
import java.util.function.Consumer;
import java.util.HashSet;
import java.util.Set;

/**
 * What a dialect cannot represent, reported with the dialect and the field named, so the
 * scripts never contain SQL that fails or silently means something else.
 */
final class DialectLimits {
    private DialectLimits() {}

    static void check(Dialect dialect, Model model, Catalog catalog, Consumer<Diagnostic> report) {
        EngineLimits.check(dialect, model, catalog, report);
        EngineNames.check(dialect, model, catalog, report);
        // Only MySQL (keys on unbounded columns) and SQLite (wide decimals, patterns) refuse a column here.
        if (dialect == Dialect.POSTGRES) return;
        for (Table t : catalog.tables()) {
            if (t.entity() == null) continue;
            var entity = model.requireEntity(t.entity());
            // A column's field is looked up only for a finding, or on SQLite when some field has a @pattern.
            boolean patterns = dialect == Dialect.SQLITE && hasPattern(entity);
            Set<String> keyed = dialect == Dialect.MYSQL ? keyedColumns(t) : Set.of();
            wholeReferences(dialect, entity, t, report);
            for (Column c : t.columns()) {
                if (c.field() == null) continue;
                if (dialect == Dialect.MYSQL && keyed.contains(c.name()) && unboundedInMysql(c)) {
                    Field f = entity.requireField(c.field());
                    report.accept(Messages.dialectUnsupported(f.span(), "MySQL", name(entity, f),
                            "a key, unique constraint or index on an unbounded " + describe(c),
                            s -> "give the field a length (" + Quoted.name(s.type("string(255)")) + ") or do not index it"));
                }
                if (dialect == Dialect.SQLITE && c.type().kind() == ScalarKind.DECIMAL && c.type().precision() > 15) {
                    Field f = entity.requireField(c.field());
                    report.accept(Messages.dialectUnsupported(f.span(), "SQLite", name(entity, f), "decimal(" + c.type().precision() + ", "
                                    + c.type().scale() + ") exactly",
                            s -> "SQLite keeps NUMERIC values as 8-byte floats: at most 15 significant digits round-trip "
                                    + "exactly; use at most " + s.type("decimal(15, s)") + " on SQLite").withSeverity(dev.schemac.diag.Severity.WARNING));
                }
                if (patterns) {
                    Field f = entity.requireField(c.field());
                    if (f.relation() != null) continue;
                    for (FieldCheck fc : f.checks()) {
                        if (fc instanceof FieldCheck.Pattern) {
                            report.accept(Messages.dialectUnsupported(fc.span(), "SQLite", name(entity, f), "@pattern",
                                    "SQLite has no regular expressions built in: the check is left out of the SQLite "
                                            + "schema and must be enforced by the application there")
                                    .withSeverity(dev.schemac.diag.Severity.WARNING));
                        }
                    }
                }
            }
        }
    }

    /** The optional references of several columns a dialect's DDL cannot keep all NULL or all set ({@link SqlDialect#keeps}). */
    private static void wholeReferences(Dialect dialect, Entity entity, Table t, Consumer<Diagnostic> report) {
        for (var ch : t.checks()) {
            for (var term : ch.terms()) {
                if (!(term instanceof dev.schemac.catalog.Check.AllOrNone a) || Sql.keeps(dialect, a)) continue;
                for (var fk : t.foreignKeys()) {
                    if (!fk.columns().equals(a.columns()) || fk.field() == null) continue;
                    Field f = entity.requireField(fk.field());
                    report.accept(Messages.dialectUnsupported(f.span(), "MySQL", name(entity, f),
                            "an optional reference of several columns kept all NULL or all set",
                            "MySQL and MariaDB refuse a CHECK on columns a referential action writes, so the MySQL schema "
                                    + "accepts a row with some of " + String.join(", ", a.columns().stream().map(Quoted::name).toList())
                                    + " NULL: the application must keep them all NULL or all set there")
                            .withSeverity(dev.schemac.diag.Severity.WARNING));
                }
            }
        }
    }

    private static boolean hasPattern(Entity e) {
        for (Field f : e.fields()) {
            if (f.relation() != null) continue;
            for (FieldCheck fc : f.checks()) if (fc instanceof FieldCheck.Pattern) return true;
        }
        return false;
    }

    /** The field as a finding names it; built only for a finding (the loop visits every column of every dialect). */
    private static String name(Entity entity, Field f) {
        return entity.name() + "." + f.name();
    }

    private static Set<String> keyedColumns(Table t) {
        var out = new HashSet<>(t.primaryKey().columns());
        t.uniques().forEach(u -> out.addAll(u.columns()));
        t.indexes().forEach(i -> out.addAll(i.columns()));
        t.foreignKeys().forEach(f -> out.addAll(f.columns()));
        return out;
    }

    private static boolean unboundedInMysql(Column c) {
        if (c.type().isEnum()) return false;
        ScalarKind k = c.type().kind();
        return k == ScalarKind.TEXT || k == ScalarKind.JSON || k == ScalarKind.BYTES
                || (k == ScalarKind.STRING && c.type().length() == null);
    }

    private static String describe(Column c) {
        return c.type().kind() == ScalarKind.STRING ? "string" : c.type().kind().keyword();
    }
}
