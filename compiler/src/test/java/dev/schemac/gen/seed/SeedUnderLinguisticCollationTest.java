package dev.schemac.gen.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.catalog.Table;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed models' scripts load into a PostgreSQL database that orders text by ICU's
 * {@code en-US} collation (case and accents only break ties; the default of most
 * installations), not only into the test cluster's {@code C.UTF-8}: a check that orders
 * text ({@code @check(< "m")}, {@code @@check(a < b)}) is judged by the collation, so the
 * rows must be ones every collation accepts. (MariaDB's {@code utf8mb4_unicode_ci}, case-
 * and accent-insensitive, is {@link SeedOnRealEnginesTest}'s.)
 */
class SeedUnderLinguisticCollationTest {
    static Stream<Path> models() throws Exception {
        try (var files = Files.list(dev.schemac.support.TestPaths.testResources().resolve("seed-models"))) {
            return files.filter(p -> p.toString().endsWith(".schema")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void seedLoadsUnderIcuEnUs(Path model) throws Exception {
        var c = Compiler.compile(List.of(model));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        var options = new TargetOptions("20260301120000", 7, 20, Map.of());
        var files = Targets.run(c, List.of(Targets.byName("postgres").orElseThrow(), Targets.byName("seed").orElseThrow()), options).files();
        String seed = files.get(SeedTarget.path(Dialect.POSTGRES));
        var server = Engines.freshDatabase(Engine.POSTGRES, "icu_" + model.getFileName().toString().replace(".schema", ""),
                "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'");
        try (var db = LiveDb.on(Kind.POSTGRES, server)) {
            try (var conn = db.connect(); var s = conn.createStatement(); var rs = s.executeQuery(
                    "SELECT datlocprovider FROM pg_database WHERE datname = current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).as("the database orders text by ICU").isEqualTo("i");
            }
            db.run(files.get("sql/postgres/schema.sql"));
            db.run(seed);
            try (var conn = db.connect(); var s = conn.createStatement()) {
                for (Table t : c.catalog().tables()) {
                    try (var rs = s.executeQuery("SELECT count(*) FROM " + Sql.id(Dialect.POSTGRES, t.name()))) {
                        rs.next();
                        int n = rs.getInt(1);
                        if (seed.contains("-- Fewer rows in " + t.name() + ":")) assertThat(n).as("rows of %s", t.name()).isLessThan(20);
                        else assertThat(n).as("rows of %s", t.name()).isEqualTo(20);
                    }
                }
            }
        }
    }
}
