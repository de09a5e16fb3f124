package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SQLite renames no index: where another engine makes an index under a temporary name (one taking over the name of
 * an index the table drops, a swap of names) and renames it, SQLite drops the old one and makes the new one once,
 * under its own name. Every migration of the corpus, up and down, builds each index at most once and none under a
 * temporary name (a table may pass through one: SQLite renames tables in place); the sequences whose
 * indexes take over names run on real SQLite and end with the model's indexes and no temporary one.
 */
class SqliteBuildsEachIndexOnceTest {
    private static final Pattern CREATE = Pattern.compile("CREATE (?:UNIQUE )?INDEX (\"[^\"]+\"|\\S+)");

    @Test
    void noMigrationOfTheCorpusBuildsAnIndexTwiceOrUnderATemporaryName() throws Exception {
        for (var s : Sequences.all()) {
            var b = Sequences.build(s);
            for (int v = 2; v <= s.versions().size(); v++) {
                for (String direction : new String[] {"up", "down"}) {
                    String sql = Sequences.sql(b, s, Dialect.SQLITE, v, direction);
                    var built = new HashMap<String, Integer>();
                    var m = CREATE.matcher(sql);
                    while (m.find()) built.merge(m.group(1), 1, Integer::sum);
                    for (var e : built.entrySet()) {
                        assertThat(e.getValue()).as("%s v%d %s builds %s", s.name(), v, direction, e.getKey()).isEqualTo(1);
                        assertThat(e.getKey()).as("%s v%d %s", s.name(), v, direction).doesNotContain(Renames.TEMPORARY);
                    }
                }
            }
        }
    }

    @Test
    void indexesTakingOverNamesEndAsTheModelHasThemOnRealSqlite() throws Exception {
        for (String name : List.of("indexname", "fklean")) {
            var s = Sequences.chosen(Sequences.all(), name).get(0);
            var b = Sequences.build(s);
            try (var db = LiveDb.fresh(Kind.SQLITE, "once" + name); Connection c = db.connect()) {
                db.run(Sequences.sql(b, s, Dialect.SQLITE, 1, "up"));
                for (int v = 2; v <= s.versions().size(); v++) {
                    db.run(Sequences.sql(b, s, Dialect.SQLITE, v, "up"));
                    assertThat(indexes(c)).as("%s v%d", name, v).isEqualTo(modelIndexes(b, v));
                }
                for (int v = s.versions().size(); v >= 2; v--) {
                    db.run(Sequences.sql(b, s, Dialect.SQLITE, v, "down"));
                    assertThat(indexes(c)).as("%s down to v%d", name, v - 1).isEqualTo(modelIndexes(b, v - 1));
                }
            }
        }
    }

    /** The indexes of the database by name with their columns, the ones SQLite makes for itself aside. */
    private static List<String> indexes(Connection c) throws Exception {
        var out = new ArrayList<String>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT i.name, group_concat(c.name) FROM sqlite_master i, pragma_index_info(i.name) c "
                     + "WHERE i.type = 'index' AND i.name NOT LIKE 'sqlite_autoindex%' GROUP BY i.name ORDER BY i.name")) {
            while (rs.next()) out.add(rs.getString(1) + "(" + rs.getString(2) + ")");
        }
        return out;
    }

    /** The indexes version {@code v} of the model makes as indexes of their own on SQLite, as {@link #indexes} reads them. */
    private static List<String> modelIndexes(Sequences.Built b, int v) throws Exception {
        try (var db = LiveDb.fresh(Kind.SQLITE, "oncemodel"); Connection c = db.connect()) {
            db.run(Sql.create(Dialect.SQLITE, b.compilation(v).catalog(), "t"));
            return indexes(c);
        }
    }
}
