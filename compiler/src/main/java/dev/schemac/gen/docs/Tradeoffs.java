package dev.schemac.gen.docs;

import dev.schemac.render.text.NameText;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.gen.TargetContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The trade-offs that apply to this model on its primary dialect: each is written only
 * when a column, check or key of the model is affected, and names them.
 */
final class Tradeoffs {
    private final TargetContext ctx;
    private final Catalog catalog;

    Tradeoffs(TargetContext ctx) {
        this.ctx = ctx;
        this.catalog = ctx.catalog();
    }

    void render(StringBuilder b) {
        Dialect d = ctx.model().settings().dialect();
        b.append("### Trade-offs on ").append(d.displayName()).append("\n\n");
        var items = new ArrayList<String>();
        if (d == Dialect.SQLITE) sqlite(items);
        if (d == Dialect.MYSQL) mysql(items);
        if (d == Dialect.POSTGRES) postgres(items);
        var cycle = new ArrayList<String>();
        for (Table t : catalog.tables()) for (ForeignKey fk : t.foreignKeys()) if (fk.forward()) cycle.add(Words.name(fk.name()));
        if (!cycle.isEmpty()) {
            items.add("The tables reference each other in a cycle: " + Words.list(cycle) + (d == Dialect.SQLITE
                    ? Words.agree(cycle, " is", " are") + " declared before the referenced table exists, which SQLite accepts"
                    : Words.agree(cycle, " is", " are") + " added with ALTER TABLE once both tables exist") + ", and the seed data sets "
                    + Words.agree(cycle, "its column", "their columns") + " with UPDATEs after the inserts.");
        }
        // SC504's limitation: "none hits a limitation" would be false beside it.
        var loose = halfSetReferences(catalog, d);
        if (!loose.isEmpty()) {
            items.add(d.displayName() + " refuses the CHECK that would keep " + Words.list(loose) + " all NULL or all set (SC504): a row that sets"
                    + " only some of those columns refers to nothing and is accepted, so the application writes all of them or none.");
        }
        if (items.isEmpty()) b.append("None of this model's columns, checks or keys hits a limitation of ").append(d.displayName()).append(".\n");
        for (String s : items) b.append("- ").append(s).append("\n");
        b.append("\n");
    }

    /** The optional references of several columns whose all-NULL-or-all-set CHECK {@code d}'s DDL cannot hold, as {@code `table (a, b)`}. */
    static List<String> halfSetReferences(Catalog catalog, Dialect d) {
        var out = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (Check ch : t.checks()) {
                for (Check.Term term : ch.terms()) {
                    if (term instanceof Check.AllOrNone a && !dev.schemac.render.sql.Sql.keeps(d, a)) {
                        out.add(Words.code(NameText.of(t.name()) + " (" + NameText.list(a.columns()) + ")"));
                    }
                }
            }
        }
        return out;
    }

    private List<String> columns(Predicate<Column> p) {
        var out = new ArrayList<String>();
        for (Table t : catalog.tables()) for (Column c : t.columns()) if (p.test(c)) out.add(Words.qualified(t.name(), c.name()));
        return out;
    }

    private void sqlite(List<String> items) {
        var decimals = columns(c -> c.type().kind() == ScalarKind.DECIMAL);
        if (!decimals.isEmpty()) {
            items.add("SQLite has no exact decimal type: it keeps the NUMERIC values of " + Words.list(decimals)
                    + " as 8-byte floats or integers, so only 15 significant digits survive; SQLModel reads them back as `Decimal`.");
        }
        var patterns = new ArrayList<String>();
        for (Table t : catalog.tables()) for (Check c : t.checks()) for (Check.Term term : c.terms()) {
            if (term instanceof Check.Pattern p) patterns.add(Words.qualified(t.name(), p.column()));
        }
        if (!patterns.isEmpty()) {
            String others = WrittenDialects.of(ctx).names(Dialect.POSTGRES, Dialect.MYSQL);
            items.add("SQLite has no regular expressions, so the `@pattern` on " + Words.list(patterns)
                    + " is not enforced by the database there" + (others.isEmpty() ? "" : " (" + others + " enforce" + (others.contains(" and ") ? "" : "s") + " it)") + "; validate it in the application.");
        }
        long fks = catalog.tables().stream().mapToLong(t -> t.foreignKeys().size()).sum();
        if (fks > 0) {
            items.add("SQLite enforces " + (fks == 1 ? "the foreign key" : "the " + fks + " foreign keys")
                    + " only on connections that run `PRAGMA foreign_keys = ON`; the scripts do, and every application connection must too.");
        }
        var enums = columns(c -> c.type().isEnum());
        if (!enums.isEmpty()) items.add("SQLite has no enum type: it keeps " + Words.list(enums) + " as VARCHAR with a CHECK on the allowed values.");
        var uuids = columns(c -> c.type().kind() == ScalarKind.UUID);
        if (!uuids.isEmpty()) items.add("SQLite has no UUID type: it keeps " + Words.list(uuids) + " as CHAR(36) text, and generated defaults are built from `randomblob`.");
        var times = columns(c -> c.type().kind() == ScalarKind.DATETIME);
        if (!times.isEmpty()) items.add("SQLite stores " + Words.list(times) + " as text without a time zone; the application must write UTC.");
        var json = columns(c -> c.type().kind() == ScalarKind.JSON);
        if (!json.isEmpty()) items.add("SQLite keeps the JSON of " + Words.list(json) + " as text and does not validate it on write.");
    }

    private void mysql(List<String> items) {
        int checks = Rendered.checks(Dialect.MYSQL, catalog).size();
        if (checks > 0) items.add("MySQL enforces " + (checks == 1 ? "the CHECK constraint" : "the " + checks + " CHECK constraints")
                + " only from " + Dialect.MYSQL_CHECKS_ENFORCED_FROM + "; older servers parse and ignore " + (checks == 1 ? "it." : "them."));
        var uuids = columns(c -> c.type().kind() == ScalarKind.UUID);
        if (!uuids.isEmpty()) items.add("MySQL has no UUID type: it keeps " + Words.list(uuids) + " as CHAR(36).");
    }

    private void postgres(List<String> items) {
        if (!catalog.enums().isEmpty()) {
            var types = catalog.enums().stream().map(e -> Words.name(e.typeName())).toList();
            items.add((types.size() == 1 ? "The enum type " + types.get(0) + " outlives its tables"
                    : "The enum types " + Words.list(types) + " outlive their tables") + ": the down migration and the Alembic downgrade drop "
                    + Words.agree(types, "it", "them") + " explicitly, and adding a value later needs `ALTER TYPE ... ADD VALUE`.");
        }
    }
}
