package dev.schemac.gen.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.ExpectedShape;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The initial SQL migrations of every example and SQL test model on real SQLite,
 * PostgreSQL and MariaDB: up builds exactly the Catalog, down leaves an empty database,
 * (no enum type or trigger function either, on PostgreSQL), and up again succeeds.
 */
class SqlMigrationsOnRealEnginesTest {

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
    void upBuildsTheCatalogAndDownEmptiesTheDatabase(Kind kind, String name, Path model) throws Exception {
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var options = new TargetOptions("20260102030405", 1, 3, Map.of());
        var r = Targets.run(c, List.of(Targets.byName("migrations").orElseThrow()), options);
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        String up = r.files().get(MigrationsTarget.sqlPath(dialect(kind), "20260102030405", "up"));
        String down = r.files().get(MigrationsTarget.sqlPath(dialect(kind), "20260102030405", "down"));
        assertThat(up).as("the up migration exists under the timestamp given").isNotNull();
        try (var db = LiveDb.fresh(kind, "mig_" + name.replace(".schema", ""))) {
            db.run(up);
            assertThat(ShapeDiff.between(ExpectedShape.of(c.catalog(), kind, db.enforcesChecks()), db.shape()))
                    .as("differences between the Catalog and the migrated database").isEmpty();
            db.run(down);
            assertThat(db.shape().tables()).as("down removes every table").isEmpty();
            if (kind == Kind.POSTGRES) {
                try (var conn = db.connect(); var st = conn.createStatement();
                     var rs = st.executeQuery("SELECT (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                             + "WHERE n.nspname = 'public' AND t.typtype = 'e') + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n "
                             + "ON n.oid = p.pronamespace WHERE n.nspname = 'public')")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("down drops the enum types and trigger functions too").isZero();
                }
            }
            db.run(up);
            assertThat(db.shape().tables()).hasSize(c.catalog().tables().size());
        }
    }
}
