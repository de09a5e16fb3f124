package dev.schemac.check.design;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.access.IndexBudget;
import dev.schemac.catalog.Table;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.source.Span;

/** SC705: more secondary indexes on one table than writes comfortably maintain. */
@AutoService(Rule.class)
public final class TooManyIndexes extends Rule {
    /** Past this many indexes and unique constraints besides the primary key, the rule fires. */
    public static final int LIMIT = IndexBudget.LIMIT;

    public TooManyIndexes() {
        super("SC705", Severity.WARNING, "Too many indexes on one table",
                "Indexes cost writes: " + IndexBudget.COST + ". Each also takes memory the hot data needs. Past " + LIMIT + " secondary indexes "
                + "(indexes and unique constraints besides the primary key, foreign-key indexes "
                + "included), writes slow down noticeably and some indexes usually serve no query. "
                + "Keep the indexes the `@@query` access patterns need; a composite index often "
                + "replaces several single-column ones.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            Table t = context.table(e);
            int n = IndexBudget.secondary(t);
            if (n > LIMIT) out.report(e, tooMany(Spans.entityName(e), t.name(), n));
        }
    }

    Diagnostic tooMany(Span at, String table, int count) {
        return finding(at, "table " + Quoted.stored(table) + " has " + count + " secondary indexes; " + IndexBudget.COST,
                s -> "keep at most " + LIMIT + ": drop indexes no " + Quoted.name(s.attribute("@@query")) + " needs, or merge single-column "
                + "ones into a composite index");
    }
}
