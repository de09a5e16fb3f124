package dev.schemac.gen.prisma;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sorts the differences of one model and provider into those the allow-list allows (by
 * entry) and those it does not. Drift steps are judged last: an entry for a drift step may
 * require ({@code explainedBy}) that the catalog or pull comparison found an allowed
 * difference of the same table, since Prisma's drift script says what it would run, not why.
 */
final class Verdict {
    final List<Difference> unexplained = new ArrayList<>();
    final Map<String, List<Difference>> allowed = new TreeMap<>();

    Verdict(String tool, List<Difference> structural, List<Difference> drift) {
        AllowList list = AllowList.get();
        Map<String, Set<String>> tablesByEntry = new HashMap<>();
        for (Difference d : structural) {
            AllowList.Entry e = list.allowing(tool, d, (x, y) -> false);
            if (e == null) {
                unexplained.add(d);
            } else {
                allowed.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(d);
                tablesByEntry.computeIfAbsent(e.id(), k -> new HashSet<>()).add(d.table());
            }
        }
        for (Difference d : drift) {
            AllowList.Entry e = list.allowing(tool, d, (x, y) -> x.explainedBy().stream()
                    .anyMatch(id -> tablesByEntry.getOrDefault(id, Set.of()).contains(y.table())));
            if (e == null) unexplained.add(d);
            else allowed.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(d);
        }
    }

    /** One line per allow-list entry used: its id and how many differences it allowed. */
    String summary() {
        var b = new StringBuilder();
        allowed.forEach((id, ds) -> b.append("  allowed by ").append(id).append(": ").append(ds.size()).append('\n'));
        return b.toString();
    }
}
