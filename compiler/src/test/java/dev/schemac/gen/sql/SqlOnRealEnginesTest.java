package dev.schemac.gen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example, every SQL test model and the reserved-word stress models, on every engine: the generated create script
 * runs, the database it builds is exactly what the Catalog says (tables, columns, types,
 * nullability, defaults, keys with their names and actions, uniques, indexes, checks), and
 * the drop script leaves the database empty.
 */
class SqlOnRealEnginesTest {

    static List<Path> models() {
        return dev.schemac.support.TestModels.relationalAndReserved();
    }

    static Stream<Arguments> cases() throws IOException {
        var out = new ArrayList<Arguments>();
        for (Path m : models()) for (Kind k : Kind.values()) out.add(Arguments.of(k, m.getFileName().toString(), m));
        return out.stream();
    }

    static Map<String, String> generate(Compilation c) {
        var r = Targets.run(c, List.of(Targets.byName("sqlite").orElseThrow(), Targets.byName("postgres").orElseThrow(),
                Targets.byName("mysql").orElseThrow()), TargetOptions.defaults());
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        return r.files();
    }

    static String dir(Kind k) {
        return switch (k) {
            case SQLITE -> "sql/sqlite/";
            case POSTGRES -> "sql/postgres/";
            case MARIADB, MYSQL -> "sql/mysql/";
        };
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void ddlBuildsTheCatalog(Kind kind, String name, Path model) throws Exception {
        Compilation c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var files = generate(c);
        try (var db = LiveDb.fresh(kind, name.replace(".schema", ""))) {
            db.run(files.get(dir(kind) + "schema.sql"));
            assertThat(ShapeDiff.between(ExpectedShape.of(c.catalog(), kind, db.enforcesChecks()), db.shape()))
                    .as("differences between the Catalog and the database").isEmpty();
            db.run(files.get(dir(kind) + "drop.sql"));
            assertThat(db.shape().tables()).as("the drop script removes every table").isEmpty();
            if (kind == Kind.POSTGRES) {
                try (Connection conn = db.connect(); var s = conn.createStatement();
                     ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = "
                             + "t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e') + (SELECT count(*) FROM "
                             + "pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public')")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("enum types and trigger functions are dropped too").isZero();
                }
            }
        }
    }
}
