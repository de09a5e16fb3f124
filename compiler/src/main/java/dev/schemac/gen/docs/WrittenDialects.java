package dev.schemac.gen.docs;

import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The dialects whose scripts this run writes ({@link TargetContext#writes}, the SQL target's
 * decision): a sentence about what a database does names only these, and a dialect left out
 * (its limits are a warning, SC504/SC540-SC545) is named once, with its cause, in the technology
 * stack. The seed target and the file list read the same decision.
 */
final class WrittenDialects {
    private final Set<Dialect> written;
    private final TargetContext ctx;

    private WrittenDialects(Set<Dialect> written, TargetContext ctx) {
        this.written = written;
        this.ctx = ctx;
    }

    static WrittenDialects of(TargetContext ctx) {
        var w = EnumSet.noneOf(Dialect.class);
        for (Dialect d : Dialect.values()) if (ctx.writes(d)) w.add(d);
        return new WrittenDialects(w, ctx);
    }

    boolean has(Dialect d) { return written.contains(d); }

    /** Those of {@code ds} that are written, named in the order given: "PostgreSQL and SQLite"; empty when none is. */
    String names(Dialect... ds) {
        var out = new ArrayList<String>();
        for (Dialect d : ds) if (has(d)) out.add(d.displayName());
        return Words.list(out);
    }

    /** The dialects left out, each with the codes of the findings that left it out. */
    List<String> leftOut() {
        var out = new ArrayList<String>();
        for (Dialect d : Dialect.values()) {
            if (has(d)) continue;
            var codes = Sql.leftOutBy(d, ctx.model(), ctx.catalog());
            out.add("the " + d.displayName() + " schema, migration and seed scripts: " + d.displayName()
                    + " cannot hold what the model declares" + (codes.isEmpty() ? "" : " (" + String.join(", ", codes)
                    + ", listed among the findings)") + ", and the model stands for its own database");
        }
        return out;
    }

    /** Where a live-rows-only unique is what, per written dialect. */
    String liveUnique() {
        var parts = new ArrayList<String>();
        String partial = names(Dialect.POSTGRES, Dialect.SQLITE);
        if (!partial.isEmpty()) parts.add("a partial unique index on " + partial);
        if (has(Dialect.MYSQL)) parts.add("a unique over every row on MySQL");
        return String.join(", ", parts);
    }
}
