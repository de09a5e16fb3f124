package dev.schemac.gen.prisma;

import dev.schemac.model.Op;
import dev.schemac.catalog.Check;
import dev.schemac.render.sql.Sql;
import java.math.BigDecimal;
import java.util.ArrayList;

/**
 * A CHECK constraint as a comment line: Prisma has no way to declare one, so the schema
 * says which the database enforces. Terms follow what the provider's DDL keeps: enum
 * membership only on SQLite (elsewhere the column's enum type enforces it), regular
 * expressions nowhere on SQLite (it has none built in). Its string literals are the
 * provider's SQL ({@link Sql#string}) and its bounds the values the DDL compares with
 * ({@link Sql#compared}), so the comment shows the check the database runs.
 */
final class CheckText {
    private CheckText() {}

    /** {@code CHECK ck_orders_total_amount: total_amount >= 0}, or null when the provider's DDL keeps no term of it. */
    static String of(dev.schemac.catalog.Table table, Check c, PrismaProvider p) {
        var parts = new ArrayList<String>();
        for (Check.Term t : c.terms()) {
            String s = term(table, t, p);
            if (s != null) parts.add(s);
        }
        return parts.isEmpty() ? null : "CHECK " + c.name() + ": " + String.join(" AND ", parts);
    }

    private static String term(dev.schemac.catalog.Table table, Check.Term t, PrismaProvider p) {
        if (!Sql.keeps(p.dialect(), t)) return null; // as the DDL
        // The bound the database compares with (a float's as binary32 stores it), as the DDL writes it.
        if (t instanceof Check.Compare c) return c.column() + " " + op(c.op()) + " " + literal(Sql.compared(p.dialect(), table, c), p);
        if (t instanceof Check.ColumnCompare c) return c.left() + " " + op(c.op()) + " " + c.right();
        if (t instanceof Check.Length l) {
            String len = "length(" + l.column() + ")";
            if (l.min() != null && l.max() != null) return len + " BETWEEN " + l.min() + " AND " + l.max();
            return l.min() != null ? len + " >= " + l.min() : len + " <= " + l.max();
        }
        if (t instanceof Check.Pattern r) return r.column() + " matches " + Psl.string(r.regex());
        if (t instanceof Check.AllOrNone a) return a.described();
        var e = (Check.EnumMember) t;
        return e.column() + " IN (" + String.join(", ", e.values().stream().map(v -> Sql.string(p.dialect(), v)).toList()) + ")";
    }

    private static String op(Op op) {
        return op == Op.NE ? "<>" : op.symbol();
    }

    private static String literal(Object v, PrismaProvider p) {
        if (v instanceof BigDecimal n) return n.toPlainString();
        if (v instanceof Boolean b) return b.toString();
        return Sql.string(p.dialect(), String.valueOf(v));
    }
}
