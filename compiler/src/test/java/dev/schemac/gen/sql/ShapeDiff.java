package dev.schemac.gen.sql;

import dev.schemac.gen.sql.DbShape.ColumnShape;
import dev.schemac.gen.sql.DbShape.TableShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The differences between two shapes, one readable line each, so a failure says what differs. */
public final class ShapeDiff {
    private ShapeDiff() {}

    public static List<String> between(DbShape expected, DbShape actual) {
        var out = new ArrayList<String>();
        var names = new TreeSet<>(expected.tables().keySet());
        names.addAll(actual.tables().keySet());
        for (String t : names) {
            TableShape e = expected.tables().get(t);
            TableShape a = actual.tables().get(t);
            if (e == null) {
                out.add(t + ": unexpected table");
                continue;
            }
            if (a == null) {
                out.add(t + ": missing table");
                continue;
            }
            columns(t, e.columns(), a.columns(), out);
            same(t + " primary key", e.primaryKey(), a.primaryKey(), out);
            same(t + " foreign keys", e.foreignKeys(), a.foreignKeys(), out);
            same(t + " uniques", e.uniques(), a.uniques(), out);
            same(t + " indexes", e.indexes(), a.indexes(), out);
            same(t + " checks", e.checks(), a.checks(), out);
        }
        return out;
    }

    private static void columns(String t, List<ColumnShape> e, List<ColumnShape> a, List<String> out) {
        var en = e.stream().map(ColumnShape::name).toList();
        var an = a.stream().map(ColumnShape::name).toList();
        if (!en.equals(an)) {
            out.add(t + " columns: expected " + en + " but was " + an);
            return;
        }
        for (int i = 0; i < e.size(); i++) same(t + "." + en.get(i), e.get(i), a.get(i), out);
    }

    private static void same(String what, Object e, Object a, List<String> out) {
        if (!Objects.equals(e, a)) out.add(what + ": expected " + e + " but was " + a);
    }
}
