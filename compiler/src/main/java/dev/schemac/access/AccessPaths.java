package dev.schemac.access;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.Table;
import dev.schemac.model.AccessPattern;
import dev.schemac.model.Entity;
import dev.schemac.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which index serves each declared access pattern, by the rule the B-tree indexes of SQLite,
 * PostgreSQL and MySQL follow: a query that compares columns E with {@code =} and sorts by
 * columns O reads an index without scanning or sorting when E are the index's leading columns
 * (in any order among themselves) and O follow them in order, all in one direction (an index
 * is read backwards as easily). A sort column that is also compared with {@code =} is one
 * value and needs no place in the index. A unique index whose columns are all in E finds at
 * most one row, which is in every order. A partial index serves only a query whose filter
 * implies its own: a unique of live rows serves queries of live rows.
 *
 * <p>When several serve, the one named is the one a planner prefers: a unique that finds one
 * row, else the index with the fewest columns beyond what the query uses (less to read), the
 * key before uniques before indexes on a tie. The planner tests check this on real engines.
 */
public final class AccessPaths {
    private AccessPaths() {}

    /** Every {@code @@query} of the model, entity by entity in declaration order. */
    public static List<AccessPath> of(Model model, Catalog catalog) {
        var out = new ArrayList<AccessPath>();
        for (Entity e : model.entities()) {
            Table t = catalog.tableOf(e.name()).orElse(null);
            if (t == null) continue;
            for (AccessPattern q : e.queries()) out.add(of(e, q, t));
        }
        return out;
    }

    /** How one pattern of {@code e} reads {@code t}, the entity's table. */
    public static AccessPath of(Entity e, AccessPattern q, Table t) {
        String live = e.softDelete().map(f -> t.columnsOf(f.name()).get(0).name()).orElse(null);
        var equality = new ArrayList<String>();
        // The soft-delete column named in the filter is the live-row filter every query of the entity has already
        // (`deleted_at IS NULL`), not a value compared with `=`: both would ask for rows no value can match.
        for (String f : q.where()) {
            for (Column c : t.columnsOf(f)) if (!equality.contains(c.name()) && !c.name().equals(live)) equality.add(c.name());
        }
        var order = new ArrayList<AccessPath.Sort>();
        for (AccessPattern.SortKey k : q.order()) {
            for (Column c : t.columnsOf(k.field())) {
                // A column compared with = is one value: sorting by it changes nothing.
                if (!equality.contains(c.name()) && !c.name().equals(live) && order.stream().noneMatch(s -> s.column().equals(c.name()))) {
                    order.add(new AccessPath.Sort(c.name(), k.descending()));
                }
            }
        }
        if (!q.structured()) {
            return new AccessPath(e, q, t, equality, order, live, Optional.empty(), List.of(), List.of());
        }
        var candidates = IndexCandidate.of(t).stream().filter(c -> readable(c, live)).toList();
        boolean mixed = order.stream().map(AccessPath.Sort::descending).distinct().count() > 1;
        Optional<IndexCandidate> served = candidates.stream()
                .filter(c -> oneRow(c, equality) || (!mixed && serves(c.columns(), equality, order)))
                .min(preference(equality, order));
        var narrowing = served.isPresent() ? List.<AccessPath.Narrowing>of() : narrowing(candidates, equality);
        boolean findsAll = narrowing.stream().anyMatch(n -> n.columns().size() == equality.size());
        List<String> suggestion = List.of();
        if (served.isEmpty() && !(mixed && (findsAll || equality.isEmpty()))) suggestion = suggestion(q, mixed);
        return new AccessPath(e, q, t, equality, order, live, served, narrowing, suggestion);
    }

    /**
     * Every candidate that serves {@code p} by the rule, the one {@link AccessPath#servedBy()} names
     * first: a planner may take another of them when its statistics make it as cheap (the
     * planner tests accept those, and only those).
     */
    public static List<IndexCandidate> serving(AccessPath p) {
        if (!p.verified()) return List.of();
        boolean mixed = p.mixedOrder();
        return IndexCandidate.of(p.table()).stream().filter(c -> readable(c, p.live()))
                .filter(c -> oneRow(c, p.equality()) || (!mixed && serves(c.columns(), p.equality(), p.order())))
                .sorted(preference(p.equality(), p.order())).toList();
    }

    /**
     * The index led by the soft-delete column that SQLite may read instead of the one that serves
     * a live-row query: SQLite reads {@code deleted_at IS NULL} as an equality, and its statistics
     * (one average count per value, no histogram in its usual builds) cannot see that most rows are
     * live, so it takes that index as the narrower one. Empty when the query does not read live
     * rows or the table has no such index. The documents state it; the planner tests accept it on
     * SQLite and nowhere else.
     */
    public static Optional<IndexCandidate> liveMarkerIndex(AccessPath p) {
        if (p.live() == null || !p.verified()) return Optional.empty();
        return IndexCandidate.of(p.table()).stream()
                .filter(c -> c.where() == null && !c.columns().isEmpty() && c.columns().get(0).equals(p.live()))
                .filter(c -> p.servedBy().map(x -> !x.equals(c)).orElse(true))
                .findFirst();
    }

    /** The indexes whose leading columns are all compared with {@code =}, longest lead first, then by preference. */
    private static List<AccessPath.Narrowing> narrowing(List<IndexCandidate> candidates, List<String> equality) {
        var out = new ArrayList<AccessPath.Narrowing>();
        for (IndexCandidate c : candidates) {
            int n = 0;
            while (n < c.columns().size() && equality.contains(c.columns().get(n))) n++;
            if (n > 0) out.add(new AccessPath.Narrowing(c, c.columns().subList(0, n)));
        }
        out.sort(Comparator.<AccessPath.Narrowing>comparingInt(x -> -x.columns().size())
                .thenComparing(x -> x.index(), preference(equality, List.of())));
        return out;
    }

    /** A partial index is read only by a query whose filter implies its own (live rows for live rows). */
    private static boolean readable(IndexCandidate c, String live) {
        return c.where() == null || (c.where() instanceof RowFilter.IsNull n && n.column().equals(live));
    }

    private static boolean oneRow(IndexCandidate c, List<String> equality) {
        return c.unique() && !equality.isEmpty() && equality.containsAll(c.columns());
    }

    /** The equality columns lead the index, in any order, and the sort columns follow in order. */
    static boolean serves(List<String> index, List<String> equality, List<AccessPath.Sort> order) {
        int k = equality.size();
        if (index.size() < k + order.size()) return false;
        Set<String> lead = new HashSet<>(index.subList(0, k));
        if (!lead.equals(new HashSet<>(equality))) return false;
        for (int i = 0; i < order.size(); i++) if (!index.get(k + i).equals(order.get(i).column())) return false;
        return true;
    }

    /** One row first; then the fewest columns beyond those the query uses; the Catalog's order on a tie. */
    private static Comparator<IndexCandidate> preference(List<String> equality, List<AccessPath.Sort> order) {
        int used = equality.size() + order.size();
        return Comparator.<IndexCandidate>comparingInt(c -> oneRow(c, equality) ? 0 : 1)
                .thenComparingInt(c -> c.columns().size() - Math.min(used, c.columns().size()))
                .thenComparingInt(c -> c.kind().ordinal());
    }

    /**
     * The fields of the {@code @@index} that serves the pattern: its {@code where} fields, then its
     * {@code order} fields not among them. With mixed directions only the {@code where} fields,
     * which at least find the rows.
     */
    private static List<String> suggestion(AccessPattern q, boolean mixed) {
        var out = new LinkedHashSet<>(q.where());
        if (!mixed) q.order().forEach(k -> out.add(k.field()));
        return List.copyOf(out);
    }
}
