package dev.schemac.gen.sqlmodel;

import static dev.schemac.gen.sqlmodel.PyExpr.call;
import static dev.schemac.gen.sqlmodel.PyExpr.raw;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.render.python.Py;
import dev.schemac.render.python.SqlName;
import dev.schemac.render.sql.Sql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Catalog check as a SQLAlchemy expression, which each dialect compiles with its own
 * quoting and functions ({@code char_length} is {@code length} on SQLite). Which terms a
 * dialect keeps is the DDL's rule: SQLite has no regular expressions, and enum membership
 * is a check only where enums are not a type (SQLite). A check with no term left in a
 * dialect is absent there.
 */
final class CheckSql {
    private CheckSql() {}

    /** The SQLAlchemy dialect names the generated module compares {@code DIALECT} with. */
    static String dialectName(Dialect d) {
        return switch (d) {
            case SQLITE -> "sqlite";
            case POSTGRES -> "postgresql";
            case MYSQL -> "mysql";
        };
    }

    /**
     * The check of table {@code table} as an expression in {@code d}, or null when the dialect
     * keeps none of its terms. Calls are trees, so that a long one is laid out as ruff lays it out.
     */
    static PyExpr render(Table table, Check c, Dialect d) {
        var parts = new ArrayList<PyExpr>();
        for (Check.Term t : c.terms()) {
            PyExpr s = term(table, t, d);
            if (s != null) parts.add(s);
        }
        if (parts.isEmpty()) return null;
        return parts.size() == 1 ? parts.get(0) : call("sa.and_", parts);
    }

    private static PyExpr term(Table table, Check.Term t, Dialect d) {
        if (!Sql.keeps(d, t)) return null; // as the DDL
        if (t instanceof Check.Compare c) {
            // The value the DDL compares with in this dialect (a float bound as binary32, a datetime's form).
            Object compared = Sql.compared(d, table, c);
            // A bound rewritten to binary32 keeps its exact digits (a Python float would print the shortest
            // double), and one too wide for MySQL's DECIMAL its exponent: as SQL, the DDL's own spelling.
            String lit = compared instanceof BigDecimal n && (!compared.equals(c.literal()) || !Sql.number(n).equals(n.toPlainString()))
                    ? "sa.literal_column(" + Py.str(Sql.number(n)) + ")" : literal(compared);
            // SQL's own spelling of "not equal", which is also how the DDL and the databases write it.
            if (c.op() == dev.schemac.model.Op.NE) return raw(col(c.column()) + ".op(\"<>\")(" + lit + ")");
            return raw(col(c.column()) + " " + op(c.op()) + " " + lit);
        }
        if (t instanceof Check.ColumnCompare c) {
            if (c.op() == dev.schemac.model.Op.NE) return raw(col(c.left()) + ".op(\"<>\")(" + col(c.right()) + ")");
            return raw(col(c.left()) + " " + op(c.op()) + " " + col(c.right()));
        }
        if (t instanceof Check.Length l) {
            String len = "sa.func.char_length(" + col(l.column()) + ")";
            if (l.min() != null && l.max() != null) {
                return call(len + ".between", List.of(raw(l.min().toString()), raw(l.max().toString())));
            }
            return raw(l.min() != null ? len + " >= " + l.min() : len + " <= " + l.max());
        }
        if (t instanceof Check.Pattern p) {
            return call(col(p.column()) + ".regexp_match", List.of(raw(Py.str(Sql.pattern(d, p.regex())))));
        }
        if (t instanceof Check.AllOrNone a) {
            var none = a.columns().stream().map(c -> raw(col(c) + ".is_(None)")).toList();
            var all = a.columns().stream().map(c -> raw(col(c) + ".is_not(None)")).toList();
            return call("sa.or_", List.of(call("sa.and_", none), call("sa.and_", all)));
        }
        var e = (Check.EnumMember) t;
        return call(col(e.column()) + ".in_", List.of(PyExpr.list(e.values().stream().map(PyExpr::str).toList())));
    }

    private static String op(dev.schemac.model.Op op) {
        return op == dev.schemac.model.Op.EQ ? "==" : op.symbol();
    }

    private static String col(String name) {
        return "sa.column(" + SqlName.of(name) + ")";
    }

    private static String literal(Object v) {
        if (v instanceof BigDecimal n) return n.toPlainString();
        if (v instanceof Boolean b) return b ? "sa.true()" : "sa.false()";
        return Py.str(String.valueOf(v));
    }
}
