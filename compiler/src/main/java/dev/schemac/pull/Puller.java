package dev.schemac.pull;

import dev.schemac.pull.compare.SchemaComparison;
import dev.schemac.pull.introspect.Introspection;
import dev.schemac.pull.lift.PulledModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@code schemac pull} and {@code schemac diff} without the command line: read a database, write or compare a model. */
public final class Puller {
    private Puller() {}

    /** Reads the live schema of the database at {@code url}. */
    public static LiveSchema read(DatabaseUrl url, String schema) throws PullFailure {
        try (Connection c = Connector.open(url)) {
            return Introspection.read(c, url, schema);
        } catch (SQLException e) {
            throw new PullFailure(PullMessages.cannotRead("the database", url.scrub(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * The model of a live schema: the tables matching {@code tables} (null: all), written for
     * the file at {@code path} (used in diagnostics only).
     */
    public static PulledModel model(LiveSchema live, String tables, String path) throws PullFailure {
        Predicate<String> selected = tableFilter(tables);
        var names = live.catalog().tables().stream().map(t -> t.name()).filter(selected).toList();
        String where = live.source().engine() == DbEngine.SQLITE ? "the database" : live.source().engine() == DbEngine.POSTGRES
                ? "schema " + Leftover.quoted(live.source().schema()) : "database " + Leftover.quoted(live.source().schema());
        if (names.isEmpty()) throw new PullFailure(PullMessages.nothingToPull(where, tables));
        return PulledModel.of(live, selected, path, schemaName(live), SchemaComparison.standard());
    }

    /** {@code film*,actor}: names with * and ? wildcards, separated by commas; null or blank matches all. */
    public static Predicate<String> tableFilter(String pattern) {
        if (pattern == null || pattern.isBlank()) return t -> true;
        var parts = new ArrayList<Pattern>();
        for (String p : pattern.split(",")) {
            String glob = p.strip();
            if (glob.isEmpty()) continue;
            var re = new StringBuilder();
            for (char ch : glob.toCharArray()) {
                if (ch == '*') re.append(".*");
                else if (ch == '?') re.append('.');
                else re.append(Pattern.quote(String.valueOf(ch)));
            }
            parts.add(Pattern.compile(re.toString()));
        }
        return t -> parts.stream().anyMatch(p -> p.matcher(t).matches());
    }

    /** The schema header's name: the database's, as an identifier. */
    static String schemaName(LiveSchema live) {
        String db = live.source().database();
        if (db == null || db.isBlank()) db = live.source().schema();
        if (db == null || db.isBlank()) return "pulled";
        String s = db.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) return "pulled";
        // The schema's name is the Java package of the generated code, which may not be `java` (SC513).
        if (s.equals("java")) return "java_db";
        return Character.isDigit(s.charAt(0)) ? "db_" + s : s;
    }

}
