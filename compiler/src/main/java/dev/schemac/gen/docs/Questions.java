package dev.schemac.gen.docs;

import dev.schemac.access.AccessPath;
import dev.schemac.access.AccessPaths;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Entity;
import dev.schemac.model.Model;
import dev.schemac.model.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions this model leaves open, each from a gap in it: sizes not declared, personal
 * data without a retention rule, secrets without a stated hash, uniques on soft-deleting
 * entities, queries stated in words only or served by no index, entities without a stated
 * purpose, and large tables whose old rows may or may not be needed. Both documents ask them.
 */
final class Questions {
    private final Model model;
    private final Catalog catalog;
    private final WrittenDialects written;

    Questions(TargetContext ctx) {
        this.model = ctx.model();
        this.catalog = ctx.catalog();
        this.written = WrittenDialects.of(ctx);
    }

    void render(StringBuilder b) {
        var qs = questions();
        if (qs.isEmpty()) {
            b.append("The model declares a volume, a purpose and access patterns for every entity and leaves none of the gaps these questions come from.\n");
            return;
        }
        int n = 1;
        for (String q : qs) b.append(n++).append(". ").append(q).append("\n");
        b.append("\n");
    }

    List<String> questions() {
        var out = new ArrayList<String>();
        var unsized = model.entities().stream().filter(e -> e.volume() == null).map(Entity::name).toList();
        if (!unsized.isEmpty()) {
            out.add("How many rows will " + Words.list(unsized) + (unsized.size() == 1 ? " hold" : " each hold")
                    + " at launch and after a year, and how fast will " + (unsized.size() == 1 ? "it" : "they")
                    + " grow? The model declares no volume for " + (unsized.size() == 1 ? "it" : "them")
                    + ", so no index or partitioning decision rests on a size.");
        }
        if (!model.entities().isEmpty() && model.entities().stream().allMatch(e -> e.queries().isEmpty())) {
            out.add("Which queries run most often, and what do they filter and sort on? The model declares no access pattern, so the indexes follow the keys, the foreign keys and the declared indexes only.");
        }
        for (AccessPath p : AccessPaths.of(model, catalog)) {
            String words = "\"" + Words.text(p.pattern().description()) + "\" (" + p.entity().name() + ")";
            if (!p.verified()) {
                out.add("Which columns does " + words + " filter on, and in which order does it want the rows? Until that is stated, no index can be said to serve it.");
            } else if (!p.served() && !p.suggestion().isEmpty()) {
                out.add("Is " + words + " frequent enough to pay for an index of its own on " + Words.name(p.table().name())
                        + ", which every write to the table would maintain? No index serves it now (SC730).");
            }
        }
        for (Table t : catalog.tables()) {
            var pii = t.columns().stream().filter(Column::pii).map(c -> Words.qualified(t.name(), c.name())).toList();
            if (!pii.isEmpty()) {
                out.add("How long must the personal data " + Words.list(pii) + " be kept, and must " + Words.agree(pii, "it", "they")
                        + " be erased or anonymised when " + Words.agree(pii, "its", "their") + " owner asks or leaves? The model states no retention.");
            }
        }
        var secrets = new ArrayList<String>();
        for (Table t : catalog.tables()) for (Column c : t.columns()) if (c.secret()) secrets.add(Words.qualified(t.name(), c.name()));
        if (!secrets.isEmpty()) {
            out.add("Which hash or digest goes into " + Words.list(secrets) + " (and with which parameters)? The model says only that "
                    + (secrets.size() == 1 ? "it holds" : "they hold") + " no readable value.");
        }
        for (Entity e : model.entities()) {
            if (e.softDelete().isEmpty()) continue;
            Table t = catalog.tableOf(e.name()).orElseThrow();
            for (UniqueConstraint u : t.uniques()) {
                String cols = Words.columns(u.columns());
                if (u.partial()) {
                    String partial = written.names(Dialect.POSTGRES, Dialect.SQLITE);
                    var says = new ArrayList<String>();
                    if (!partial.isEmpty()) says.add("On " + partial + " " + Words.name(u.name()) + " lets it (it holds among live rows only)");
                    if (written.has(Dialect.MYSQL)) says.add((says.isEmpty() ? "On MySQL " + Words.name(u.name()) : "on MySQL it") + " stays taken");
                    out.add("May a deleted " + e.name() + "'s " + cols + " be taken again by a new " + e.name() + "? " + String.join("; ", says) + ".");
                } else if (u.reason() == UniqueConstraint.Reason.ONE_TO_ONE) {
                    out.add("When " + Words.a(e.name()) + " is soft-deleted, may another take its " + cols + "? " + Words.name(u.name())
                            + " makes a one-to-one and keeps it taken until the row is deleted for real.");
                }
            }
        }
        for (Entity e : model.entities()) {
            if (e.volume() == null || e.volume().rows() < Performance.PARTITION_ROWS || !written.has(Dialect.POSTGRES)) continue;
            Table t = catalog.tableOf(e.name()).orElseThrow();
            String rows = Words.number(e.volume().rows());
            // Partitioning is PostgreSQL's: where another database is this design's, the question says whose.
            String onPostgres = model.settings().dialect() == Dialect.POSTGRES ? "" : " on PostgreSQL";
            var times = Performance.otherTimes(t).stream().map(c -> Words.qualified(t.name(), c.name())).toList();
            var referencing = Performance.referencing(catalog, t);
            if (!referencing.isEmpty()) {
                // A foreign key to the table rules partitioning out (see Performance): the question is archiving alone.
                out.add("Are " + e.name() + " rows older than a year still read, or can they be archived? At about " + rows
                        + " rows archiving is what keeps " + Words.name(t.name()) + " small: partitioning it" + onPostgres + " is ruled out while "
                        + Words.list(referencing) + (referencing.size() == 1 ? " refers" : " refer")
                        + " to it (see Partitioning).");
            } else if (Performance.creationTime(t) != null) {
                out.add("Are " + e.name() + " rows older than a year still read, or can they be archived? At about " + rows
                        + " rows the answer decides whether partitioning by time pays" + onPostgres + ".");
            } else if (!times.isEmpty()) {
                out.add("Does " + Words.list(times) + " say when each " + e.name() + " row was written, so that the table can be partitioned by range of "
                        + (times.size() == 1 ? "it" : "one of them") + onPostgres + "? At about " + rows + " rows partitioning by time may pay, and "
                        + Words.name(t.name()) + " has no `created_at` to partition by.");
            } else {
                out.add("Can " + e.name() + " rows be archived once they are no longer read? At about " + rows + " rows the answer decides whether "
                        + Words.name(t.name()) + " needs a time column to partition by" + onPostgres + "; it has none.");
            }
        }
        var undocumented = model.entities().stream().filter(e -> e.doc() == null || e.doc().isBlank()).map(Entity::name).toList();
        if (!undocumented.isEmpty()) {
            out.add((undocumented.size() == 1 ? "What does one row of " + undocumented.get(0) + " stand for?"
                    : "What does one row of each of " + Words.list(undocumented) + " stand for?") + " The model gives "
                    + (undocumented.size() == 1 ? "it" : "them") + " no description (SC733).");
        }
        return out;
    }
}
