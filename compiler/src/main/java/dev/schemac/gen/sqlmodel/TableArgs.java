package dev.schemac.gen.sqlmodel;

import static dev.schemac.gen.sqlmodel.PyExpr.call;
import static dev.schemac.gen.sqlmodel.PyExpr.dict;
import static dev.schemac.gen.sqlmodel.PyExpr.entry;
import static dev.schemac.gen.sqlmodel.PyExpr.kw;
import static dev.schemac.gen.sqlmodel.PyExpr.raw;
import static dev.schemac.gen.sqlmodel.PyExpr.str;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Dialect;
import dev.schemac.model.ReferentialAction;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A table's {@code __table_args__}: what its fields cannot say ({@link OnField}), as
 * SQLAlchemy objects with the Catalog's names: composite keys, uniques and indexes, those
 * whose name is not the convention's, every CHECK, and the table's options.
 */
final class TableArgs {
    private final Imports imports;

    TableArgs(Imports imports) {
        this.imports = imports;
    }

    /** The assignment: there are always MySQL's table options. */
    String render(Table t, OnField on) {
        var items = new ArrayList<PyExpr>();
        if (!on.primaryKey) {
            items.add(call("sa.PrimaryKeyConstraint", withName(strings(t.primaryKey().columns()), t.primaryKey().name())));
        }
        for (ForeignKey fk : t.foreignKeys()) if (!on.says(fk)) items.add(foreignKey(fk));
        for (UniqueConstraint u : t.uniques()) {
            if (u.partial()) items.add(partialUnique(u));
            else if (!on.says(u)) items.add(call("sa.UniqueConstraint", withName(strings(u.columns()), u.name())));
        }
        for (Index i : t.indexes()) {
            if (on.says(i)) continue;
            var args = new ArrayList<PyExpr>(List.of(str(i.name())));
            args.addAll(strings(i.columns()));
            items.add(call("sa.Index", args));
        }
        for (Check c : t.checks()) {
            PyExpr e = check(t, c);
            if (e != null) items.add(e);
        }
        var options = new ArrayList<PyExpr>();
        if (t.doc() != null) options.add(entry("comment", str(t.doc())));
        // SQLite: AUTOINCREMENT, as the DDL declares it, so ids of deleted rows are never reused.
        if (t.columns().stream().anyMatch(Column::autoIncrement)) options.add(entry("sqlite_autoincrement", raw("True")));
        // MySQL's engine, character set and collation, as the DDL has them; other dialects ignore them.
        for (var o : Sql.mysqlTableOptions()) options.add(entry("mysql_" + o.getKey(), str(o.getValue())));
        // Options alone are a dict, not a tuple of one.
        if (items.isEmpty()) return PyExpr.layout("    ", "__table_args__ = ", dict(options), "");
        if (!options.isEmpty()) items.add(dict(options));
        return PyExpr.layout("    ", "__table_args__ = ", PyExpr.tuple(items), "");
    }

    /**
     * A unique among some rows is the partial unique index the DDL creates where the dialect has
     * them; SQLAlchemy ignores the {@code <dialect>_where} of other dialects, so on MySQL it is the
     * unique index over every row that MySQL's DDL declares.
     */
    private static PyExpr partialUnique(UniqueConstraint u) {
        var args = new ArrayList<PyExpr>(List.of(str(u.name())));
        args.addAll(strings(u.columns()));
        args.add(kw("unique", raw("True")));
        for (Dialect d : Dialect.values()) {
            if (Sql.partialIndexes(d)) args.add(kw(CheckSql.dialectName(d) + "_where", call("sa.text", List.of(raw(dev.schemac.render.python.Py.sqlText(Sql.rowFilter(d, u.where())))))));
        }
        return call("sa.Index", args);
    }

    private static PyExpr foreignKey(ForeignKey fk) {
        var refs = new ArrayList<PyExpr>();
        for (String c : fk.referencedColumns()) refs.add(str(fk.referencedTable() + "." + c));
        var args = new ArrayList<PyExpr>(List.of(PyExpr.list(strings(fk.columns())), PyExpr.list(refs)));
        args.add(kw("name", str(fk.name())));
        // NO ACTION is every database's default, and reflection reports it as no action at all.
        if (fk.onDelete() != ReferentialAction.NO_ACTION) args.add(kw("ondelete", str(Sql.action(fk.onDelete()))));
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) args.add(kw("onupdate", str(Sql.action(fk.onUpdate()))));
        // A key of a reference cycle is added after both tables exist, as the DDL does.
        if (fk.forward()) args.add(kw("use_alter", raw("True")));
        return call("sa.ForeignKeyConstraint", args);
    }

    /**
     * A check with one SQL text in every dialect is a plain constraint; one whose SQL differs
     * (length functions, regular expressions, enum membership) is chosen by {@code DIALECT}.
     */
    private PyExpr check(Table t, Check c) {
        var byDialect = new LinkedHashMap<String, PyExpr>();
        for (Dialect d : Dialect.values()) {
            PyExpr sql = CheckSql.render(t, c, d);
            if (sql != null) byDialect.put(CheckSql.dialectName(d), sql);
        }
        if (byDialect.isEmpty()) return null;
        var distinct = byDialect.values().stream().map(PyExpr::flat).distinct().toList();
        if (byDialect.size() == Dialect.values().length && distinct.size() == 1) {
            return call("sa.CheckConstraint", List.of(byDialect.values().iterator().next(), kw("name", str(c.name()))));
        }
        imports.dialectCheck = true;
        var args = new ArrayList<PyExpr>(List.of(str(c.name())));
        for (var e : byDialect.entrySet()) args.add(kw(e.getKey(), e.getValue()));
        return call("*dialect_check", args);
    }

    private static List<PyExpr> strings(List<String> xs) {
        return xs.stream().map(PyExpr::str).toList();
    }

    private static List<PyExpr> withName(List<PyExpr> args, String name) {
        var out = new ArrayList<>(args);
        out.add(kw("name", str(name)));
        return out;
    }
}
