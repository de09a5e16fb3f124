package dev.schemac.pull.introspect;

import dev.schemac.sqltext.SqlLexer;
import dev.schemac.sqltext.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises triggers that only keep timestamp columns current on update, which the
 * language says with {@code @updated}: SQLite's AFTER UPDATE trigger that sets the columns
 * to CURRENT_TIMESTAMP, PostgreSQL's BEFORE UPDATE function that assigns them in NEW.
 */
final class UpdatedTriggers {
    private UpdatedTriggers() {}

    private static final Set<String> NOW = Set.of("current_timestamp", "now", "localtimestamp", "transaction_timestamp",
            "statement_timestamp", "clock_timestamp", "datetime");

    private static boolean isNow(SqlExpr e) {
        e = SqlExpr.uncast(e);
        if (!(e instanceof SqlExpr.Call c) || !NOW.contains(c.name())) return false;
        if (c.name().equals("datetime")) {
            return c.args().size() == 1 && c.args().get(0) instanceof SqlExpr.Lit l && "now".equals(l.value());
        }
        return c.args().size() <= 1;
    }

    /** The columns a SQLite trigger on {@code table} sets to the current time on update, or null. */
    static List<String> sqlite(String sql, String table) {
        List<Token> t;
        try {
            t = SqlLexer.code(sql, false);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int on = indexOf(t, "ON", 0);
        int update = indexOf(t, "UPDATE", 0);
        // The body's BEGIN, not a column named begin (NEW.begin in the WHEN clause).
        int begin = indexOf(t, "BEGIN", 0);
        while (begin > 0 && t.get(begin - 1).is(".")) begin = indexOf(t, "BEGIN", begin + 1);
        if (on < 0 || update < 0 || begin < 0 || update > on || on + 1 >= t.size()) return null;
        if (!t.get(on + 1).text().equals(table)) return null;
        for (int i = 0; i < update; i++) if (t.get(i).is("INSERT") || t.get(i).is("DELETE")) return null;
        // The body: one or more UPDATE <table> SET col = now, ... WHERE ... ; then END
        // (schemac now writes one statement for every @updated column of the table; earlier releases one per column).
        int k = begin + 1;
        var cols = new ArrayList<String>();
        while (k < t.size() && !t.get(k).is("END")) {
            if (k + 2 >= t.size() || !t.get(k).is("UPDATE") || !t.get(k + 1).text().equals(table) || !t.get(k + 2).is("SET")) {
                return null;
            }
            k += 3;
            while (k < t.size()) {
                if (!t.get(k).isName() || k + 1 >= t.size() || !t.get(k + 1).is("=")) return null;
                String col = t.get(k).text();
                int end = k + 2;
                int depth = 0;
                while (end < t.size() && !(depth == 0 && (t.get(end).is(",") || t.get(end).is("WHERE") || t.get(end).is(";")))) {
                    if (t.get(end).is("(")) depth++;
                    if (t.get(end).is(")")) depth--;
                    end++;
                }
                if (end >= t.size() || !(isNow(parse(t, k + 2, end)) || nowUnlessChanged(t, k + 2, end, col))) return null;
                cols.add(col);
                k = end;
                if (t.get(k).is(",")) {
                    k++;
                    continue;
                }
                break;
            }
            int semi = indexOf(t, ";", k);
            if (semi < 0 || !onlyTheRow(t, k, semi)) return null;
            k = semi + 1;
        }
        if (k + 1 != t.size()) return null;
        return cols.isEmpty() ? null : cols;
    }

    /**
     * {@code WHERE id = NEW.id [AND k = NEW.k ...]} (or {@code rowid = NEW.rowid}) from {@code from} to the
     * statement's end: the UPDATE stamps the row that changed. Without it every row of the table is
     * stamped on each update, which {@code @updated} does not say.
     */
    private static boolean onlyTheRow(List<Token> t, int from, int semi) {
        if (from >= semi || !t.get(from).is("WHERE")) return false;
        int k = from + 1;
        while (true) {
            if (k + 4 >= semi + 1 || !t.get(k).isName() || !t.get(k + 1).is("=") || !t.get(k + 2).is("NEW") || !t.get(k + 3).is(".")
                    || !t.get(k + 4).text().equals(t.get(k).text())) {
                return false;
            }
            k += 5;
            if (k == semi) return true;
            if (!t.get(k).is("AND")) return false;
            k++;
        }
    }

    /**
     * {@code CASE WHEN NEW.c IS OLD.c THEN <now> ELSE c END} (or {@code ELSE NEW.c}): the form
     * schemac writes when one trigger keeps several columns, each only when the UPDATE left it unchanged.
     */
    private static boolean nowUnlessChanged(List<Token> t, int from, int to, String col) {
        if (to - from < 12 || !t.get(from).is("CASE") || !t.get(from + 1).is("WHEN") || !t.get(to - 1).is("END")) return false;
        int k = from + 2;
        if (!(t.get(k).is("NEW") && t.get(k + 1).is(".") && t.get(k + 2).text().equals(col) && t.get(k + 3).is("IS")
                && t.get(k + 4).is("OLD") && t.get(k + 5).is(".") && t.get(k + 6).text().equals(col) && t.get(k + 7).is("THEN"))) {
            return false;
        }
        boolean bare = t.get(to - 3).is("ELSE") && t.get(to - 2).text().equals(col);
        boolean qualified = to - 5 > k + 8 && t.get(to - 5).is("ELSE") && t.get(to - 4).is("NEW") && t.get(to - 3).is(".")
                && t.get(to - 2).text().equals(col);
        if (!bare && !qualified) return false;
        return isNow(parse(t, k + 8, bare ? to - 3 : to - 5));
    }

    /** The columns a PL/pgSQL trigger function body sets to the current time in NEW, or null. */
    static List<String> postgres(String body) {
        List<Token> t;
        try {
            t = SqlLexer.code(body, false);
        } catch (IllegalArgumentException e) {
            return null;
        }
        var cols = new ArrayList<String>();
        boolean returnsNew = false;
        int k = 0;
        while (k < t.size()) {
            Token tok = t.get(k);
            if (tok.is("BEGIN") || tok.is(";")) {
                k++;
            } else if (tok.is("END")) {
                k++;
                if (k < t.size() && t.get(k).is("IF")) k++;
            } else if (tok.is("IF")) {
                // A guard such as IF NEW.x IS NOT DISTINCT FROM OLD.x THEN: read only up to THEN.
                int then = indexOf(t, "THEN", k);
                if (then < 0) return null;
                for (int i = k; i < then; i++) {
                    if (t.get(i).isName() && !(t.get(i).is("NEW") || t.get(i).is("OLD") || t.get(i).is("IS")
                            || t.get(i).is("NOT") || t.get(i).is("DISTINCT") || t.get(i).is("FROM") || t.get(i).is("IF")
                            || (i > 0 && t.get(i - 1).is(".")))) {
                        return null;
                    }
                }
                k = then + 1;
            } else if (tok.is("RETURN")) {
                if (k + 1 >= t.size() || !t.get(k + 1).is("NEW")) return null;
                returnsNew = true;
                k += 2;
            } else if (tok.is("NEW") && k + 3 < t.size() && t.get(k + 1).is(".") && t.get(k + 2).isName()
                    && (t.get(k + 3).is(":=") || t.get(k + 3).is("=") || (t.get(k + 3).is(":") && t.get(k + 4).is("=")))) {
                String col = t.get(k + 2).text();
                int start = t.get(k + 3).is(":") ? k + 5 : k + 4;
                int semi = indexOf(t, ";", start);
                if (semi < 0 || !isNow(parse(t, start, semi))) return null;
                cols.add(col);
                k = semi + 1;
            } else {
                return null;
            }
        }
        return returnsNew && !cols.isEmpty() ? cols : null;
    }

    private static SqlExpr parse(List<Token> t, int from, int to) {
        var p = new SqlExpr.Parser(t.subList(from, to));
        try {
            SqlExpr e = p.or();
            return p.pos == to - from ? e : new SqlExpr.Other("trailing tokens");
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new SqlExpr.Other("unparsable");
        }
    }

    private static int indexOf(List<Token> t, String word, int from) {
        for (int i = from; i < t.size(); i++) if (t.get(i).is(word)) return i;
        return -1;
    }
}
