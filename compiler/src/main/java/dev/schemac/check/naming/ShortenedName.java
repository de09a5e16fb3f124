package dev.schemac.check.naming;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * SC609: a derived constraint name was past the identifier limit and was shortened with a
 * hash. Detected from the final name's shape ({@link Names#shorten} leaves a prefix cut near the
 * limit, an underscore and eight hex digits), so the rule reads what the lowering decided
 * instead of deriving names a second time; explicit names are the user's and are skipped.
 */
@AutoService(Rule.class)
public final class ShortenedName extends Rule {
    private static final Pattern HASHED = Pattern.compile(".*_[0-9a-f]{8}");
    /** {@link Names#shorten} keeps a 54-character head less the underscores it trims at the cut. */
    private static final int SHORTEST = Names.MAX_IDENTIFIER - 9;

    public ShortenedName() {
        super("SC609", Severity.INFO, "Derived name shortened past the length limit",
                "Index, constraint (check constraints among them) and trigger names are derived from the table and columns "
                + "(`idx_{table}_{columns}`); past 63 characters (PostgreSQL's limit, MySQL's is 64) the "
                + "compiler cuts the name and appends eight hex digits of its hash, so names stay unique "
                + "and stable but no longer say which columns they cover. Naming the index with "
                + "`name = \"...\"` keeps a readable name.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        for (Entity e : context.model().entities()) {
            Table t = context.table(e);
            var names = new ArrayList<String>();
            names.add(t.primaryKey().name());
            t.foreignKeys().stream().map(ForeignKey::name).forEach(names::add);
            t.uniques().stream().map(UniqueConstraint::name).forEach(names::add);
            t.indexes().stream().map(Index::name).forEach(names::add);
            t.checks().forEach(k -> names.add(k.name()));
            if (t.updatedAtTrigger() != null) names.add(t.updatedAtTrigger());
            var explicit = new java.util.HashSet<String>();
            e.indexes().forEach(i -> explicit.add(i.name()));
            e.uniques().forEach(u -> explicit.add(u.name()));
            e.checks().forEach(k -> explicit.add(k.name()));
            for (String n : names) {
                if (n != null && !explicit.contains(n) && n.length() >= SHORTEST && HASHED.matcher(n).matches()) {
                    out.report(e, shortened(Spans.entityName(e), t.name(), n));
                }
            }
        }
    }

    Diagnostic shortened(Span at, String table, String name) {
        return finding(at, "a derived name on table " + Quoted.stored(table) + " was shortened to " + Quoted.stored(name),
                "give the index or constraint a shorter name with `name = \"...\"`, or shorten the table or "
                + "column names");
    }

}
