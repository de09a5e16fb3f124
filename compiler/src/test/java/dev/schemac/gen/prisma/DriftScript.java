package dev.schemac.gen.prisma;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prisma's drift verdict ({@code prisma-drift}: the migration from the live database to the
 * schema) as differences of comparison {@code drift}: one per step and table, the kind being
 * {@code drift:<Step>} (Prisma's own step comments, {@code -- RedefineIndex} and the like),
 * {@code theirs} the step's SQL.
 */
final class DriftScript {
    private DriftScript() {}

    private static final Pattern STEP = Pattern.compile("(?m)^-- (\\w+)\\s*$");
    private static final Pattern NEW_TABLE = Pattern.compile("CREATE TABLE \"new_([^\"]+)\"");
    private static final Pattern TABLE = Pattern.compile("(?:TABLE|ON|INTO)\\s+\"([^\"]+)\"");
    private static final Pattern AUTOINDEX = Pattern.compile("DROP INDEX \"sqlite_autoindex_(.+)_\\d+\"");

    static List<Difference> differences(String provider, String sql, String ourDatabase) {
        var out = new ArrayList<Difference>();
        Matcher m = STEP.matcher(sql);
        var starts = new ArrayList<int[]>();
        while (m.find()) starts.add(new int[] {m.start(), m.end()});
        for (int i = 0; i < starts.size(); i++) {
            String step = sql.substring(starts.get(i)[0] + 3, starts.get(i)[1]).strip();
            String body = sql.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : sql.length()).strip();
            for (String table : tables(step, body)) {
                out.add(new Difference("drift", provider, "drift:" + step, table, step, ourDatabase, body));
            }
        }
        if (out.isEmpty()) out.add(new Difference("drift", provider, "drift", null, "script", ourDatabase, sql));
        return out;
    }

    /** A table redefinition names its table {@code new_<table>}; other steps name theirs after TABLE, ON or INTO. */
    private static Set<String> tables(String step, String body) {
        var out = new LinkedHashSet<String>();
        Matcher n = NEW_TABLE.matcher(body);
        while (n.find()) out.add(n.group(1));
        if (!step.equals("RedefineTables")) {
            Matcher t = TABLE.matcher(body);
            while (t.find()) out.add(t.group(1));
            Matcher a = AUTOINDEX.matcher(body);
            while (a.find()) out.add(a.group(1));
        }
        if (out.isEmpty()) out.add("(unknown)");
        return out;
    }
}
