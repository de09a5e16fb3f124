package dev.schemac.gen.docs;

import dev.schemac.access.AccessPath;
import dev.schemac.access.AccessPaths;
import dev.schemac.access.IndexBudget;
import dev.schemac.access.IndexCandidate;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.markdown.Md;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Performance as this model meets it: the index of every foreign key, the index that serves
 * each declared access pattern (decided by {@link AccessPaths}, checked on real planners by
 * the tests), how many indexes each write maintains, and partitioning for the tables whose
 * {@code @@volume} is large. Both documents carry it.
 */
final class Performance {
    /**
     * From this many rows a table is considered for partitioning: this design's own threshold.
     * PostgreSQL's documentation gives a rule of thumb, not a row count (a table larger than the
     * server's memory); this many rows of a few hundred bytes each is a few gigabytes, so the
     * documents say both and claim no more.
     */
    static final long PARTITION_ROWS = 10_000_000L;

    private final TargetContext ctx;
    private final Model model;
    private final Catalog catalog;
    private final Dialect primary;

    Performance(TargetContext ctx) {
        this.ctx = ctx;
        this.model = ctx.model();
        this.catalog = ctx.catalog();
        this.primary = model.settings().dialect();
    }

    void render(StringBuilder b) {
        foreignKeys(b);
        accessPatterns(b);
        indexCount(b);
        partitioning(b);
    }

    private void foreignKeys(StringBuilder b) {
        b.append("### Foreign keys\n\n");
        var own = new ArrayList<String>();
        var covered = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                String covering = Rationale.covering(t, fk);
                if (covering == null) own.add(Words.name(fk.name()));
                else covered.add(Words.name(fk.name()) + " uses " + Words.message(covering));
            }
        }
        if (own.isEmpty() && covered.isEmpty()) {
            b.append("No table has a foreign key.\n\n");
            return;
        }
        b.append("Every foreign key has an index that starts with its columns, so joins and the `ON DELETE` actions find the referencing rows without reading the whole table");
        if (!own.isEmpty()) b.append(": ").append(Words.list(own)).append(own.size() == 1 ? " has an index of its own" : " have an index of their own");
        if (!covered.isEmpty()) {
            b.append(own.isEmpty() ? ": " : "; ").append(String.join("; ", covered))
                    .append(covered.size() == 1 ? ", which starts with its columns" : ", each of which starts with the foreign key's columns");
        }
        b.append(" (see the index table).\n\n");
    }

    private void accessPatterns(StringBuilder b) {
        b.append("### Declared access patterns\n\n");
        var paths = AccessPaths.of(model, catalog);
        if (paths.isEmpty()) {
            b.append("No entity declares `@@query`, so no index is sized for a particular query beyond the keys, the foreign keys and the declared indexes.\n\n");
            return;
        }
        // A query in words only has no condition to give and no index to judge: the lead says which queries it speaks of.
        long stated = paths.stream().filter(AccessPath::verified).count();
        if (stated == 0) {
            b.append(paths.size() == 1 ? "The query is" : "Each query is").append(" declared in words only, with no filter or sort stated, so no ")
                    .append(primary.displayName()).append(" condition is given and no index is claimed for ")
                    .append(paths.size() == 1 ? "it" : "any").append(".\n\n");
        } else {
            b.append(stated == paths.size() ? "Each query is stated as the " : "Each query that states its filter and sort is given as the ")
                    .append(primary.displayName()).append(" condition it runs with")
                    .append(stated == paths.size() ? "" : "; a query declared in words only is given as written, and no index is claimed for it")
                    .append(stated == paths.size() ? ". An index serves it" : ". An index serves a stated query").append(" when the columns compared with `=` lead the index and the sort columns follow in order; the primary key and unique constraints count.\n\n");
        }
        for (AccessPath p : paths) b.append("- ").append(sentence(p)).append("\n");
        b.append("\n");
        // SQLite reads a live-row condition as an equality on the soft-delete column (see AccessPaths.liveMarkerIndex).
        var marked = new java.util.TreeMap<String, String>();
        for (AccessPath p : paths) {
            AccessPaths.liveMarkerIndex(p).ifPresent(ix -> marked.putIfAbsent(p.table().name(), ix.name()));
        }
        for (var m : marked.entrySet()) {
            String table = Words.name(m.getKey());
            b.append("On SQLite, the queries of ").append(table).append(" may read ").append(Words.name(m.getValue()))
                    .append(" instead of the index named: SQLite reads `IS NULL` as an equality and keeps one average count per value of")
                    .append(" the soft-delete column, so it cannot see that most rows of ").append(table)
                    .append(" are live. PostgreSQL keeps the share of NULLs in its statistics and takes the index named; on SQLite, check the plan with `EXPLAIN QUERY PLAN`.\n\n");
        }
    }

    /** One access pattern: its words, its condition, and what serves it. */
    String sentence(AccessPath p) {
        var s = new StringBuilder("\"").append(Words.text(p.pattern().description())).append("\" on ").append(Words.name(p.table().name()));
        if (!p.verified()) {
            return s.append(": declared in words only; which columns it filters and sorts on is not stated, so no index is claimed for it.").toString();
        }
        s.append(", ").append(Words.code(condition(p))).append(": ");
        if (p.servedBy().isPresent()) {
            IndexCandidate c = p.servedBy().get();
            s.append("served by the ").append(c.kind().words()).append(' ').append(Words.name(c.name())).append(" (")
                    .append(Words.columns(c.columns())).append(")");
            if (c.where() != null) s.append(", a partial unique index of the live rows");
            boolean oneRow = c.unique() && !p.equality().isEmpty() && p.equality().containsAll(c.columns());
            if (oneRow) {
                s.append(", which finds at most one row");
            } else if (!p.order().isEmpty()) {
                s.append(", whose order gives the sort").append(p.order().get(0).descending() ? " (read backwards for `DESC`)" : "");
            }
            return s.append(".").toString();
        }
        s.append("no index serves it: ").append(shortfall(p));
        if (!p.suggestion().isEmpty()) {
            var cols = new ArrayList<String>();
            for (String f : p.suggestion()) p.table().columnsOf(f).forEach(c -> cols.add(c.name()));
            s.append("; an index on (").append(Words.columns(cols)).append(") would serve it (SC730)");
        }
        return s.append(".").toString();
    }

    private static String shortfall(AccessPath p) {
        var all = p.findsAll();
        if (all.isPresent()) return Words.name(all.get().index().name()) + " finds its rows, which are then sorted";
        if (!p.narrowing().isEmpty()) {
            var by = p.narrowing().stream().map(n -> Words.name(n.index().name()) + " by " + Words.columns(n.columns())).toList();
            return "an index holds only part of its filter (" + Words.list(by) + "), the rest is checked row by row";
        }
        return p.equality().isEmpty() ? "the whole table is read and sorted"
                : "no index starts with " + (p.equality().size() == 1 ? "its column" : "any of its columns") + ", so the whole table is read";
    }

    /** The query's condition in the primary dialect: {@code WHERE a = ? AND deleted_at IS NULL ORDER BY b DESC}. */
    private String condition(AccessPath p) {
        var where = new ArrayList<String>();
        for (String c : p.equality()) where.add(Sql.id(primary, c) + " = ?");
        if (p.live() != null) where.add(Sql.id(primary, p.live()) + " IS NULL");
        var out = new StringBuilder();
        if (!where.isEmpty()) out.append("WHERE ").append(String.join(" AND ", where));
        if (!p.order().isEmpty()) {
            if (out.length() > 0) out.append(' ');
            out.append("ORDER BY ").append(String.join(", ", p.order().stream()
                    .map(o -> Sql.id(primary, o.column()) + (o.descending() ? " DESC" : "")).toList()));
        }
        return out.toString();
    }

    private void indexCount(StringBuilder b) {
        b.append("### Index count\n\n");
        Table most = catalog.tables().stream().max(Comparator.comparingInt(IndexBudget::secondary)).orElse(null);
        if (most == null || IndexBudget.secondary(most) == 0) {
            b.append("No table has an index besides its primary key, so writes maintain one B-tree per table.\n\n");
            return;
        }
        int n = IndexBudget.secondary(most);
        // Every table with the largest count is named: "the most" of one table when another has as many would be false.
        var top = catalog.tables().stream().filter(t -> IndexBudget.secondary(t) == n).toList();
        var each = new ArrayList<String>();
        for (Table t : top) {
            var names = new ArrayList<String>();
            for (UniqueConstraint u : t.uniques()) names.add(Words.name(u.name()));
            for (Index i : t.indexes()) names.add(Words.name(i.name()));
            each.add(top.size() == 1 ? Words.list(names) : Words.name(t.name()) + ": " + Words.list(names));
        }
        if (top.size() == 1) {
            b.append(Words.name(most.name())).append(" keeps the most indexes besides its primary key, ").append(n).append(" (")
                    .append(each.get(0)).append("): ").append(IndexBudget.COST).append(". ");
        } else {
            b.append(Words.list(top.stream().map(t -> Words.name(t.name())).toList())).append(" keep the most indexes besides their primary keys, ")
                    .append(n).append(" each (").append(String.join("; ", each))
                    .append("): in each table, ").append(IndexBudget.COST).append(". ");
        }
        var over = catalog.tables().stream().filter(t -> IndexBudget.secondary(t) > IndexBudget.LIMIT).map(t -> Words.name(t.name())).toList();
        if (over.isEmpty()) {
            b.append("No table keeps more than ").append(IndexBudget.LIMIT).append(", the count past which `schemac check` warns (SC705).\n\n");
        } else {
            b.append(Words.list(over)).append(over.size() == 1 ? " keeps" : " keep").append(" more than ").append(IndexBudget.LIMIT)
                    .append(", the count past which `schemac check` warns (SC705).\n\n");
        }
    }

    private void partitioning(StringBuilder b) {
        b.append("### Partitioning\n\n");
        var sized = model.entities().stream().filter(e -> e.volume() != null).toList();
        if (sized.isEmpty()) {
            b.append("No entity declares `@@volume`, so no table is sized and none is considered for partitioning.\n\n");
            return;
        }
        // The partitioning weighed is PostgreSQL's: a claim of it is made only where its schema is written, and said to be its.
        if (!partitions(ctx)) {
            b.append(primary.displayName()).append(", this design's database, ").append(primary == Dialect.SQLITE ? "has no table partitioning"
                            : "partitions an InnoDB table only where no foreign key refers to it or from it and every unique key holds the partition columns")
                    .append(", and no PostgreSQL schema is written for this model, so no partitioning is weighed for ")
                    .append(Words.list(sized.stream().map(e -> Words.name(catalog.tableOf(e.name()).orElseThrow().name())).toList())).append(".\n\n");
            return;
        }
        if (primary == Dialect.SQLITE) {
            b.append("SQLite, this design's database, has no table partitioning: what follows is PostgreSQL's, the production database of the migration path (`sql/postgres/schema.sql`).\n\n");
        } else if (primary == Dialect.MYSQL) {
            b.append("What follows is PostgreSQL's partitioning (`sql/postgres/schema.sql`); MySQL, this design's database, partitions an InnoDB table only where no foreign key refers to it or from it and every unique key holds the partition columns.\n\n");
        }
        for (Entity e : sized) {
            Table t = catalog.tableOf(e.name()).orElseThrow();
            b.append("- ").append(Words.name(t.name())).append(", ").append(Words.aboutRows(e.volume()))
                    .append(Words.growth(e.volume())).append(": ");
            if (e.volume().rows() < PARTITION_ROWS) {
                b.append("not partitioned: this design considers partitioning from ").append(Words.number(PARTITION_ROWS))
                        .append(" rows (a few gigabytes at a few hundred bytes a row); PostgreSQL's documentation's rule of thumb is a table larger than the server's memory.\n");
            } else {
                large(b, e, t);
            }
        }
        b.append("\n");
    }

    /** A table past the threshold: the PostgreSQL partitioning recommended, or why none. */
    private void large(StringBuilder b, Entity e, Table t) {
        b.append("past the ").append(Words.number(PARTITION_ROWS))
                .append(" rows from which this design considers partitioning (PostgreSQL's documentation's rule of thumb is a table larger than the server's memory); ");
        // A table's key to itself (a chain, a tree) references the key partitioning widens, as another table's does.
        var referencing = referencing(catalog, t);
        Column created = creationTime(t);
        if (created == null) {
            var times = otherTimes(t);
            b.append("no partitioning recommended: it has no `created_at`, the creation time this design partitions by range")
                    .append(times.isEmpty() ? "" : " (whether " + Words.list(times.stream().map(c -> Words.name(c.name())).toList())
                            + " could stand in for it is a clarifying question)")
                    .append(", and hash partitioning by its key would prune only lookups by key, which ")
                    .append(Words.name(t.primaryKey().name())).append(" already serves.\n");
            return;
        }
        if (!referencing.isEmpty()) {
            b.append("no partitioning recommended: PostgreSQL requires the partition key in every unique key of a partitioned table, and a foreign key must reference a unique key, so ")
                    .append(Words.list(referencing)).append(" would have to carry `created_at` in ").append(referencing.size() == 1 ? "its" : "their")
                    .append(" foreign keys; archive old rows instead.\n");
            return;
        }
        String month = month(ctx.options().timestamp());
        String next = nextMonth(month);
        String table = Sql.id(Dialect.POSTGRES, t.name());
        String part = Sql.id(Dialect.POSTGRES, t.name() + "_" + month.substring(0, 7).replace('-', '_'));
        b.append("range partitioning by month of `created_at` on PostgreSQL, so that a query for a period reads its months only and old months are detached or dropped whole:\n\n");
        var sql = "CREATE TABLE " + table + " (\n  -- the columns and constraints of sql/postgres/schema.sql\n) PARTITION BY RANGE (created_at);\n"
                + "CREATE TABLE " + part + " PARTITION OF " + table + " FOR VALUES FROM (" + monthStart(month) + ") TO (" + monthStart(next) + ");\n";
        b.append(Md.fence("sql", sql).replaceAll("(?m)^(?=.)", "  ")).append("\n");
        var keys = new ArrayList<String>();
        keys.add(Words.name(t.primaryKey().name()) + " becomes (" + Words.columns(t.primaryKey().columns()) + ", created_at)");
        for (UniqueConstraint u : t.uniques()) {
            keys.add(Words.name(u.name()) + " becomes (" + Words.columns(u.columns()) + ", created_at), so "
                    + Words.columns(u.columns()) + " is then unique within a month, not across the table");
        }
        b.append("  PostgreSQL requires the partition key in every unique key of a partitioned table: ").append(String.join("; ", keys)).append(".");
        if (primary == Dialect.MYSQL && (!t.foreignKeys().isEmpty() || !referencing.isEmpty())) {
            b.append(" MySQL, the primary database, does not partition an InnoDB table that has foreign keys, as ")
                    .append(Words.name(t.name())).append(" does.");
        }
        b.append("\n");
    }

    /**
     * Whether partitioning is weighed at all: it is PostgreSQL's (SQLite has none, and MySQL's refuses
     * foreign keys), so only where this run writes the PostgreSQL schema.
     */
    static boolean partitions(TargetContext ctx) {
        return ctx.writes(Dialect.POSTGRES);
    }

    /** The tables whose foreign keys reference {@code t}, as the documents name them ({@code t} itself as "`t` itself"). */
    static List<String> referencing(Catalog catalog, Table t) {
        return catalog.tables().stream()
                .filter(o -> o.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(t.name())))
                .map(o -> Words.name(o.name()) + (o == t ? " itself" : "")).toList();
    }

    /** The column this design partitions a large table by: a required {@code created_at} date-time, or null. */
    static Column creationTime(Table t) {
        return t.column("created_at").filter(c -> c.type().kind() == ScalarKind.DATETIME && !c.nullable()).orElse(null);
    }

    /** The table's other required dates and date-times: what might tell a row's age where it has no {@link #creationTime}. */
    static List<Column> otherTimes(Table t) {
        return t.columns().stream().filter(c -> !c.nullable() && !c.name().equals("created_at")
                && (c.type().kind() == ScalarKind.DATETIME || c.type().kind() == ScalarKind.DATE)).toList();
    }

    /** The first day of the month of a {@code yyyyMMddHHmmss} timestamp, as {@code yyyy-MM-01}. */
    private static String month(String timestamp) {
        return timestamp.substring(0, 4) + "-" + timestamp.substring(4, 6) + "-01";
    }

    /**
     * The instant a month starts in UTC, as PostgreSQL reads it for a {@code timestamptz} bound: a
     * bound without its offset would be read in the time zone of the session that creates the
     * partition, and move the month's edges by that much.
     */
    private static String monthStart(String month) {
        return Sql.instantLiteral(Dialect.POSTGRES, month + " 00:00:00");
    }

    private static String nextMonth(String month) {
        int y = Integer.parseInt(month.substring(0, 4));
        int m = Integer.parseInt(month.substring(5, 7)) + 1;
        if (m == 13) {
            m = 1;
            y++;
        }
        return String.format(java.util.Locale.ROOT, "%04d-%02d-01", y, m);
    }
}
