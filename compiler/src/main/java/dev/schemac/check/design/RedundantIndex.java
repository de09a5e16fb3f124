package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.IndexSpec;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * SC704: an explicit index ({@code @index}, {@code @@index}) that duplicates another index,
 * key or unique constraint, or is a left prefix of one. Foreign keys need no rule of their
 * own: the lowering indexes every foreign key that no index, key or unique constraint starts
 * with, so an explicit index is what can be too much, not too little.
 */
@AutoService(Rule.class)
public final class RedundantIndex extends Rule {
    public RedundantIndex() {
        super("SC704", Severity.WARNING, "Redundant index",
                "Every foreign key is indexed: the compiler adds an index unless one already starts with "
                + "the key's columns. An explicit index is redundant when another index, the primary key "
                + "or a unique constraint has the same columns, or starts with them (a B-tree index on "
                + "`(a, b)` serves every lookup on `a` alone). A redundant index costs disk and write "
                + "time and serves no query. Keep the longer one. A unique of a soft-deleting entity is a partial "
                + "index of the live rows on PostgreSQL and SQLite, which serves only queries that filter "
                + "`deleted_at IS NULL`; an index on its columns over every row is not redundant there.");
    }

    /**
     * An index, key or unique constraint: its name, columns, whether it covers only the live rows
     * (the partial unique of a soft-deleting entity) and, for explicit indexes, its span.
     */
    private record Access(String kind, String name, List<String> columns, boolean partial, Span explicitAt) {}

    @Override
    public void check(CheckContext context, Reporter out) {
        // MySQL has no partial indexes: there a live-rows unique is kept over every row and serves
        // every lookup an index on its columns would.
        boolean partialServesAll = context.model().settings().dialect() == Dialect.MYSQL;
        for (Entity e : context.model().entities()) {
            Table t = context.table(e);
            List<Access> all = accesses(e, t);
            for (int i = 0; i < all.size(); i++) {
                Access a = all.get(i);
                if (a.explicitAt() == null) continue;
                for (int j = 0; j < all.size(); j++) {
                    Access other = all.get(j);
                    if (i == j) continue;
                    // A partial unique serves only the queries that filter the live rows; a lookup
                    // over every row (has this email ever registered?) needs the full index.
                    if (other.partial() && !a.partial() && !partialServesAll) continue;
                    boolean same = other.columns().equals(a.columns());
                    boolean prefix = !same && startsWith(other.columns(), a.columns());
                    // Of two equal explicit indexes, the later one is reported.
                    if ((same && (other.explicitAt() == null || j < i)) || prefix) {
                        out.report(e, redundant(a.explicitAt(), t.name(), a.columns(), other, same));
                        break;
                    }
                }
            }
        }
    }

    private static List<Access> accesses(Entity e, Table t) {
        var explicit = new ArrayList<Span>();
        for (Field f : e.fields()) if (f.indexed() && f.isStored()) explicit.add(f.span());
        for (IndexSpec i : e.indexes()) explicit.add(i.span());
        var out = new ArrayList<Access>();
        // The lowering lists explicit indexes first, in this order, then foreign-key indexes.
        List<Index> indexes = t.indexes();
        for (int i = 0; i < indexes.size(); i++) {
            Index x = indexes.get(i);
            out.add(new Access("index", x.name(), x.columns(), false, i < explicit.size() ? explicit.get(i) : null));
        }
        out.add(new Access("primary key", t.primaryKey().name(), t.primaryKey().columns(), false, null));
        for (UniqueConstraint u : t.uniques()) out.add(new Access("unique constraint", u.name(), u.columns(), u.partial(), null));
        return out;
    }

    private static boolean startsWith(List<String> longer, List<String> prefix) {
        return longer.size() > prefix.size() && longer.subList(0, prefix.size()).equals(prefix);
    }

    private Diagnostic redundant(Span at, String table, List<String> columns, Access other, boolean same) {
        String cols = Quoted.columns(columns);
        String otherCols = Quoted.columns(other.columns());
        String why = same ? "duplicates the " + other.kind() + " " + Quoted.stored(other.name())
                : "is a left prefix of the " + other.kind() + " " + Quoted.stored(other.name()) + " " + otherCols;
        return finding(at, "the index on " + Quoted.stored(table) + " " + cols + " " + why,
                "remove it: the " + other.kind() + " serves the same lookups");
    }

}
