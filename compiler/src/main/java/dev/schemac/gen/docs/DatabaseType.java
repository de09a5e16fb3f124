package dev.schemac.gen.docs;

import dev.schemac.access.AccessPath;
import dev.schemac.access.AccessPaths;
import dev.schemac.analysis.Analyses;
import dev.schemac.analysis.EntityNormalForm;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Entity;
import dev.schemac.model.Model;
import dev.schemac.model.ReferentialAction;
import dev.schemac.nosql.DocumentDesign;
import dev.schemac.nosql.KeyValueDesign;
import dev.schemac.nosql.RelationChoice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The decision record's database type: relational, with the reasons the model gives for it
 * (references, constraints, access patterns, volume, normal forms) and what the document and
 * key-value designs further down would change.
 */
final class DatabaseType {
    private final TargetContext ctx;
    private final Model model;
    private final Catalog catalog;

    DatabaseType(TargetContext ctx) {
        this.ctx = ctx;
        this.model = ctx.model();
        this.catalog = ctx.catalog();
    }

    String render() {
        var b = new StringBuilder("## Database Type\n\n");
        var s = model.settings();
        b.append("Relational: the model's settings choose ").append(s.dialect().displayName()).append(" (`dialect = ").append(s.dialect().id())
                .append("`). What in the model calls for a relational database:\n\n");
        for (String r : reasons()) b.append("- ").append(r).append("\n");
        b.append("\nWhat the alternatives in [Document and Key-Value Alternatives](#document-and-key-value-alternatives) would change:\n\n");
        var kv = KeyValueDesign.of(model, catalog);
        var doc = DocumentDesign.of(model, catalog);
        long referenced = doc.relations().stream().filter(r -> r.kind() != RelationChoice.Kind.EMBED).count();
        b.append("- Document (MongoDB): ");
        if (doc.relations().isEmpty()) {
            b.append("each entity becomes a collection of its own, since no entity refers to another");
        } else {
            var emb = doc.relations().stream().filter(r -> r.kind() == RelationChoice.Kind.EMBED).map(r -> Words.code(r.entity() + "." + r.field())).toList();
            var ref = doc.relations().stream().filter(r -> r.kind() != RelationChoice.Kind.EMBED).map(r -> Words.code(r.entity() + "." + r.field())).toList();
            if (!emb.isEmpty()) b.append(Words.list(emb)).append(emb.size() == 1 ? " is" : " are").append(" embedded");
            if (!emb.isEmpty() && !ref.isEmpty()) b.append(" and ");
            if (!ref.isEmpty()) b.append(Words.list(ref)).append(ref.size() == 1 ? " is kept as a reference" : " are kept as references");
            if (referenced > 0) b.append("; MongoDB has no foreign keys, so the application keeps the references valid and carries out the `ON DELETE` rules");
        }
        int uniques = catalog.tables().stream().mapToInt(t -> t.uniques().size()).sum();
        int checks = Rendered.checks(model.settings().dialect(), catalog).size();
        var become = new ArrayList<String>();
        if (uniques > 0) become.add((uniques == 1 ? "the unique constraint becomes a unique index" : "the unique constraints become unique indexes"));
        if (checks > 0) become.add((checks == 1 ? "the CHECK constraint becomes" : "the CHECK constraints become")
                + " part of the collection's validator where a validator can express " + (checks == 1 ? "it" : "them"));
        b.append(become.isEmpty() ? "" : "; " + Words.list(become)).append(".\n");
        String example = kv.entities().isEmpty() || kv.entities().get(0).keys().isEmpty() ? "" : ", such as " + Words.code(kv.entities().get(0).keys().get(0).pattern());
        b.append("- Key-value (Redis): each row is a hash under its key").append(example).append("; a lookup by anything else goes through index keys that the application updates on every write, and no foreign key, check or type is enforced");
        boolean expires = model.entities().stream().anyMatch(e -> e.store().cache() != null || e.fields().stream().anyMatch(f -> f.store().ttl() != null));
        b.append(expires ? ". Expiring keys, which the model asks for with `@@cache` or `@ttl`, are what a key-value store adds.\n\n"
                : ". The model asks for no expiry (`@@cache`, `@ttl`), the one thing a key-value store adds here.\n\n");
        return b.toString();
    }

    /**
     * The optional references of several columns the primary dialect's DDL cannot keep all NULL
     * or all set: a row setting some of their columns refers to nothing, and the database takes it.
     */
    /** MySQL before the release that enforces CHECK constraints parses them and ignores them: the heading holds from it on. */
    private static String mysqlChecks(dev.schemac.model.Dialect primary, int checks) {
        if (primary != dev.schemac.model.Dialect.MYSQL || checks == 0) return "";
        String them = checks == 1 ? "it" : "them";
        return "; MySQL checks " + (checks == 1 ? "the CHECK constraint" : "the CHECK constraints") + " from "
                + dev.schemac.model.Dialect.MYSQL_CHECKS_ENFORCED_FROM + " on, and earlier MySQL releases parse " + them + " and ignore " + them;
    }

    private String halfSet() {
        var dialect = model.settings().dialect();
        var loose = Tradeoffs.halfSetReferences(catalog, dialect);
        if (loose.isEmpty()) return "";
        return "; but " + dialect.displayName() + " refuses the CHECK that would keep " + Words.list(loose)
                + " all NULL or all set, so a row there that sets only some of those columns refers to nothing and is accepted";
    }

    private List<String> reasons() {
        var out = new ArrayList<String>();
        Map<ReferentialAction, Integer> actions = new EnumMap<>(ReferentialAction.class);
        int fks = 0;
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                fks++;
                actions.merge(fk.onDelete(), 1, Integer::sum);
            }
        }
        if (fks == 0) {
            out.add("References: none; no entity refers to another.");
        } else {
            var by = new ArrayList<String>();
            actions.forEach((a, n) -> by.add("`" + dev.schemac.render.sql.Sql.action(a) + "` on " + n));
            var holders = catalog.tables().stream().filter(t -> !t.foreignKeys().isEmpty()).map(t -> Words.name(t.name())).toList();
            out.add("References the database keeps valid: " + Words.plural(fks, "foreign key", "foreign keys") + " in " + Words.list(holders)
                    + ", with `ON DELETE` " + Words.list(by) + halfSet() + ".");
        }
        var joins = catalog.tables().stream().filter(Table::isJoinTable).map(t -> Words.name(t.name())).toList();
        if (!joins.isEmpty()) out.add("Many-to-many relations through the join " + (joins.size() == 1 ? "table " : "tables ") + Words.list(joins) + ".");
        int uniques = catalog.tables().stream().mapToInt(t -> t.uniques().size()).sum();
        // The CHECK constraints the primary dialect's DDL holds: enum membership is a type on PostgreSQL and MySQL, not a check.
        var primary = model.settings().dialect();
        int checks = Rendered.checks(primary, catalog).size();
        var constrained = catalog.tables().stream().filter(t -> !t.uniques().isEmpty() || !Rendered.checks(primary, t).isEmpty())
                .map(t -> Words.name(t.name())).toList();
        if (constrained.isEmpty()) {
            out.add("Constraints checked on every write: none besides the keys" + (fks == 0 ? "" : " and foreign keys") + "; the "
                    + Words.title(model) + " schema has no unique or CHECK constraint.");
        } else {
            // A kind of constraint the DDL has none of is not counted ("0 unique constraints").
            var counted = new ArrayList<String>();
            if (uniques > 0) counted.add(Words.plural(uniques, "unique constraint", "unique constraints"));
            if (checks > 0) counted.add(Words.plural(checks, "CHECK constraint", "CHECK constraints"));
            boolean sqlite = primary == dev.schemac.model.Dialect.SQLITE && !SqliteAffinity.columns(catalog).isEmpty();
            var passed = sqlite ? SqliteAffinity.checksTextPasses(catalog) : List.<String>of();
            out.add("Constraints checked on every write: " + Words.list(counted) + " in the " + primary.displayName() + " DDL, on "
                    + Words.list(constrained) + (!sqlite ? ""
                    : passed.isEmpty() ? "; SQLite enforces no column type, so a number or date column takes text (see Database_Design.md)"
                    : "; SQLite enforces no column type, and orders all text after all numbers, so text in a number or date column passes "
                    + Words.list(passed) + " (see Database_Design.md)") + mysqlChecks(primary, checks) + ".");
        }
        var paths = AccessPaths.of(model, catalog);
        if (paths.isEmpty()) {
            out.add("Access patterns: no entity of the " + Words.title(model) + " schema declares one.");
        } else {
            long verified = paths.stream().filter(AccessPath::verified).count();
            long served = paths.stream().filter(AccessPath::served).count();
            var on = paths.stream().map(p -> p.entity().name()).distinct().toList();
            String how;
            if (paths.size() == 1) {
                how = !paths.get(0).verified() ? ", stated in words only"
                        : served == 1 ? ", with its filter and sort stated, and served by a B-tree index over the columns it compares"
                        : ", with its filter and sort stated, and served by no index";
            } else {
                how = ", " + verified + " with " + (verified == 1 ? "its" : "their") + " filter and sort stated"
                        + (verified == 0 ? "" : ", " + served + " of " + (verified == 1 ? "it" : "them") + " served by a B-tree index over the columns "
                        + (verified == 1 ? "it compares" : "they compare"));
            }
            out.add("Access patterns: " + Words.plural(paths.size(), "query", "queries") + " declared on " + Words.list(on) + how + " (see [Performance](#performance)).");
        }
        var sized = model.entities().stream().filter(e -> e.volume() != null).toList();
        if (sized.isEmpty()) {
            out.add("Volume: no entity of the " + Words.title(model) + " schema declares one.");
        } else {
            Entity big = sized.stream().max(java.util.Comparator.comparingLong(e -> e.volume().rows())).orElseThrow();
            out.add("Volume: the largest declared is " + Words.name(catalog.tableOf(big.name()).orElseThrow().name()) + ", "
                    + Words.aboutRows(big.volume()) + ".");
        }
        Analyses a = ctx.analyses();
        if (a != null && !a.normalForms().entities().isEmpty()) {
            var nf = a.normalForms().entities();
            // The verdict is over the declared keys and @@depends: an entity the checks find copies or repeating groups
            // in (or that says it is denormalized) reaches BCNF only on paper, so it is named apart. Nothing is said
            // to store each fact once: BCNF does not rule out independent multi-valued facts (4NF).
            var bcnf = nf.stream().filter(e -> e.highestNormalForm().equals("BCNF") && UndeclaredRedundancy.none(ctx, e))
                    .map(EntityNormalForm::entity).toList();
            var redundant = nf.stream().filter(e -> e.highestNormalForm().equals("BCNF") && !UndeclaredRedundancy.none(ctx, e))
                    .map(EntityNormalForm::entity).toList();
            var third = nf.stream().filter(e -> e.highestNormalForm().equals("3NF")).map(EntityNormalForm::entity).toList();
            var below = nf.stream().filter(e -> !e.highestNormalForm().equals("3NF") && !e.highestNormalForm().equals("BCNF"))
                    .map(EntityNormalForm::entity).toList();
            var parts = new ArrayList<String>();
            if (!bcnf.isEmpty()) {
                String who = bcnf.size() == nf.size() ? (nf.size() == 1 ? "the one entity" : nf.size() == 2 ? "both entities" : "all " + nf.size() + " entities")
                        + " of the " + Words.title(model) + " schema" : Words.list(bcnf);
                parts.add(who + (bcnf.size() == 1 ? " reaches" : " reach") + " BCNF on the keys and dependencies declared: every determinant is a key");
            }
            if (!redundant.isEmpty()) {
                parts.add(Words.list(redundant) + (redundant.size() == 1 ? " reaches" : " reach") + " BCNF on the dependencies declared only:"
                        + " the checks find copied fields or repeating groups in " + (redundant.size() == 1 ? "it" : "them")
                        + ", or " + (redundant.size() == 1 ? "it is" : "they are") + " denormalized on purpose");
            }
            if (!third.isEmpty()) {
                parts.add(Words.list(third) + (third.size() == 1 ? " reaches" : " reach") + " 3NF but not BCNF: a column that determines another"
                        + " without being a key repeats that fact in every row holding it");
            }
            if (!below.isEmpty()) parts.add(Words.list(below) + (below.size() == 1 ? " does" : " do") + " not reach 3NF");
            out.add("Normal form: " + String.join("; ", parts) + (third.isEmpty() && below.isEmpty() && redundant.isEmpty() ? "" : " (see the findings in Database_Design.md)") + ".");
        }
        return out;
    }
}
