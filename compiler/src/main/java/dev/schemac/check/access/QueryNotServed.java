package dev.schemac.check.access;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.access.AccessPath;
import dev.schemac.access.AccessPaths;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.diag.Severity;
import dev.schemac.model.AccessPattern;
import dev.schemac.model.Entity;

/** SC730: a declared access pattern that no index serves, with the {@code @@index} that would. */
@AutoService(Rule.class)
public final class QueryNotServed extends Rule {
    public QueryNotServed() {
        super("SC730", Severity.WARNING, "No index serves a declared query",
                "A `@@query` with `where` and `order` says which columns the query compares with `=` and "
                + "which it sorts by. An index serves it when the compared columns are its leading "
                + "columns (in any order) and the sort columns follow in order, all ascending or all "
                + "descending; the primary key and unique constraints count. Without one, every run of "
                + "the query reads the whole table, or finds the rows and then sorts them. The finding "
                + "names the `@@index` that serves the query; paste it into the entity.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            for (AccessPattern q : e.queries()) {
                AccessPath p = AccessPaths.of(e, q, context.table(e));
                if (!p.verified() || p.served() || p.suggestion().isEmpty()) continue;
                out.report(e, notServed(p));
            }
        }
    }

    Diagnostic notServed(AccessPath p) {
        return finding(p.pattern().span(), "no index of " + Quoted.stored(p.table().name()) + " serves the query "
                        + Messages.quoted(p.pattern().description()) + " of " + Quoted.name(p.entity().name()) + ": " + shortfall(p),
                s -> "add " + Quoted.name(s.withFields("@@index", p.suggestion(), p.table().columnNamesOf(p.suggestion())))
                        + " to " + Quoted.name(p.entity().name()));
    }

    /** What reading the table takes without a serving index. */
    static String shortfall(AccessPath p) {
        var all = p.findsAll();
        if (all.isPresent()) return Quoted.stored(all.get().index().name()) + " finds its rows, but they are sorted after every read";
        if (!p.narrowing().isEmpty()) {
            var by = p.narrowing().stream().map(n -> Quoted.stored(n.index().name()) + " by " + Quoted.columns(n.columns())).toList();
            return "only part of its filter is in an index (" + String.join("; ", by) + "), the rest is checked row by row";
        }
        return p.equality().isEmpty() ? "every run reads the whole table " + Quoted.stored(p.table().name()) + " and sorts it"
                : "no index starts with " + (p.equality().size() == 1 ? Quoted.stored(p.equality().get(0)) : "any of " + Quoted.columns(p.equality()))
                + ", so every run reads the whole table";
    }
}
